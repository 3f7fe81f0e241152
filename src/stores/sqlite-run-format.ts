/**
 * The bytes of a posting run (schema v7, see sqlite-runs.ts): a run is a sorted list of
 * (key hash, document ordinal) pairs cut into blocks of at most {@link BLOCK_PAIRS} pairs, one
 * BLOB row each. A block is `[n: u32][0: u32][n keys: f64][n ordinals: u32]`, little-endian:
 * key hashes are 53-bit integers (sqlite-key-hash.ts), exact in a float64, and the keys come
 * first so they are read as one aligned Float64Array. Pure functions, no I/O.
 */
import { RESIDENT_FLOOR, TWO_32 } from './sqlite-key-hash.js';

/**
 * Pairs per block: 320 × 12 bytes + 8 = 3,848 bytes, so a block fits in one 4 KiB page with
 * its cell header (no overflow page to read) and a lookup reads one page per block.
 */
export const BLOCK_PAIRS = 320;

/** Bytes of a block's header. */
const HEADER_BYTES = 8;

/** Ordinals are stored in 32 bits: the largest one a block can hold. */
export const MAX_ORDINAL = 0xffff_ffff;

/** A block's pairs, sorted by key, then ordinal. */
export interface BlockPairs {
  keys: Float64Array;
  docs: Uint32Array;
}

/**
 * The bytes of pairs `from` to `to` (exclusive) of sorted parallel arrays.
 * @throws when an ordinal does not fit in 32 bits
 */
export function encodeBlock(keys: Float64Array, docs: Uint32Array | readonly number[], from: number, to: number): Uint8Array {
  const n = to - from;
  const bytes = new Uint8Array(HEADER_BYTES + n * 12);
  const header = new Uint32Array(bytes.buffer, 0, 2);
  header[0] = n;
  new Float64Array(bytes.buffer, HEADER_BYTES, n).set(keys.subarray(from, to));
  const out = new Uint32Array(bytes.buffer, HEADER_BYTES + n * 8, n);
  for (let i = 0; i < n; i++) {
    const doc = docs[from + i] ?? 0;
    if (doc > MAX_ORDINAL) throw new Error(`document ordinal ${doc} does not fit in a posting block`);
    out[i] = doc;
  }
  return bytes;
}

/**
 * The pairs of a block's bytes (views over an aligned copy when the driver's buffer is not
 * 8-byte aligned).
 * @throws when the bytes are not a block
 */
export function decodeBlock(data: Uint8Array): BlockPairs {
  const aligned = data.byteOffset % 8 === 0 ? data : new Uint8Array(data);
  if (aligned.byteLength < HEADER_BYTES) throw new Error('posting block too short');
  const n = new Uint32Array(aligned.buffer, aligned.byteOffset, 1)[0] ?? 0;
  if (aligned.byteLength !== HEADER_BYTES + n * 12) throw new Error(`posting block of ${aligned.byteLength} bytes does not hold ${n} pairs`);
  return {
    keys: new Float64Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES, n),
    docs: new Uint32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES + n * 8, n),
  };
}

/** The first index of `sorted` whose value is ≥ `key` (`sorted.length` when none). */
export function lowerBound(sorted: Float64Array, key: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` whose value is > `key` (`sorted.length` when none). */
function upperBound(sorted: Float64Array, key: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The blocks of a run that may hold `key`, given each block's first key (its fence): from the
 * last block starting below `key` to the last starting at it. A fence stays when pairs are
 * removed from its block, so it is a lower bound of the block's keys, not always one of them.
 * @returns `[first, last]` block indexes, or undefined when the key is below the first fence
 */
export function blockRange(fences: Float64Array, key: number): [number, number] | undefined {
  const after = upperBound(fences, key);
  if (after === 0) return undefined;
  return [Math.max(0, lowerBound(fences, key, 0, after) - 1), after - 1];
}

/** Bits of a run's Bloom filter per distinct key: ≈ 1.25 % false positives measured (split blocks). */
const BLOOM_BITS_PER_KEY = 10;

/**
 * Words (32 bits) of a run's Bloom filter for `keys` distinct keys: whole 8-word blocks, at
 * least one. A key absent from a run then costs a probe of its filter instead of a block read.
 */
export function bloomWords(keys: number): number {
  return Math.max(1, Math.ceil((keys * BLOOM_BITS_PER_KEY) / 256)) * 8;
}

/** One odd multiplier per word of a filter block: each picks the bit a key sets in that word. */
const BLOOM_SALTS = [0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31];

/**
 * A split-block Bloom filter: a key sets one bit in each of the 8 words of one 32-byte block,
 * so adding or testing a key touches one cache line. The block is chosen by the hash's top
 * bits, so a run's keys, written in ascending order, fill its filter front to back (twice: once
 * for each half of the hash range): a merge's
 * filter of megabytes is not written at random places (a cache miss a key, ≈ 200 ns in a
 * micro-run, more than the rest of writing a pair). The bits come from the low lane.
 */
function bloomBlock(filter: Uint32Array, key: number): number {
  // Both halves of the hash range (resident keys above 2^52, others below: schema v8) spread
  // over the whole filter; (key mod 2^52) / 2^52 is exact, in [0, 1), and grows with the key.
  const lowHalf = key >= RESIDENT_FLOOR ? key - RESIDENT_FLOOR : key;
  return Math.floor((lowHalf / RESIDENT_FLOOR) * (filter.length >>> 3)) * 8;
}

function bloomMix(key: number): number {
  const high = Math.floor(key / TWO_32);
  const low = (key - high * TWO_32) >>> 0;
  return Math.imul(low ^ (high << 11), 0x9e3779b1) ^ Math.imul(low >>> 16, 0x85ebca6b);
}

/** Sets a key's bits in a Bloom filter (whole blocks of 8 words). */
export function bloomAdd(filter: Uint32Array, key: number): void {
  const block = bloomBlock(filter, key);
  const mix = bloomMix(key);
  for (let i = 0; i < 8; i++) filter[block + i] = (filter[block + i] ?? 0) | (1 << (Math.imul(mix, BLOOM_SALTS[i] ?? 1) >>> 27));
}

/** Whether a key may be in a Bloom filter (false: certainly not). */
export function bloomHas(filter: Uint32Array, key: number): boolean {
  const block = bloomBlock(filter, key);
  const mix = bloomMix(key);
  for (let i = 0; i < 8; i++) if (((filter[block + i] ?? 0) & (1 << (Math.imul(mix, BLOOM_SALTS[i] ?? 1) >>> 27))) === 0) return false;
  return true;
}

/** A typed array as bytes to store (a view, no copy). */
export function bytesOf(array: Float64Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** A stored BLOB as float64s (copied when unaligned). */
export function float64sOf(data: Uint8Array): Float64Array {
  const aligned = data.byteOffset % 8 === 0 ? data : new Uint8Array(data);
  return new Float64Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 8);
}

/** A stored BLOB as uint32s (copied when unaligned). */
export function uint32sOf(data: Uint8Array): Uint32Array {
  const aligned = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}
