import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSynonymMap } from '../synonyms/index.js';
import { similarityMatrix, vectorize, type AlignSentence, type SentenceVector } from './index.js';
import { targetIndex } from './target-index.js';

const sentence = (text: string): AlignSentence => {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { tokens, stems: tokens.filter((t) => t.length > 3), anchors: text.match(/\b\d+\b/g) ?? [] };
};
const synonyms = createSynonymMap({ version: 1, entries: { bridge: [10, 11], span: [11], opened: [20], inaugurated: [20], road: [30], street: [30] } });
const target = ['The minister opened the new bridge on Monday.', 'The span cost 40 million dollars.', 'Traffic on the old road fell by half.', 'Residents welcomed the shorter commute.'].map(sentence);
const first = ['A minister inaugurated a bridge.', 'It cost 40 million.'].map(sentence);
const second = ['Traffic on the street fell.', 'The residents welcomed it.', 'Budget of 40 million.'].map(sentence);

/** The same vectors with no feature lists: indexed afresh for every matrix. */
const unkept = (vectors: readonly SentenceVector[]): SentenceVector[] => vectors.map(({ features: _, ...rest }) => rest);

test('a target side indexed for one pair is reused for the next, with the matrix of a fresh index', () => {
  const a = vectorize(first, target, synonyms);
  const b = vectorize(second, target, synonyms);
  assert.equal(targetIndex(b.target), targetIndex(a.target), 'the same sentences in another pair find the kept index');
  for (const v of [a, b]) assert.deepEqual(similarityMatrix(v.source, v.target), similarityMatrix(v.source, unkept(v.target)));
  assert.ok(similarityMatrix(b.source, b.target).some((x) => x > 0));
});

test('a side that differs past its first sentence gets an index of its own', () => {
  const shorter = target.slice(0, 3);
  const other = [...shorter, sentence('Critics said the road budget was too large.')];
  const a = vectorize(second, target, synonyms);
  const b = vectorize(second, other, synonyms);
  const c = vectorize(second, shorter, synonyms);
  assert.notEqual(targetIndex(b.target), targetIndex(a.target));
  assert.notEqual(targetIndex(c.target), targetIndex(a.target));
  for (const v of [a, b, c]) assert.deepEqual(similarityMatrix(v.source, v.target), similarityMatrix(v.source, unkept(v.target)));
});
