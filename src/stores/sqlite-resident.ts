/**
 * Resident postings (schema v8): the pairs of resident keys (LSH band keys, see
 * `isResidentKey`) hash at or above `RESIDENT_FLOOR`, so they are the tail of every sorted run.
 * A connection reads a run's tail once, decoded into two typed arrays (12 bytes a pair, ≈ 384
 * bytes a document for 32 band keys), and answers resident keys from them: a band lookup reads
 * no block. The tail is read again only when the run changes (a removal bumps its generation).
 */
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import { decodeBlock, lowerBound } from './sqlite-run-format.js';
import type { LoadedRun, RunTables } from './sqlite-runs.js';

/** A run's resident pairs, sorted by key, then ordinal. */
export interface ResidentPairs {
  keys: Float64Array;
  docs: Uint32Array;
}

/**
 * Reads and decodes the resident pairs of a run: the blocks from the last one starting below
 * the floor (it may hold the first resident pairs) to the run's end.
 */
export function loadResident(tables: RunTables, run: LoadedRun): ResidentPairs {
  const from = Math.max(0, lowerBound(run.fences, RESIDENT_FLOOR) - 1);
  if (run.blocks === 0 || from >= run.blocks) return { keys: new Float64Array(0), docs: new Uint32Array(0) };
  const blocks = tables.readBlockRange(run.firstBlock + from, run.firstBlock + run.blocks - 1).map(decodeBlock);
  let total = 0;
  const starts = blocks.map((pairs) => {
    const start = lowerBound(pairs.keys, RESIDENT_FLOOR);
    total += pairs.keys.length - start;
    return start;
  });
  const keys = new Float64Array(total);
  const docs = new Uint32Array(total);
  let at = 0;
  blocks.forEach((pairs, i) => {
    const start = starts[i] ?? 0;
    keys.set(pairs.keys.subarray(start), at);
    docs.set(pairs.docs.subarray(start), at);
    at += pairs.keys.length - start;
  });
  return { keys, docs };
}

/**
 * Where `key`'s pairs are in a run's resident pairs: `[first, end)`, empty when absent.
 * Resident hashes are uniform over [2^52, 2^53), so the key's place is guessed from its value
 * and searched in a window of a few standard deviations around the guess (a few cache lines
 * instead of a binary search's ≈ 25 misses over tens of megabytes), the whole array when the
 * window is wrong.
 */
export function residentRange(pairs: ResidentPairs, key: number): [number, number] {
  const { keys } = pairs;
  const n = keys.length;
  if (n === 0) return [0, 0];
  const guess = Math.min(n, Math.max(0, Math.floor(((key - RESIDENT_FLOOR) / RESIDENT_FLOOR) * n)));
  const slack = 4 * Math.ceil(Math.sqrt(n)) + 16;
  let lo = Math.max(0, guess - slack);
  let hi = Math.min(n, guess + slack);
  // The window holds the lower bound when the pair before it is below the key and its last is not.
  if (!((lo === 0 || (keys[lo - 1] ?? 0) < key) && (hi === n || (keys[hi - 1] ?? 0) >= key))) {
    lo = 0;
    hi = n;
  }
  const first = lowerBound(keys, key, lo, hi);
  if (first === n || keys[first] !== key) return [first, first];
  // Galloping past the key's pairs: a hot band key may have thousands.
  let last = first;
  let step = 1;
  while (last + step < n && keys[last + step] === key) {
    last += step;
    step *= 2;
  }
  return [first, lowerBound(keys, key + 1, last + 1, Math.min(n, last + step))];
}
