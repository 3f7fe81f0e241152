import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSentences } from './content-sentences.js';
import { measurePair } from './pair-stats.js';
import { verifyPair } from './index.js';
import { englishDocument as doc } from './test-documents.js';


// Hand-written for this test (fictional): a report, a heavy rewrite of it, and a report on
// another day with the same people and place.
const REPORT = doc('report', [
  'TOLLAN - A passenger ferry ran aground off Tollan Point on Friday evening with 312 people on board, the Tollan Coast Guard said.',
  'The Sea Lark struck a sandbank about 6 kilometres from the harbour at 7:15 p.m. and began to list.',
  'Rescue boats took all passengers ashore within 90 minutes, and 14 were treated for minor injuries.',
  '"The crew did exactly what they were trained to do," said Coast Guard commander Petra Vang.',
  'The operator, Halcyon Ferries, said the ship would be out of service for at least 72 hours while divers inspect the hull.',
  'Commander Vang said a buoy marking the sandbank had been reported missing 27 days ago.',
  'The harbour board will meet on Monday to discuss the buoy and a $2.4 million plan to dredge the channel.',
  'Tollan Point has seen two other groundings since 2019, both of fishing boats.',
].join(' '));

const REWRITE = doc('rewrite', [
  'Hundreds of travellers had a frightening end to their week when the Sea Lark ferry hit a sandbar near Tollan Point.',
  'Coast Guard commander Petra Vang praised the crew, saying they had followed their training to the letter.',
  'Every one of the passengers was brought safely to land in an hour and a half, although more than a dozen needed treatment for small injuries.',
  'Halcyon Ferries has taken the vessel out of service for a three-day window at minimum so that divers can examine its hull.',
  'Worryingly, the marker buoy for the sandbar had been reported lost almost four weeks earlier.',
  'Local officials will consider a plan worth close to $2.5 million to deepen the channel.',
  'Whether that will be enough to make these waters safe remains an open question.',
].join(' '));

const OTHER_DAY = doc('other-day', [
  'TOLLAN - The Tollan Coast Guard opened a new rescue station at Tollan Point on Wednesday.',
  'The station cost $5.8 million and will house two lifeboats and 18 volunteers.',
  '"Our crews will reach any boat in the bay within 20 minutes," said commander Petra Vang.',
  'Halcyon Ferries, whose ships cross the bay 40 times a day, paid for one of the lifeboats.',
  'Commander Vang said the station would run training days for fishing crews from next spring.',
  'The harbour board said it would also replace 11 buoys in the channel this year.',
].join(' '));

test('names are taken out of the content view, numbers kept', () => {
  const { a } = contentSentences(REPORT, OTHER_DAY);
  const fourth = a[3];
  assert.ok(fourth && !fourth.tokens.includes('vang') && !fourth.stems.includes('vang'), JSON.stringify(fourth));
  assert.ok(a[0]?.anchors.includes('312'));
  assert.ok(REPORT.sentences.some((s) => s.anchors.some((x) => !/^\d/.test(x))), 'the report has name anchors to take out');
  assert.ok(a.every((s) => s.anchors.every((x) => /^\d/.test(x))), 'only number anchors are kept');
});

test('a heavy rewrite (reordered, synonyms, reworded figures, reported speech) is a rewrite of the report', () => {
  const p = verifyPair(REPORT, REWRITE);
  assert.equal(p.relation, 'rewrite', p.reasons.join('; '));
  assert.ok(p.reasons.some((r) => r.includes('names aside')), `the content rule holds: ${p.reasons.join('; ')}`);
  assert.equal(p.features.shingleJaccard < 0.05, true, 'it shares almost no word 5-gram');
  const s = measurePair(REPORT, REWRITE);
  // "an hour and a half", "three-day window", "almost four weeks", "close to $2.5 million", "more than a dozen" agree.
  assert.ok(s.b.quantities >= 4 && s.b.quantityContainment >= 0.8, `${s.b.quantities} figures, ${s.b.quantityContainment} agree`);
});

test('the same people and place on another day, with other figures, is no rewrite and no derivative', () => {
  const p = verifyPair(REPORT, OTHER_DAY);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
  const s = measurePair(REPORT, OTHER_DAY);
  assert.ok(s.b.quantityContainment < 0.5, String(s.b.quantityContainment));
  const q = measurePair(REPORT, REWRITE);
  assert.ok(s.b.contentSoftCoverage < q.b.contentSoftCoverage, `${s.b.contentSoftCoverage} < ${q.b.contentSoftCoverage}`);
});

test('evidence of a heavy rewrite: sentences restated in other words and places are aligned, not added or dropped', () => {
  const p = verifyPair(REPORT, REWRITE);
  const e = p.evidence;
  const inBeads = { source: new Set(e.beads.flatMap((b) => b.source)), target: new Set(e.beads.flatMap((b) => b.target)) };
  assert.deepEqual(e.added.filter((j) => inBeads.target.has(j)), [], 'no aligned sentence is also added');
  assert.deepEqual(e.dropped.filter((i) => inBeads.source.has(i)), [], 'no aligned sentence is also dropped');
  // Every rewrite sentence but the editorial last one restates the report; the content rule
  // said so, and the evidence must show it.
  const restating = REWRITE.sentences.length - 1;
  assert.ok(inBeads.target.size >= restating - 1, `${inBeads.target.size} of ${restating} restating sentences aligned`);
  assert.ok(e.added.includes(REWRITE.sentences.length - 1), 'the editorial sentence is added');
});

