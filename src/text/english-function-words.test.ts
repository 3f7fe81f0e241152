import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEnglishFunctionWord } from './english-function-words.js';

test('closed-class words of every category are function words', () => {
  for (const w of ['the', 'those', 'themselves', 'nobody', 'whom', 'beneath', 'despite', 'whereas', 'unless', 'might', 'been', 'hereby', 'somewhat', 'already', 'apart', 'okay', 'etc', 'said']) {
    assert.ok(isEnglishFunctionWord(w), w);
  }
});

test('contractions and single letters are function words, apostrophe-less spellings only when no word of their own', () => {
  for (const w of ["don't", "'ll", "c'mon", 'dont', 'didn', 'theyre', 's', 'x']) assert.ok(isEnglishFunctionWord(w), w);
  for (const w of ['hell', 'shell', 'ill', 'wed', 'shed', 'cant']) assert.equal(isEnglishFunctionWord(w), false, w);
});

test('nouns, lexical verbs and adjectives are not function words', () => {
  for (const w of ['right', 'free', 'work', 'world', 'large', 'make', 'order', 'education', 'three']) assert.equal(isEnglishFunctionWord(w), false, w);
});
