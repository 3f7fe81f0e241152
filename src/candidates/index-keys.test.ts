import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenKeys } from './index-keys.js';

// A seeded generator: the same lists on every run.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ['a', 'b', 'f', 't', ':', '0', '9', 'z', 'é', 'ß', 'İ', '日', '\u{1F600}'];

function keysOf(random: () => number, n: number, prefix: string): string[] {
  return Array.from({ length: n }, () => prefix + Array.from({ length: 1 + Math.floor(random() * 6) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)] ?? '').join(''));
}

test('flattenKeys gives the one sorted list of all keys, sorted terms or not', () => {
  const random = lcg(6);
  for (let round = 0; round < 300; round++) {
    const bands = keysOf(random, Math.floor(random() * 20), 'b');
    const fingerprints = keysOf(random, Math.floor(random() * 30), 'f:');
    const terms = [...keysOf(random, Math.floor(random() * 40), 't:'), ...keysOf(random, Math.floor(random() * 10), 'a:'), ...keysOf(random, 3, '')];
    if (round % 2 === 0) terms.sort();
    const expected = [...bands, ...fingerprints, ...terms].sort();
    assert.deepEqual(flattenKeys({ bands, fingerprints, terms }), expected);
  }
});
