/**
 * Sorting a batch's postings, (key hash, ordinal) pairs, into run order without a Map of key
 * hashes: a Map keyed by doubles boxes every key and hashed each one again per access (≈ 0.5
 * µs a posting to group and walk a batch's keys, more than writing it). An LSD radix sort of the
 * 53-bit hashes in five passes of at most 11 bits is stable, so pairs given in ordinal order
 * come out sorted by key, then ordinal. Pure.
 */
import { TWO_32 } from './sqlite-key-hash.js';

/** Bits per pass and the passes' shifts over (low lane, high lane): 11+11+10 low, 11+10 high. */
const PASSES: readonly { high: boolean; shift: number; bits: number }[] = [
  { high: false, shift: 0, bits: 11 },
  { high: false, shift: 11, bits: 11 },
  { high: false, shift: 22, bits: 10 },
  { high: true, shift: 0, bits: 11 },
  { high: true, shift: 11, bits: 10 },
];

/** Postings as parallel arrays, `length` of them used. */
export interface PairList {
  keys: Float64Array;
  docs: Uint32Array;
  length: number;
}

/**
 * Sorts pairs by key hash, keeping the given order among equal keys, and drops a pair equal to
 * the one before it (a key repeated in a document, or two keys of a document with one hash).
 * @param pairs pairs in ascending ordinal order (not changed)
 * @returns new arrays, sorted by (key, ordinal), without repeats
 */
export function sortPairs(pairs: PairList): PairList {
  const n = pairs.length;
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = pairs.keys[i] ?? 0;
    const h = Math.floor(key / TWO_32);
    high[i] = h;
    low[i] = key - h * TWO_32;
    order[i] = i;
  }
  const counts = new Uint32Array(1 << 11);
  for (const pass of PASSES) {
    const lane = pass.high ? high : low;
    const mask = (1 << pass.bits) - 1;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((lane[i] ?? 0) >>> pass.shift) & mask;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d] ?? 0;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i] ?? 0;
      const digit = ((lane[at] ?? 0) >>> pass.shift) & mask;
      const to = counts[digit] ?? 0;
      spare[to] = at;
      counts[digit] = to + 1;
    }
    [order, spare] = [spare, order];
  }
  const keys = new Float64Array(n);
  const docs = new Uint32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const at = order[i] ?? 0;
    const key = pairs.keys[at] ?? 0;
    const doc = pairs.docs[at] ?? 0;
    if (length > 0 && keys[length - 1] === key && docs[length - 1] === doc) continue;
    keys[length] = key;
    docs[length] = doc;
    length++;
  }
  return { keys, docs, length };
}
