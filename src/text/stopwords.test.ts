import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isStopword, stopwordsFor, wideStopwordsFor } from './stopwords.js';

const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso/stopwords-iso.json') as Record<string, readonly string[] | undefined>;

test('function words are stop words in English and Indonesian', () => {
  for (const w of ['the', 'and', 'said', 'of', 'which', 'everyone', 'would', "don't", 'very', 'already']) assert.ok(isStopword(w, 'en'), w);
  for (const w of ['yang', 'dan', 'mengatakan', 'di']) assert.ok(isStopword(w, 'id'), w);
});

test('open-class words of the search-engine list are content in English', () => {
  for (const w of ['right', 'free', 'work', 'place', 'order', 'large', 'present', 'interest', 'point', 'make', 'important']) {
    assert.equal(isStopword(w, 'en'), false, w);
    assert.ok(wideStopwordsFor('en').has(w), `${w} stays in the detection list`);
  }
});

test('content words the raw lists drop are kept as content', () => {
  for (const w of ['million', 'three', 'new', 'world', 'state', 'fire', 'year']) assert.equal(isStopword(w, 'en'), false, w);
  for (const w of ['baru', 'tahun', 'tiga']) assert.equal(isStopword(w, 'id'), false, w);
});

test('the English stop list only narrows stopwords-iso, and the other languages keep their lists', () => {
  const iso = new Set(ISO.en ?? []);
  for (const w of stopwordsFor('en')) assert.ok(iso.has(w), w);
  assert.ok(stopwordsFor('en').size < wideStopwordsFor('en').size / 2);
  for (const lang of ['id', 'de', 'ar'] as const) assert.deepEqual([...stopwordsFor(lang)], [...wideStopwordsFor(lang)], lang);
});

test('language detection reads stopwords-iso minus the kept content words, as before', () => {
  const detection = wideStopwordsFor('en');
  for (const w of ['right', 'free', 'work', 'the', 'said']) assert.ok(detection.has(w), w);
  for (const w of ['three', 'world', '10']) assert.equal(detection.has(w), false, w);
});

test('digit entries of the raw lists are not stop words', () => {
  assert.equal(isStopword('10', 'en'), false);
});

test('every supported language has a list; und combines en and id', () => {
  for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar', 'tr'] as const) assert.ok(stopwordsFor(lang).size > 100, lang);
  assert.ok(isStopword('the', 'und') && isStopword('yang', 'und'));
  assert.equal(isStopword('right', 'und'), false);
});
