import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePair } from './pair-stats.js';
import { verifyPair } from './index.js';
import { englishDocument as doc } from './test-documents.js';

// Hand-written (fictional): a club's four-sentence announcement and two short pieces after it.
const ANNOUNCEMENT = doc('announcement', [
  'Harvale United said on Sunday that one of its players and a member of its medical staff had tested positive for the virus.',
  'The club said both were isolating at home and that the rest of the squad had tested negative.',
  'All training at the Marrow Lane ground has been suspended until further notice, the club said.',
  'The league will decide on Monday whether the weekend match against Oster Town goes ahead.',
].join(' '));

test('a short reaction that restates two sentences of the event\'s report is no rewrite of it', () => {
  const reaction = doc('reaction', [
    'Oster Town sent a get-well message to Harvale United after one of its players and a member of its medical staff tested positive for the virus.',
    'Oster Town said on social media that both were isolating at home and that the rest of the Harvale squad had tested negative.',
    '"We wish our friends a quick recovery and look forward to meeting them on the pitch," the club wrote.',
    'The message ended with the hashtag StrongerTogether.',
  ].join(' '));
  const p = verifyPair(ANNOUNCEMENT, reaction);
  const s = measurePair(ANNOUNCEMENT, reaction);
  assert.ok(s.b.coverage >= 0.5, `half the reaction restates the report (${s.b.coverage}): the case the rule is for`);
  assert.notEqual(p.relation, 'rewrite', p.reasons.join('; '));
});

test('a short piece that restates three of its four sentences is a rewrite', () => {
  const brief = doc('brief', [
    'One player and one member of the medical staff at Harvale United have tested positive for the virus, the club announced on Sunday.',
    'According to the club, both are isolating at home, and the rest of the squad tested negative.',
    'Training at the Marrow Lane ground is suspended until further notice.',
    'Fans have been asked to stay away from the ground.',
  ].join(' '));
  assert.equal(verifyPair(ANNOUNCEMENT, brief).relation, 'rewrite', verifyPair(ANNOUNCEMENT, brief).reasons.join('; '));
});
