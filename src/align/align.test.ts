import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignMonotone, alignUnordered, orderAgreement, similarityMatrix, vectorize, type AlignSentence } from './index.js';

const STOP = new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'was', 'is', 'by']);
const sentence = (text: string): AlignSentence => {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { tokens, stems: tokens.filter((t) => !STOP.has(t)), anchors: (text.match(/\b\d+\b/g) ?? []) };
};

const source = [
  'The minister opened the new bridge on Monday.',
  'It cost 40 million dollars to build.',
  'Traffic on the old road fell by half.',
  'Residents welcomed the shorter commute.',
  'Critics said the budget was too large.',
].map(sentence);

test('monotone alignment matches paraphrased sentences in order and skips an omission', () => {
  const target = [
    'On Monday the minister opened a new bridge.',
    'Building it cost 40 million dollars.',
    'Residents welcomed their shorter commute.',
    'Critics said that the budget was far too large.',
  ].map(sentence);
  const v = vectorize(source, target);
  const beads = alignMonotone(v.source, v.target, similarityMatrix(v.source, v.target));
  assert.deepEqual(beads.map((b) => [b.source, b.target]), [[[0], [0]], [[1], [1]], [[3], [2]], [[4], [3]]]);
});

test('monotone alignment joins a sentence split in two (1-2 bead)', () => {
  const target = [
    'The minister opened the new bridge on Monday.',
    'It cost 40 million.',
    'Dollars to build it.',
    'Traffic on the old road fell by half.',
  ].map(sentence);
  const v = vectorize(source, target);
  const beads = alignMonotone(v.source, v.target, similarityMatrix(v.source, v.target));
  assert.ok(beads.some((b) => b.source.length === 1 && b.source[0] === 1 && b.target.length === 2), JSON.stringify(beads));
});

test('unordered matching recovers reordered sentences; order agreement drops', () => {
  const target = [source[3], source[0], source[4], source[1]].map((s) => s ?? sentence(''));
  const v = vectorize(source, target);
  const sim = similarityMatrix(v.source, v.target);
  const beads = alignUnordered(source.length, target.length, sim, 0.5);
  assert.deepEqual(beads.map((b) => [b.source[0], b.target[0]]), [[3, 0], [0, 1], [4, 2], [1, 3]]);
  assert.ok(orderAgreement(beads) < 0.7);
  const inOrder = alignUnordered(source.length, source.length, similarityMatrix(v.source, v.source), 0.5);
  assert.equal(orderAgreement(inOrder), 1);
});

test('unrelated sentences do not align', () => {
  const target = ['Rain is expected across the north tomorrow.', 'The football final ended in a draw.'].map(sentence);
  const v = vectorize(source, target);
  const beads = alignMonotone(v.source, v.target, similarityMatrix(v.source, v.target));
  assert.ok(beads.every((b) => b.similarity < 0.2), JSON.stringify(beads));
});

// Regression (found by test/properties/align.test.ts): 2-1 and 1-2 beads counted twice a 1-1
// bead, so a 2-1 next to a 1-2 bead beat three 1-1 beads and a copy with a repeated sentence
// was explained as sentences joined and split.
test('regression: merged beads over-weighted — a repeated sentence aligned against itself stays 1-1', () => {
  const repeated = ['The ferry was cancelled.', 'The ferry was cancelled.', 'The ferry was cancelled.', 'Storms are expected.'].map(sentence);
  const v = vectorize(repeated, repeated);
  const beads = alignMonotone(v.source, v.target, similarityMatrix(v.source, v.target));
  assert.deepEqual(beads.map((b) => [b.source, b.target]), [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
});

test('the similarity matrix holds sentenceSimilarity for the pairs it compares, with synonyms and quantities', async () => {
  const { createSynonymMap } = await import('../synonyms/index.js');
  const { sentenceSimilarity } = await import('./index.js');
  // bridge~span, cost~price and critics~opponents share concepts, as a synonym pack would have them (the test's stems are its words).
  const synonyms = createSynonymMap({ version: 1, entries: { bridge: [1, 5], span: [1], cost: [2], price: [2, 5], critics: [3], opponents: [3] } });
  const target = [
    'The span opened on Monday, the minister said.',
    'Its price was 40 million dollars.',
    'Opponents said the budget was too large.',
    'Opponents decried the span.',
  ].map(sentence);
  const v = vectorize(source, target, synonyms, { quantities: true });
  const sim = similarityMatrix(v.source, v.target);
  let compared = 0;
  v.source.forEach((s, i) => v.target.forEach((t, j) => {
    const cell = sim[i * target.length + j] ?? 0;
    if (cell > 0) compared++;
    assert.ok(cell === 0 || cell === Math.fround(sentenceSimilarity(s, t)), `cell ${i},${j}`);
  }));
  assert.ok(compared >= 4, `compared ${compared}`);
  assert.ok((sim[0 * target.length + 3] ?? 0) > 0 && (sim[4 * target.length + 3] ?? 0) > 0, 'matched through synonyms alone');
});
