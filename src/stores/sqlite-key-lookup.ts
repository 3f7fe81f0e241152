/**
 * A lookup of index keys by their hashes (sqlite-key-hash.ts), answered in columns as
 * `Store.lookupPostings` promises. The hashes are deduplicated as numbers in a kept typed array,
 * and the ordinals found are deduplicated the same way, so each document's id is read once however
 * many of the keys list it: no string is sorted, and no object or string is allocated a key.
 */
import type { KeyPostings } from './key-postings.js';

/** What the distinct hashes found: hash `j`'s count (0: absent) and its ordinals at `ordinals[from[j] .. to[j])`. */
export interface HashRows {
  counts: ArrayLike<number>;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  ordinals: Uint32Array;
  /** Ordinals written (`ordinals` may be longer). */
  used: number;
}

/** Room for the hashes of a lookup's keys and their sorted copy, kept between calls (grown as needed). */
let room = new Float64Array(512);
/** Room for the distinct ordinals of a lookup, kept between calls (grown as needed). */
let ordinalRoom = new Uint32Array(1024);

/** Index of `value` in the ascending `sorted[0 .. length)`, or -1. */
function indexOf(sorted: ArrayLike<number>, length: number, value: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] ?? 0;
    if (at < value) lo = mid + 1;
    else if (at > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Looks keys up by their hashes. Keys whose hashes collide share one answer (the hash's).
 * @param keys keys to look up, in any order, repeats allowed
 * @param hash a key's hash (a finite number; equal keys give equal hashes)
 * @param rowsOf what the distinct hashes, given in ascending order, found
 * @param idsOf the ids of the first `length` ordinals (distinct, ascending), or undefined when
 *   the lookup must be given up (passed on)
 * @returns the columns (see {@link KeyPostings}); undefined when `idsOf` returned undefined
 */
export function lookupByHash(
  keys: readonly string[],
  hash: (key: string) => number,
  rowsOf: (hashes: readonly number[]) => HashRows,
  idsOf: (ordinals: Uint32Array, length: number) => readonly string[] | undefined,
): KeyPostings | undefined {
  const n = keys.length;
  if (room.length < 2 * n) room = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) room[i] = hash(keys[i] ?? '');
  const sorted = room.subarray(n, 2 * n);
  sorted.set(room.subarray(0, n));
  sorted.sort();
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = sorted[i] ?? 0;
    if (i === 0 || value !== sorted[i - 1]) distinct.push(value);
  }
  const rows = rowsOf(distinct);
  const counts = new Float64Array(n);
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = indexOf(distinct, distinct.length, room[i] ?? 0);
    counts[i] = rows.counts[at] ?? 0;
    from[i] = rows.from[at] ?? 0;
    to[i] = rows.to[at] ?? 0;
  }
  // Each document once, whatever number of keys list it: its id is read (and kept) once.
  const used = rows.used;
  if (ordinalRoom.length < used) ordinalRoom = new Uint32Array(2 * used);
  const unique = ordinalRoom.subarray(0, used);
  unique.set(rows.ordinals.subarray(0, used));
  unique.sort();
  let m = 0;
  for (let p = 0; p < used; p++) {
    const ordinal = unique[p] ?? 0;
    if (m === 0 || ordinal !== unique[m - 1]) unique[m++] = ordinal;
  }
  const ids = idsOf(unique, m);
  if (ids === undefined) return undefined;
  const docs = new Uint32Array(used);
  for (let p = 0; p < used; p++) docs[p] = indexOf(unique, m, rows.ordinals[p] ?? 0);
  return { counts, from, to, docs, ids };
}
