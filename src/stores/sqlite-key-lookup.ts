/**
 * A lookup of index keys by their hashes (sqlite-key-hash.ts), answered as `Store.lookupKeys`
 * promises: found keys in `compareIds` order, each once, with its ids sorted. The hashes are
 * deduplicated as numbers in a kept typed array, and only the keys that were found are sorted as
 * strings: a new document's sketch keys (≈ 108, in no order, nearly all absent) cost no string
 * sort at all, where sorting them all first took ≈ 10–25 µs of a ≈ 50 µs lookup at 1M documents.
 */
import { ascendingUnique, compareIds } from './compare-ids.js';

/** What one hash found: its count and, within the lookup's limit, its ids in any order (else `[]`). */
export interface HashAnswer {
  count: number;
  ids: string[];
}

/** Room for the hashes of a lookup's keys and their sorted copy, kept between calls (grown as needed). */
let room = new Float64Array(512);

/** Index of `value` in the ascending `sorted`, or -1. */
function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] ?? 0;
    if (at < value) lo = mid + 1;
    else if (at > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Lists up to this long are sorted in place by insertion; `Array.prototype.sort` allocates a work array each call. */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts ids with `compareIds`, in place: a key's ids are mostly one to a few, and a lookup sorts
 * ≈ 100 such lists.
 */
export function sortIds(ids: string[]): void {
  if (ids.length > INSERTION_SORT_MAX) {
    ids.sort(compareIds);
    return;
  }
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i] ?? '';
    let j = i - 1;
    for (; j >= 0 && compareIds(ids[j] ?? '', id) > 0; j--) ids[j + 1] = ids[j] ?? '';
    ids[j + 1] = id;
  }
}

/**
 * Looks keys up by their hashes. Keys whose hashes collide share one answer (the hash's): the
 * first of them in `compareIds` order gets its ids list, the others a copy.
 * @param keys keys to look up, in any order; duplicates are answered once
 * @param hash a key's hash (a finite number; equal keys give equal hashes)
 * @param answer the answers of distinct hashes, given in ascending order: one per hash, undefined
 *   for a hash that found nothing; or undefined when the lookup must be given up (passed on).
 *   Answers become the returned values (their ids sorted in place), so each must be a new object.
 * @returns found keys in `compareIds` order, each with its count and its ids sorted with
 *   `compareIds`; undefined when `answer` returned undefined
 */
export function lookupByHash(
  keys: readonly string[],
  hash: (key: string) => number,
  answer: (hashes: readonly number[]) => readonly (HashAnswer | undefined)[] | undefined,
): Map<string, HashAnswer> | undefined {
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
  const answers = answer(distinct);
  if (answers === undefined) return undefined;
  // The keys that found something, in the order asked, and their hashes' places.
  const foundKeys: string[] = [];
  const foundAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = indexOf(distinct, room[i] ?? 0);
    if (answers[at] === undefined) continue;
    foundKeys.push(keys[i] ?? '');
    foundAt.push(at);
  }
  const found = new Map<string, HashAnswer>();
  if (foundKeys.length === 0) return found;
  // Stored documents' keys come sorted: then so are the found ones, and their places stand.
  const ordered = ascendingUnique(foundKeys);
  const given = ordered === foundKeys && distinct.length === n ? undefined : new Uint8Array(distinct.length);
  ordered.forEach((key, j) => {
    const at = ordered === foundKeys ? (foundAt[j] ?? -1) : indexOf(distinct, hash(key));
    const row = answers[at];
    if (row === undefined) return;
    if (given === undefined || given[at] === 0) {
      // Sorted once, and the answer itself given to the first key of the hash; a colliding key gets a copy.
      if (given !== undefined) given[at] = 1;
      sortIds(row.ids);
      found.set(key, row);
    } else found.set(key, { count: row.count, ids: [...row.ids] });
  });
  return found;
}
