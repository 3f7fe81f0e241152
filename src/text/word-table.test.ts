import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newWordKey, WORD_TABLE_MAX_CHARS, WORD_TABLE_MAX_NUMBER, WordTable } from './word-table.js';

test('a word table finds exactly the words put in it, among many', () => {
  const table = new WordTable(5000);
  const key = newWordKey();
  const words = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919).toString(36)}`);
  for (const [i, w] of words.entries()) {
    assert.equal(WordTable.key(w, key), true);
    assert.equal(table.find(key), -1, w);
    assert.equal(table.add(key, i), true);
  }
  assert.equal(table.size, 5000);
  for (const [i, w] of words.entries()) {
    WordTable.key(w, key);
    assert.equal(table.find(key), i, w);
  }
  WordTable.key('w-not-there', key);
  assert.equal(table.find(key), -1);
  assert.equal(table.add(key, 1), false, 'a full table refuses');
});

test('words that pack alike are told apart by their length and every character', () => {
  const table = new WordTable(8);
  const key = newWordKey();
  const words = ['a', 'a\u0000', 'a\u0000\u0000\u0000\u0000', 'abcd', 'abce', 'ébcd', 'x'.repeat(WORD_TABLE_MAX_CHARS), `${'x'.repeat(WORD_TABLE_MAX_CHARS - 1)}y`];
  for (const [i, w] of words.entries()) {
    assert.equal(WordTable.key(w, key), true, JSON.stringify(w));
    table.add(key, i);
  }
  for (const [i, w] of words.entries()) {
    WordTable.key(w, key);
    assert.equal(table.find(key), i, JSON.stringify(w));
  }
});

test('long words, empty words and characters above U+00FF are not held', () => {
  const key = newWordKey();
  assert.equal(WordTable.key('x'.repeat(WORD_TABLE_MAX_CHARS + 1), key), false);
  assert.equal(WordTable.key('', key), false);
  assert.equal(WordTable.key('łódź', key), false);
  assert.equal(WordTable.key('straße', key), true, 'ß is Latin-1');
});

test('a table grows as words come and keeps every word and number across its growth', () => {
  const table = new WordTable(100_000);
  const key = newWordKey();
  for (let i = 0; i < 3000; i++) {
    WordTable.key(`g${i}`, key);
    table.add(key, i === 2999 ? WORD_TABLE_MAX_NUMBER : i);
  }
  for (let i = 0; i < 3000; i++) {
    WordTable.key(`g${i}`, key);
    assert.equal(table.find(key), i === 2999 ? WORD_TABLE_MAX_NUMBER : i);
  }
  WordTable.key('g3000', key);
  assert.equal(table.find(key), -1);
});
