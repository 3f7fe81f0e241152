import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESIDENT_FLOOR } from '../../src/stores/sqlite-key-hash.js';
import { residentRange, type ResidentPairs } from '../../src/stores/sqlite-resident.js';

/** Resident pairs from (key, ordinal) pairs, sorted as a run holds them. */
function pairsOf(list: [number, number][]): ResidentPairs {
  const sorted = [...list].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { keys: Float64Array.from(sorted, (p) => p[0]), docs: Uint32Array.from(sorted, (p) => p[1]) };
}

/** The range a plain scan finds. */
function scanRange(pairs: ResidentPairs, key: number): [number, number] {
  let first = 0;
  while (first < pairs.keys.length && (pairs.keys[first] ?? 0) < key) first++;
  let end = first;
  while (end < pairs.keys.length && pairs.keys[end] === key) end++;
  return [first, end];
}

describe('residentRange', () => {
  it('finds every key of uniform hashes, hot keys of thousands of pairs, and absent keys, as a scan does', () => {
    // Deterministic uniform keys over the resident half, a few of them hot.
    const list: [number, number][] = [];
    let x = 12345;
    const next = (): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x;
    };
    for (let i = 0; i < 20000; i++) list.push([RESIDENT_FLOOR + next() * 2 ** 20 + (next() >>> 12), i]);
    const hot = [RESIDENT_FLOOR + 3, RESIDENT_FLOOR + 2 ** 51, 2 ** 53 - 1];
    hot.forEach((key, h) => {
      for (let i = 0; i < 3000 * (h + 1); i++) list.push([key, 100000 + i]);
    });
    const pairs = pairsOf(list);
    const asked = [...list.filter((_, i) => i % 97 === 0).map((p) => p[0]), ...hot, RESIDENT_FLOOR, RESIDENT_FLOOR + 1, 2 ** 53 - 2, RESIDENT_FLOOR + 2 ** 40 + 7];
    for (const key of asked) assert.deepEqual(residentRange(pairs, key), scanRange(pairs, key), `key ${key}`);
  });

  it('falls back to the whole array when the guess is far off (keys not uniform)', () => {
    // Every key crowded at the bottom of the range: the guess for the top key lands past them.
    const pairs = pairsOf(Array.from({ length: 5000 }, (_, i) => [RESIDENT_FLOOR + i * 7, i] as [number, number]));
    for (const key of [RESIDENT_FLOOR, RESIDENT_FLOOR + 7 * 4999, RESIDENT_FLOOR + 7 * 2500, RESIDENT_FLOOR + 8, 2 ** 53 - 1]) {
      assert.deepEqual(residentRange(pairs, key), scanRange(pairs, key), `key ${key}`);
    }
    assert.deepEqual(residentRange(pairsOf([]), RESIDENT_FLOOR), [0, 0]);
  });
});