test('evidence of a related pair accounts for every sentence: each is aligned, added or dropped', () => {
  // The rewrite with one sentence of the report moved to the end: the order is still kept
  // (monotone beads are shown), and the moved sentence must be shown too.
  const moved = doc('moved', [...REWRITE.sentences.slice(0, 6).map((s) => s.text), REPORT.sentences[7]?.text ?? ''].join(' '));
  // The report with two neighbouring sentences swapped: in order almost everywhere, so the
  // monotone beads are shown, which can hold only one of the two.
  const order = [0, 1, 2, 4, 3, 5, 6, 7];
  const swapped = doc('swapped', order.map((i) => REPORT.sentences[i]?.text ?? '').join(' '));
  for (const [x, y] of [[REPORT, REWRITE], [REPORT, moved], [REPORT, swapped]] as const) {
    const p = verifyPair(x, y);
    assert.notEqual(p.relation, 'unrelated', `${x.id} / ${y.id}`);
    // Evidence runs from the source, or from the lower id when no direction was found.
    const sourceId = p.source ?? (x.id <= y.id ? x.id : y.id);
    const source = sourceId === x.id ? x : y;
    const target = source === x ? y : x;
    const e = p.evidence;
    const shown = (side: 'source' | 'target', listed: readonly number[]): Set<number> => new Set([...e.beads.flatMap((b) => b[side]), ...listed]);
    assert.equal(shown('source', e.dropped).size, source.sentences.length, `${x.id} / ${y.id}: every source sentence`);
    assert.equal(shown('target', e.added).size, target.sentences.length, `${x.id} / ${y.id}: every target sentence`);
  }
});

test('a short report on an earlier, smaller incident with the same people, whose figures all differ, is not a rewrite', () => {
  // Hand-written for this test: the same place, coast guard and commander, sentences shaped like
  // the report's, but its two figures (26 people, 40 minutes) are not the report's.
  const earlier = doc('earlier', [
    'TOLLAN - A fishing boat ran aground off Tollan Point on Sunday morning with 26 people on board, the Tollan Coast Guard said.',
    'Rescue boats took all the fishermen ashore within 40 minutes.',
    '"The crew did what they were trained to do," said Coast Guard commander Petra Vang.',
    'The harbour board will meet on Monday to discuss the buoys in the channel.',
  ].join(' '));
  const p = verifyPair(REPORT, earlier);
  // It may still share closely restated sentences (a derivative's evidence), but it is no rewrite.
  assert.notEqual(p.relation, 'rewrite', p.reasons.join('; '));
});

test('a rewrite that adds background sentences with figures of its own stays a rewrite when its restated sentences keep the report\'s figures', () => {
  // Hand-written for this test: five sentences of REPORT restated with their figures, and two
  // of the rewriter's own background with seven figures the report does not state.
  const padded = doc('padded', [
    'A ferry carrying 312 people ran aground off Tollan Point on Friday evening, the coast guard said.',
    'The Sea Lark hit a sandbank some 6 kilometres from the harbour and started to list.',
    'The ship, built 31 years ago and run by a crew of 11, is one of 9 ferries serving more than 40 islands in the region.',
    'All passengers were brought ashore within 90 minutes and 14 of them were treated for minor injuries.',
    'It is the third grounding in 5 years on a route used by about 600,000 travellers a year, where fares rose 12 percent in 2024.',
    'Halcyon Ferries said the ship will stay out of service for at least 72 hours while divers check its hull.',
    'A buoy marking the sandbank had been reported missing 27 days earlier, commander Petra Vang said.',
  ].join(' '));
  const p = verifyPair(REPORT, padded);
  assert.equal(p.relation, 'rewrite', p.reasons.join('; '));
  const s = measurePair(REPORT, padded);
  assert.ok(s.b.quantityContainment < 0.5 && s.b.restatedQuantityContainment >= 0.75, `${s.b.quantityContainment}, restated ${s.b.restatedQuantityContainment}`);
});

test('a heavy rewrite whose agreeing facts are a clock time and counts too small to read as quantities is a rewrite', () => {
  // Hand-written for this test: a fire report in short sentences with its counts under ten
  // spelled out, and a paraphrase joining them that keeps the clock time and the one count in
  // digits. Its merged sentences restate too few sentences one to one for the sentence rule.
  const fire = doc('fire', [
    'A fire swept through a timber warehouse in the port district of Varlen early on Sunday.',
    'Two night guards were killed.',
    'Four firefighters were hurt and six people living next door were taken to hospital with smoke injuries.',
    'The blaze broke out at about 2.15 a.m. in a storeroom of Nordholz Timber.',
    'It spread to the roof within minutes.',
    'More than 90 firefighters from three stations fought the flames until mid-morning.',
    '"The building had no working sprinklers, and we had told the owners so last spring," fire chief Anna Brekke told reporters.',
    'Nordholz Timber said it was helping the investigation.',
    'Its thoughts were with the families of its staff, the company added.',
    'Police said arson had not been ruled out.',
    'The harbour road stayed closed on Sunday afternoon.',
    'The district has seen a string of warehouse fires since the timber trade moved to the new docks.',
  ].join(' '));
  const spun = doc('spun', [
    'Flames tore through a wood storage building in Varlen harbour before dawn on Sunday, leaving a pair of security guards dead and several firefighters and neighbours injured.',
    'Fire chief Anna Brekke said the owners, Nordholz Timber, had been warned a year ago that the sprinklers did not work.',
    'The fire started around 2:15 a.m. in a store room and reached the roof in a matter of minutes, and over 90 firefighters battled it all morning.',
    'Investigators have not excluded arson, police said, and the road by the harbour was shut for the day.',
    'The company said it was assisting police and thinking of the victims\' relatives.',
    'Cities everywhere should take warehouse safety far more seriously.',
  ].join(' '));
  const p = verifyPair(fire, spun);
  assert.equal(p.relation, 'rewrite', p.reasons.join('; '));
  assert.ok(p.reasons.some((r) => r.includes('clock times')), p.reasons.join('; '));
});
