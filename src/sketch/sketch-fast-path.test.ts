import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  distinctSorted, estimateJaccard, hashString, minhashSignature, scanWordHashes, scanWords, setOverlap, shingleHashes, sketchText, sketchTokens, winnow,
} from './index.js';

const words = (n: number, offset = 0): string[] => Array.from({ length: n }, (_, i) => `w${(i * 7919 + offset) % 100003}`);

test('the char scanner hashes exactly the words it would return, non-ASCII included', () => {
  const text = 'Der Ölpreis stieg um 3,5 %; ΑΘΗΝΑ — l’été “quoted” naïve café 🙂x';
  const found = scanWords(text);
  assert.deepEqual(found.slice(0, 6), ['der', 'ölpreis', 'stieg', 'um', '3', '5']);
  assert.ok(found.includes('αθηνα') && found.includes('naïve') && found.includes('été'));
  const out = new Uint32Array(text.length);
  const n = scanWordHashes(text, out);
  assert.equal(n, found.length);
  assert.deepEqual(Array.from(out.subarray(0, n)), found.map((w) => hashString(w)));
});

test('sketchText equals sketchTokens of the scanned words', () => {
  const text = `${words(400).join(' ')}. And a final sentence, with PUNCTUATION!`;
  assert.deepEqual(sketchText(text), sketchTokens(scanWords(text)));
});

test('sketchTokens equals the composed public steps (buffers reused, repeats ignored)', () => {
  const long = words(20000);
  sketchTokens(long);
  const tokens = [...words(150), ...words(150)];
  const sketch = sketchTokens(tokens);
  const shingles = shingleHashes(tokens);
  assert.deepEqual(sketch.signature, minhashSignature(distinctSorted(shingles)));
  assert.deepEqual(sketch.fingerprints, winnow(shingles));
});

test('one-permutation signatures estimate Jaccard within 0.06 on average', () => {
  let error = 0;
  const trials = 20;
  for (let t = 0; t < trials; t++) {
    const base = words(600, t * 1000);
    const edited = base.map((w, i) => (i % (3 + t) === 0 ? `e${i}` : w));
    const a = distinctSorted(shingleHashes(base));
    const b = distinctSorted(shingleHashes(edited));
    error += Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - setOverlap(a, b).jaccard);
  }
  assert.ok(error / trials < 0.06, `mean error ${error / trials}`);
});

test('densification fills every slot of a short text, and copies of it agree everywhere', () => {
  const short = distinctSorted(shingleHashes(words(8)));
  const sig = minhashSignature(short);
  assert.equal(sig.filter((v) => v === 0xffffffff).length, 0);
  assert.equal(estimateJaccard(sig, minhashSignature(Uint32Array.from(short).reverse())), 1);
  const other = minhashSignature(distinctSorted(shingleHashes(words(8, 777))));
  assert.ok(estimateJaccard(sig, other) < 0.2);
});

test('any signature length works, and an empty set stays empty', () => {
  const set = distinctSorted(shingleHashes(words(300)));
  const sig = minhashSignature(set, 100);
  assert.equal(sig.length, 100);
  assert.equal(estimateJaccard(sig, minhashSignature(set, 100)), 1);
  assert.ok(minhashSignature(new Uint32Array(0)).every((v) => v === 0xffffffff));
  assert.equal(sketchText('  ,,, ').bandKeys.length, 0);
});
