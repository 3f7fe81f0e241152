import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePair } from './pair-stats.js';
import { verifyPair } from './index.js';
import { englishDocument as doc } from './test-documents.js';

// Hand-written (fictional): a report of a bridge closure and an agency's story two days later
// that restates its lead, its quote and one fact, credits the report, and tells the rest as news
// of its own.
const REPORT = doc('report', [
  'Engineers closed the Corran Bridge over the river Ashby on Tuesday after inspectors found a crack in one of its steel supports.',
  'The bridge carries about 30,000 vehicles a day between the two halves of the town of Corran.',
  'Traffic was sent over the old ring road, where queues reached four kilometres during the evening rush.',
  '"We will not reopen the bridge until we are certain it is safe," said the county engineer, Maren Holt.',
  'Buses will run on a shorter timetable while the bridge is shut, the transport office said.',
  'The bridge was built in 1974 and was last repaired nine years ago.',
  'Schools on the east bank said pupils who live across the river may arrive late this week.',
].join(' '));

const FOLLOW_UP_SENTENCES = [
  'The Corran Bridge will stay closed for weeks after engineers found a crack in a steel support on Tuesday, as first reported by the Ashby Courier.',
  '"Nobody will drive over it until we know it is safe," county engineer Maren Holt said on Thursday.',
  'The bridge, which carries about 30,000 vehicles a day, was built in 1974.',
  'The county council voted on Wednesday evening to pay for a temporary crossing for cyclists and walkers.',
  'Shop owners on the east bank said their takings had fallen sharply since the closure.',
  'A ferry service across the river will start on Monday, the mayor announced.',
];

test('a follow-up that credits the news and restates half of the report is a derivative, not a rewrite', () => {
  const followUp = doc('follow-up', FOLLOW_UP_SENTENCES.join(' '));
  const s = measurePair(REPORT, followUp);
  assert.equal(Math.round(s.b.coverage * s.b.sentences), 3, `half the follow-up restates the report (${s.b.coverage}): the case the rule is for`);
  const p = verifyPair(REPORT, followUp);
  assert.equal(p.relation, 'derivative', p.reasons.join('; '));
  assert.equal(p.source, 'report', p.reasons.join('; '));
});

test('the same text without the credit is no rewrite: half its sentences restated is not most', () => {
  const uncredited = doc('uncredited', FOLLOW_UP_SENTENCES.join(' ').replace(', as first reported by the Ashby Courier', ''));
  const p = verifyPair(REPORT, uncredited);
  assert.notEqual(p.relation, 'rewrite', p.reasons.join('; '));
});

test('a credit to a speaker ("according to") does not make a follow-up', () => {
  const quoting = doc('quoting', FOLLOW_UP_SENTENCES.join(' ').replace('as first reported by the Ashby Courier', 'according to the Ashby Council'));
  const p = verifyPair(REPORT, quoting);
  assert.notEqual(p.relation, 'derivative', p.reasons.join('; '));
});

test('a speaker credit is no news credit whatever the name says: "according to the Ashby Daily Report"', () => {
  const quoting = doc('quoting-report', FOLLOW_UP_SENTENCES.join(' ').replace('as first reported by the Ashby Courier', 'according to the Ashby Daily Report'));
  const p = verifyPair(REPORT, quoting);
  assert.notEqual(p.relation, 'derivative', p.reasons.join('; '));
});
