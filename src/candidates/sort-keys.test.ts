import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortKeys } from './sort-keys.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Few letters, so that many strings share their first two code units (the runs sorted whole),
// and code units at both ends of the range, a surrogate pair among them.
const ALPHABET = ['', 'a', 'b', 't', ':', '0', 'é', 'İ', '日', '\u{1F600}', '\uffff', '\u0000'];

function stringsOf(random: () => number, n: number, prefix: string): string[] {
  return Array.from({ length: n }, () => prefix + Array.from({ length: Math.floor(random() * 5) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)] ?? '').join(''));
}

test('sortKeys sorts as Array.prototype.sort() does, repeats and empty strings included', () => {
  const random = lcg(11);
  for (let round = 0; round < 500; round++) {
    const list = stringsOf(random, Math.floor(random() * 60), '');
    assert.deepEqual(sortKeys([...list]), [...list].sort(), `round ${round}`);
  }
});

test('sortKeys skips a shared prefix, and sorts a list that does not share it all the same', () => {
  const random = lcg(12);
  for (let round = 0; round < 300; round++) {
    const shared = stringsOf(random, Math.floor(random() * 60), 't:');
    assert.deepEqual(sortKeys([...shared], 2), [...shared].sort(), `shared, round ${round}`);
    // One key without the prefix, or shorter than it: the packed code units would misplace it.
    const mixed = [...shared, round % 2 === 0 ? 'a:x' : 't'];
    assert.deepEqual(sortKeys([...mixed], 2), [...mixed].sort(), `mixed, round ${round}`);
  }
});
