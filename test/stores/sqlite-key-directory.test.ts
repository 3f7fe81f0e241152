import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESIDENT_FLOOR } from '../../src/stores/sqlite-key-hash.js';
import { findKey, keyDirectory } from '../../src/stores/sqlite-key-directory.js';

// A seeded generator: the same lists on every run.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` distinct integer keys below 2^53, some clustered, some resident, sorted. */
function keysOf(random: () => number, n: number): Float64Array {
  const keys = new Set<number>();
  while (keys.size < n) {
    const kind = random();
    if (kind < 0.6) keys.add(Math.floor(random() * RESIDENT_FLOOR));
    else if (kind < 0.8) keys.add(Math.floor(random() * 1000) + (kind < 0.7 ? 0 : RESIDENT_FLOOR - 1000));
    else keys.add(RESIDENT_FLOOR + Math.floor(random() * RESIDENT_FLOOR));
  }
  return Float64Array.from([...keys].sort((a, b) => a - b));
}

describe('key directory', () => {
  it('finds every listed key at its index and no other key, clusters and resident keys included', () => {
    const random = lcg(11);
    for (const n of [0, 1, 2, 7, 8, 9, 100, 5000]) {
      const keys = keysOf(random, n);
      const directory = keyDirectory(keys);
      keys.forEach((key, i) => assert.equal(findKey(keys, directory, key), i, `n ${n}, key ${key}`));
      const listed = new Set(keys);
      for (let probe = 0; probe < 2000; probe++) {
        const base = keys[Math.floor(random() * keys.length)] ?? Math.floor(random() * 2 ** 53);
        for (const key of [base - 1, base + 1, Math.floor(random() * 2 ** 53), 0, RESIDENT_FLOOR - 1, RESIDENT_FLOOR, 2 ** 53 - 1]) {
          if (key < 0 || listed.has(key)) continue;
          assert.equal(findKey(keys, directory, key), -1, `n ${n}, absent key ${key}`);
        }
      }
    }
  });

  it('keeps about eight keys a bucket below the floor', () => {
    const keys = keysOf(lcg(3), 4000);
    const below = keys.filter((key) => key < RESIDENT_FLOOR).length;
    assert.equal(keyDirectory(keys).starts.length - 1, Math.ceil(below / 8));
  });
});
