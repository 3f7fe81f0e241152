import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cloughPart, fnv1a, hashPart, indonesianPart, semevalPart } from './split.js';

test('FNV-1a matches its published test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('the split is fixed: known keys land where they always did', () => {
  // Pinned so that a change of salt or hash (which would leak tuning items into the test set) fails here.
  const parts = ['suspicious-document00001.txt', 'suspicious-document00002.txt', 'suspicious-document00003.txt'].map(indonesianPart);
  assert.deepEqual(parts, parts.map((_, i) => indonesianPart(`suspicious-document0000${i + 1}.txt`)));
  assert.deepEqual([cloughPart('a'), cloughPart('b'), cloughPart('c'), cloughPart('d'), cloughPart('e')], ['tune', 'tune', 'test', 'test', 'test']);
});

test('the hash split is roughly half and half', () => {
  const parts = Array.from({ length: 2000 }, (_, i) => hashPart(`item-${i}`));
  const tune = parts.filter((p) => p === 'tune').length;
  assert.ok(tune > 900 && tune < 1100, `tune ${tune}`);
});

test('an HFL pair machine-translated into another language stays with its source pair', () => {
  assert.equal(semevalPart('1556488279_1573093212fr'), semevalPart('1556488279_1573093212'));
  assert.equal(semevalPart('1484039360it_1484180228it'), semevalPart('1484039360_1484180228'));
});
