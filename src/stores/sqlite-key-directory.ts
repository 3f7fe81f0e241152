/**
 * A directory over a sorted list of key hashes (a run's frequent keys, sqlite-runs.ts), so that
 * finding a key reads two directory cells and about one cache line of keys instead of a binary
 * search's ≈ 20 scattered reads: at 1M documents the deepest run's list holds ≈ 3M keys (24 MB),
 * and a term lookup searched it, and every other run's, for each of ≈ 170 keys (most of its
 * CPU: ≈ 2 ms a query). Hashes below `RESIDENT_FLOOR` are uniform, so a bucket of the range
 * holds ≈ {@link KEYS_PER_BUCKET} keys; keys at or above the floor (old runs kept resident keys'
 * counts) are found by a binary search. Pure.
 */
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import { lowerBound } from './sqlite-run-format.js';

/** Keys per bucket on average: eight float64s are one cache line. */
const KEYS_PER_BUCKET = 8;

/** Where each bucket's keys start, and how keys map to buckets. */
export interface KeyDirectory {
  /** `starts[b]`: the first index whose key is in bucket b or later; one more cell at the end. */
  starts: Uint32Array;
  /** Buckets per unit of key (`buckets / RESIDENT_FLOOR`). */
  scale: number;
}

/** A key's bucket: monotone in the key, so a bucket's keys are contiguous in a sorted list. */
function bucketOf(key: number, scale: number, last: number): number {
  return Math.min(last, Math.floor(key * scale));
}

/**
 * The directory of a sorted list of key hashes (≈ 0.5 byte a key).
 * @param keys ascending
 */
export function keyDirectory(keys: Float64Array): KeyDirectory {
  const below = lowerBound(keys, RESIDENT_FLOOR);
  const buckets = Math.max(1, Math.ceil(below / KEYS_PER_BUCKET));
  const scale = buckets / RESIDENT_FLOOR;
  const starts = new Uint32Array(buckets + 1);
  let b = 0;
  for (let i = 0; i < below; i++) {
    const bucket = bucketOf(keys[i] ?? 0, scale, buckets - 1);
    while (b <= bucket) starts[b++] = i;
  }
  while (b <= buckets) starts[b++] = below;
  return { starts, scale };
}

/**
 * The index of `key` in the sorted list the directory was made from, or -1.
 * @param keys the list
 * @param directory its {@link keyDirectory}
 */
export function findKey(keys: Float64Array, directory: KeyDirectory, key: number): number {
  let at: number;
  if (key >= RESIDENT_FLOOR) at = lowerBound(keys, key, directory.starts[directory.starts.length - 1] ?? 0);
  else {
    const b = bucketOf(key, directory.scale, directory.starts.length - 2);
    const end = directory.starts[b + 1] ?? 0;
    at = directory.starts[b] ?? 0;
    while (at < end && (keys[at] ?? 0) < key) at++;
  }
  return keys[at] === key ? at : -1;
}
