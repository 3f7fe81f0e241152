import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, hex32, minhashSignature, mix32, scanWordHashes, scanWords, shingleHashes, winnow } from './index.js';
import { bandKey } from './lsh.js';
import { scanCapacity } from './scan-words.js';

const words = (n: number, offset = 0): string[] => Array.from({ length: n }, (_, i) => `w${(i * 7919 + offset) % 100003}`);

/** The shingle hash as first written: one multiply-add chain over the k words, then mix32. */
function referenceShingles(tokens: readonly string[], k: number): number[] {
  const width = Math.min(k, tokens.length);
  const out: number[] = [];
  for (let i = 0; i + width <= tokens.length && tokens.length > 0; i++) {
    let h = width;
    for (let j = 0; j < width; j++) h = (Math.imul(h ^ hashString(tokens[i + j] ?? ''), 0x01000193) + 0x7f4a7c15) | 0;
    out.push(mix32(h));
  }
  return out;
}

test('five-gram shingles (held in locals) equal the generic chain, short texts included', () => {
  for (const n of [0, 1, 4, 5, 6, 7, 12, 300]) {
    const tokens = words(n, n);
    assert.deepEqual(Array.from(shingleHashes(tokens, 5)), referenceShingles(tokens, 5), `${n} tokens`);
    assert.deepEqual(Array.from(shingleHashes(tokens, 3)), referenceShingles(tokens, 3), `${n} tokens, k=3`);
  }
});

test('the scan hashes ASCII, accented, astral and dotted-capital words as hashString of scanWords', () => {
  for (const text of ['', '   ', 'ABC def_ghi 42x', 'İstanbul İİ', '𝐀𝐁 x😀y 𐐀𐐨', 'Crème BRÛLÉE, Straße; ΣΟΦΙΑ', 'a']) {
    const out = new Uint32Array(text.length + 1);
    const n = scanWordHashes(text, out);
    assert.deepEqual(Array.from(out.subarray(0, n)), scanWords(text).map((w) => hashString(w)), JSON.stringify(text));
  }
  assert.deepEqual(scanWords('ABC def_ghi 42x'), ['abc', 'def', 'ghi', '42x']);
});

test('the scan fits a buffer of exactly scanCapacity values (it stores the running hash at every unit)', () => {
  for (const text of ['a b c', 'a b c ', ' a b', 'ab', 'a', 'x,y;z!w']) {
    const out = new Uint32Array(scanCapacity(text));
    const n = scanWordHashes(text, out);
    assert.deepEqual(Array.from(out.subarray(0, n)), scanWords(text).map((w) => hashString(w)), JSON.stringify(text));
  }
});

test('a band key is b, the two-digit band, a colon and eight hex digits', () => {
  for (const band of [0, 7, 31, 99]) {
    for (const h of [0, 1, 0x1a2b3c4d, 0x80000000, 0xffffffff]) {
      assert.equal(bandKey(band, h), `b${band.toString().padStart(2, '0')}:${hex32(h)}`);
    }
  }
  assert.equal(bandKey(123, 0xabc), 'b123:00000abc');
});

/** Distinct minima of every window of `w` values (all values when there are at most `w`), sorted. */
function referenceWinnow(values: readonly number[], w: number): number[] {
  if (values.length === 0) return [];
  const mins = new Set<number>();
  for (let end = Math.min(w, values.length); end <= values.length; end++) mins.add(Math.min(...values.slice(Math.max(0, end - w), end)));
  return [...mins].sort((a, b) => a - b);
}

test('winnowing keeps the distinct window minima, repeated values and short inputs included', () => {
  const repeated = [...words(40), ...words(40), ...words(7)];
  const shingles = shingleHashes(repeated);
  for (const w of [1, 2, 5, 12, 30, 100]) {
    assert.deepEqual(Array.from(winnow(shingles, w)), referenceWinnow(Array.from(shingles), w), `window ${w}`);
  }
  const ties = Uint32Array.of(5, 3, 3, 9, 3, 0xffffffff, 1, 1, 8, 2);
  assert.deepEqual(Array.from(winnow(ties, 3)), [1, 3]);
  assert.deepEqual(Array.from(winnow(ties, 2)), referenceWinnow(Array.from(ties), 2));
  assert.deepEqual(Array.from(winnow(new Uint32Array(0), 3)), []);
});

test('densifying leaves no state behind: a signature is the same before and after other lengths', () => {
  const short = shingleHashes(words(9));
  const before = minhashSignature(short);
  minhashSignature(shingleHashes(words(40)), 300);
  minhashSignature(shingleHashes(words(3)), 64);
  assert.deepEqual(minhashSignature(short), before);
  assert.equal(before.filter((v) => v === 0xffffffff).length, 0);
});

test('the bin of a permuted shingle is its top bits for 128 slots, a float scale otherwise', () => {
  // Enough shingles that no bin is empty: every slot is then a bin minimum, computed here directly.
  const shingles = shingleHashes(words(20000));
  for (const n of [128, 100]) {
    const expected = new Array<number>(n).fill(0xffffffff);
    for (const s of shingles) {
      const p = (Math.imul(s, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
      const bin = Math.floor((p * n) / 4294967296);
      expected[bin] = Math.min(expected[bin] ?? 0xffffffff, p);
    }
    assert.deepEqual(Array.from(minhashSignature(shingles, n)), expected, `${n} slots`);
  }
});
