import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePassages, seedWindows } from './passage-detection.js';
import { ngramPassages } from './ngram-passages.js';

test('aligned sentences in a run merge into one passage; a far one starts another', () => {
  const pairs = [
    { suspicious: 3, source: 10, similarity: 0.9 },
    { suspicious: 4, source: 12, similarity: 0.8 },
    { suspicious: 5, source: 11, similarity: 0.7 },
    { suspicious: 40, source: 200, similarity: 0.9 },
  ];
  assert.deepEqual(mergePassages(pairs, 0.5, 1), [
    { suspiciousFirst: 3, suspiciousLast: 5, sourceFirst: 10, sourceLast: 12 },
    { suspiciousFirst: 40, suspiciousLast: 40, sourceFirst: 200, sourceLast: 200 },
  ]);
});

test('pairs under the similarity floor are left out', () => {
  assert.deepEqual(mergePassages([{ suspicious: 1, source: 1, similarity: 0.3 }], 0.35, 0), []);
});

test('seeds far apart in the source make separate windows', () => {
  const w = seedWindows([[1, 5], [2, 6], [3, 300]], 1);
  assert.equal(w.length, 2);
  assert.deepEqual(w[0], { i0: 0, i1: 3, j0: 4, j1: 7 });
});

test('the 5-gram baseline finds a copied passage at its raw offsets', () => {
  const copied = 'the quick brown fox jumps over the lazy dog near the river bank';
  const suspicious = `Something else entirely here. ${copied}. More text follows.`;
  const source = `Intro words first. ${copied}. Closing.`;
  const [p] = ngramPassages(suspicious, source);
  assert.ok(p);
  assert.equal(suspicious.slice(p.suspiciousStart, p.suspiciousEnd), copied);
  assert.equal(source.slice(p.sourceStart, p.sourceEnd), copied);
});
