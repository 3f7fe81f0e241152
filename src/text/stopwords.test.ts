import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStopword, stopwordsFor } from './stopwords.js';

test('function words are stop words in English and Indonesian', () => {
  for (const w of ['the', 'and', 'said', 'of']) assert.ok(isStopword(w, 'en'), w);
  for (const w of ['yang', 'dan', 'mengatakan', 'di']) assert.ok(isStopword(w, 'id'), w);
});

test('content words the raw lists drop are kept as content', () => {
  for (const w of ['million', 'three', 'new', 'world', 'state', 'fire', 'year']) assert.equal(isStopword(w, 'en'), false, w);
  for (const w of ['baru', 'tahun', 'tiga']) assert.equal(isStopword(w, 'id'), false, w);
});

test('digit entries of the raw lists are not stop words', () => {
  assert.equal(isStopword('10', 'en'), false);
});

test('every supported language has a list; und combines en and id', () => {
  for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar', 'tr'] as const) assert.ok(stopwordsFor(lang).size > 100, lang);
  assert.ok(isStopword('the', 'und') && isStopword('yang', 'und'));
});
