import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, lshBandKeys, lshCandidateProbability, minhashSignature, setOverlap, shingleHashes, distinctSorted, sketchTokens, winnow } from './index.js';

const words = (n: number, offset = 0): string[] => Array.from({ length: n }, (_, i) => `w${(i * 7919 + offset) % 100003}`);

test('shingles: one hash per 5-gram, short texts give one shingle', () => {
  assert.equal(shingleHashes(words(10)).length, 6);
  assert.equal(shingleHashes(['a', 'b']).length, 1);
  assert.equal(shingleHashes([]).length, 0);
  assert.notEqual(shingleHashes(['a', 'b', 'c', 'd', 'e'])[0], shingleHashes(['e', 'd', 'c', 'b', 'a'])[0]);
});

test('minhash estimates Jaccard within sampling error', () => {
  const a = distinctSorted(shingleHashes(words(600)));
  const tokens = words(600);
  for (let i = 0; i < 600; i += 10) tokens[i] = `x${i}`;
  const b = distinctSorted(shingleHashes(tokens));
  const exact = setOverlap(a, b).jaccard;
  const est = estimateJaccard(minhashSignature(a), minhashSignature(b));
  assert.ok(exact > 0.3 && exact < 0.7, `exact ${exact}`);
  assert.ok(Math.abs(est - exact) < 0.12, `estimate ${est} vs exact ${exact}`);
});

test('sketches are deterministic', () => {
  const s1 = sketchTokens(words(300));
  const s2 = sketchTokens(words(300));
  assert.deepEqual(s1.signature, s2.signature);
  assert.deepEqual(s1.bandKeys, s2.bandKeys);
  assert.deepEqual(s1.fingerprints, s2.fingerprints);
});

test('identical signatures share every band; disjoint texts share none', () => {
  const a = sketchTokens(words(200));
  const b = sketchTokens(words(200, 5000));
  assert.equal(lshBandKeys(a.signature).length, 32);
  assert.equal(a.bandKeys.filter((k) => b.bandKeys.includes(k)).length, 0);
  assert.ok(lshCandidateProbability(0.8) > 0.99);
  assert.ok(lshCandidateProbability(0.1) < 0.01);
});

test('winnowing finds a passage of a long text in a short one', () => {
  const long = words(800);
  const excerpt = long.slice(300, 360);
  const fpLong = winnow(shingleHashes(long));
  const fpShort = winnow(shingleHashes(excerpt));
  const { containmentOfB } = setOverlap(fpLong, fpShort);
  assert.ok(containmentOfB > 0.8, `containment ${containmentOfB}`);
  assert.ok(fpLong.length < long.length / 4, 'winnowing keeps a fraction of the shingles');
});
