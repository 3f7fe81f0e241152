import { hashString, mix32 } from './hash.js';

/** Word n-gram size used for copy-level sketches (as in near-dedup tools). */
export const DEFAULT_SHINGLE_SIZE = 5;
const SHINGLE_MUL = 0x01000193;
const SHINGLE_ADD = 0x7f4a7c15;

/**
 * Hashes of the word k-grams of a token sequence, in order (repeats kept).
 * @param tokens lowercased word tokens
 * @param k words per shingle (default 5); a text shorter than k yields one shingle of all its words
 * @returns one 32-bit hash per shingle
 */
export function shingleHashes(tokens: readonly string[], k = DEFAULT_SHINGLE_SIZE): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const tokenHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenHashes[i] = hashString(tokens[i] ?? '');
  const out = new Uint32Array(shingleCount(tokens.length, k));
  shinglesOf(tokenHashes, tokens.length, k, out);
  return out;
}

/** Shingles a text of `tokenCount` tokens yields: one per k-gram, one for a short non-empty text. */
export function shingleCount(tokenCount: number, k = DEFAULT_SHINGLE_SIZE): number {
  return tokenCount === 0 ? 0 : tokenCount - Math.min(k, tokenCount) + 1;
}

/**
 * Writes the k-gram hashes of the first `count` token hashes into `out` (which must hold
 * `shingleCount(count, k)` values); typed arrays in and out so the hot path allocates nothing.
 * @returns the number of shingles written
 */
export function shinglesOf(tokenHashes: Uint32Array, count: number, k: number, out: Uint32Array): number {
  if (k === 5 && count >= 5) return fiveGramsOf(tokenHashes, count, out);
  const width = Math.min(k, count);
  const n = shingleCount(count, k);
  for (let i = 0; i < n; i++) {
    // A multiply-add chain over the word hashes (order-sensitive, one bijection per word), then
    // one Murmur3 finaliser: a fifth of the cost of mixing after every word.
    let h = width;
    for (let j = 0; j < width; j++) h = (Math.imul(h ^ (tokenHashes[i + j] ?? 0), SHINGLE_MUL) + SHINGLE_ADD) | 0;
    out[i] = mix32(h);
  }
  return n;
}

/**
 * {@link shinglesOf} for k = 5 (the default) and at least five tokens: the same hashes, with the
 * last five word hashes held in locals so each token is read once instead of five times.
 */
function fiveGramsOf(tokenHashes: Uint32Array, count: number, out: Uint32Array): number {
  let a = tokenHashes[0] ?? 0;
  let b = tokenHashes[1] ?? 0;
  let c = tokenHashes[2] ?? 0;
  let d = tokenHashes[3] ?? 0;
  for (let i = 4; i < count; i++) {
    const e = tokenHashes[i] ?? 0;
    let h = (Math.imul(5 ^ a, SHINGLE_MUL) + SHINGLE_ADD) | 0;
    h = (Math.imul(h ^ b, SHINGLE_MUL) + SHINGLE_ADD) | 0;
    h = (Math.imul(h ^ c, SHINGLE_MUL) + SHINGLE_ADD) | 0;
    h = (Math.imul(h ^ d, SHINGLE_MUL) + SHINGLE_ADD) | 0;
    h = (Math.imul(h ^ e, SHINGLE_MUL) + SHINGLE_ADD) | 0;
    out[i - 4] = mix32(h);
    a = b;
    b = c;
    c = d;
    d = e;
  }
  return count - 4;
}

/** Distinct values of a hash array, sorted ascending. */
export function distinctSorted(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}

/** Exact Jaccard and containment of two distinct-sorted hash sets. */
export function setOverlap(a: Uint32Array, b: Uint32Array): { shared: number; jaccard: number; containmentOfA: number; containmentOfB: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  const union = a.length + b.length - shared;
  return {
    shared,
    jaccard: union === 0 ? 0 : shared / union,
    containmentOfA: a.length === 0 ? 0 : shared / a.length,
    containmentOfB: b.length === 0 ? 0 : shared / b.length,
  };
}
