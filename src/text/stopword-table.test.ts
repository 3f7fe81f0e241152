import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashRange } from '../sketch/hash.js';
import { RangeTable } from './stopword-table.js';

function find(table: RangeTable, text: string, start: number, end: number): number {
  return table.find(text, start, end, hashRange(text, start, end));
}

test('a range table finds a word by its range of a text, not a longer or shorter one', () => {
  const table = new RangeTable();
  const the = table.set('the', 1);
  const them = table.set('them', 2);
  const text = 'of them, the theme';
  assert.equal(find(table, text, 3, 7), them);
  assert.equal(find(table, text, 3, 6), the);
  assert.equal(find(table, text, 9, 12), the);
  assert.equal(find(table, text, 13, 18), -1, '"theme" is not held');
  assert.equal(find(table, text, 0, 2), -1);
  assert.deepEqual([table.values[the], table.values[them]], [1, 2]);
});

test('a range table combines the values of a word set twice, and keeps every word as it grows', () => {
  const table = new RangeTable();
  const words = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}`);
  for (const [i, w] of words.entries()) table.set(w, 1 << (i % 12), (old, v) => old | v);
  const again = table.set('w0', 2, (old, v) => old | v);
  assert.equal(table.size, 500);
  assert.equal(table.values[again], 3);
  for (const [i, w] of words.entries()) {
    const text = ` ${w} `;
    assert.equal(table.words[find(table, text, 1, 1 + w.length)], w, `word ${i}`);
  }
});
