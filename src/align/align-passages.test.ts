import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPassages, alignUnordered, similarityMatrix, vectorize, type AlignSentence } from './index.js';

const STOP = new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'was', 'is', 'by', 'it', 'for', 'at', 'that', 'with']);
const sentence = (text: string): AlignSentence => {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { tokens, stems: tokens.filter((t) => !STOP.has(t)), anchors: [], text };
};

const source = [
  'The laboratory confirmed bacteria in two water samples.',
  'Officials closed the reservoir gate on Sunday night.',
  'Crews flushed the pipes across the northern districts.',
  'The mayor promised bottled water stations for every school.',
].map(sentence);

test('a sentence folding two adjacent sentences of the other side is matched to both (2-1 passage), reordered', () => {
  const target = [
    'Bottled water stations for every school were promised by the mayor.',
    'After the laboratory confirmed bacteria in samples, officials closed the reservoir gate.',
  ].map(sentence);
  const v = vectorize(source, target);
  const sim = similarityMatrix(v.source, v.target);
  const { beads, bestTarget } = alignPassages(v.source, v.target, sim, 0.35);
  assert.deepEqual(beads.map((b) => [b.source, b.target]), [[[3], [0]], [[0, 1], [1]]]);
  // One-to-one matching leaves one of the two folded sentences out, and scores the fold lower.
  const single = alignUnordered(source.length, target.length, sim, 0.35);
  assert.equal(single.flatMap((b) => b.source).length, 2);
  const foldAlone = Math.max(sim[0 * 2 + 1] ?? 0, sim[1 * 2 + 1] ?? 0);
  assert.ok((bestTarget[1] ?? 0) > foldAlone, `${bestTarget[1]} > ${foldAlone}`);
});

test('unrelated sentences form no passage', () => {
  const target = ['The football final ended in a draw.', 'Rain is expected across the south tomorrow.'].map(sentence);
  const v = vectorize(source, target);
  const { beads } = alignPassages(v.source, v.target, similarityMatrix(v.source, v.target), 0.35);
  assert.deepEqual(beads, []);
});
