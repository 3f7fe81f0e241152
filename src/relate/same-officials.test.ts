import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePair } from './pair-stats.js';
import { verifyPair } from './index.js';
import { englishDocument as doc } from './test-documents.js';

// Hand-written for this test (fictional city, people and figures): a report of a fire on a
// bridge, two reports on other events with the same officials, and a follow-up that brings
// figures of its own (session 14).
const REPORT = doc('report', [
  'A fire on the Orrin Bridge in Castlebury closed the crossing to traffic on Monday morning and left 40 drivers stranded, city officials said.',
  'The fire started at about 6:10 a.m. in a maintenance truck parked under the eastern span.',
  'Firefighters put it out within 50 minutes, and three workers were treated for smoke inhalation.',
  '"The bridge is closed until our engineers say it is safe, and not a minute before," said transport commissioner Nadia Ferris.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the eastern span next summer, after inspections found rust in 2023.',
  'Schools on the east bank will open an hour late on Tuesday, the city said.',
].join(' '));

// Another event: its lead names its own day and place; the rest is the city's background.
const CRACKS = doc('cracks', [
  'Inspectors found cracks in a support of the Orrin Bridge near the Pell Street ramp on Thursday, Castlebury officials said.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the bridge next summer, after inspections found rust in 2023.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier if the bridge had to close.',
].join(' '));

// Another event: the commissioner's standing line, and the mayor's buses, early in the text.
const WATER_MAIN = doc('water-main', [
  'A burst water main flooded Harker Avenue in Castlebury on Saturday night and closed the street to traffic.',
  'Crews shut off the main within two hours, but 800 homes were left without water.',
  '"The street is closed until our engineers say it is safe, and not a minute before," said transport commissioner Nadia Ferris.',
  'Mayor Owen Pratt said buses would run along Delmore Road while the street was closed.',
  'The water company said supply would be back by noon on Sunday.',
].join(' '));

// Another event whose lead names nothing of its own: only background restated, none of the lead.
const MEETING = doc('meeting', [
  'Castlebury will hold a public meeting about the future of its river crossings next month.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the eastern span next summer, after inspections found rust in 2023.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier.',
].join(' '));

// A follow-up: the report's lead retold whole, then the news of the next days, in figures.
const FOLLOW_UP = doc('follow-up', [
  'Repairs to the Orrin Bridge in Castlebury, closed since a truck fire on Monday left 40 drivers stranded, will cost $3.2 million, the city said on Wednesday.',
  'The fire started at about 6:10 a.m. under the eastern span, and three workers were treated for smoke inhalation.',
  'Transport commissioner Nadia Ferris said the bridge would stay shut until engineers judged it safe.',
  'Engineers found 14 damaged cables and 2 cracked beams, she said.',
  'About 25,000 drivers a day now take the shuttle from the Delmore ferry pier, which leaves every 12 minutes.',
  'Mayor Owen Pratt said the crossing should reopen on November 30.',
].join(' '));

test('a report on another event that restates the background of the other is no rewrite: its lead names its own place and day', () => {
  const s = measurePair(REPORT, CRACKS);
  assert.ok(s.b.coverage > 0.5, `it restates most of its sentences (${s.b.coverage})`);
  assert.ok(s.leads.b.own >= 2 && s.leads.a.own >= 2, JSON.stringify(s.leads));
  const p = verifyPair(REPORT, CRACKS);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

test('a report on another event quoting the same official\'s standing line early on is no derivative', () => {
  const p = verifyPair(REPORT, WATER_MAIN);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

test('a follow-up with figures of its own that retells the lead whole is a derivative, not another event', () => {
  const s = measurePair(REPORT, FOLLOW_UP);
  assert.ok(s.b.quantities >= 4 && s.b.quantityContainment < 0.5, `${s.b.quantities} figures, ${s.b.quantityContainment} agree`);
  assert.equal(s.leads.a.own, 0, JSON.stringify(s.leads));
  const p = verifyPair(REPORT, FOLLOW_UP);
  assert.equal(p.relation, 'derivative', p.reasons.join('; '));
});

test('a text restating only sentences outside the other\'s lead is no rewrite: a rewrite retells the lead too', () => {
  const s = measurePair(REPORT, MEETING);
  assert.ok(s.b.coverage > 0.5, `it restates most of its sentences (${s.b.coverage})`);
  const p = verifyPair(REPORT, MEETING);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});
