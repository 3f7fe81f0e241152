import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';

test('createLexicon: lookup, stop-only keys, longest phrase, stem index', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { rumah: 'hous|home', 'rumah sakit': 'hospit', dan: '', 'kota besar': 'citi|larg' } });
  assert.deepEqual(lexicon.lookup('rumah'), ['hous', 'home']);
  assert.deepEqual(lexicon.lookup('dan'), []);
  assert.equal(lexicon.lookup('mobil'), undefined);
  assert.equal(lexicon.maxPhraseWords, 2);
  assert.equal(lexicon.size, 4);
  // Snowball Indonesian reads "rumahnya" as "rumah".
  assert.deepEqual(lexicon.lookupByStem('rumahnya'), ['hous', 'home']);
});

test('longestPhraseFrom: the longest key starting with a word, 0 for none', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { 'rumah sakit': 'hospit', 'rumah sakit jiwa': 'asylum', rumah: 'hous', 'orang tua': 'parent' } });
  assert.equal(lexicon.longestPhraseFrom('rumah'), 3);
  assert.equal(lexicon.longestPhraseFrom('orang'), 2);
  assert.equal(lexicon.longestPhraseFrom('sakit'), 0);
  assert.equal(lexicon.maxPhraseWords, 3);
});

test('longestPhraseFromPair: the longest key starting with two words, 0 for none', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { 'rumah sakit': 'hospit', 'rumah sakit jiwa': 'asylum', 'rumah makan besar sekali': 'restaur', 'orang tua': 'parent' } });
  assert.equal(lexicon.longestPhraseFromPair('rumah', 'sakit'), 3);
  assert.equal(lexicon.longestPhraseFromPair('rumah', 'makan'), 4);
  assert.equal(lexicon.longestPhraseFromPair('orang', 'tua'), 2);
  assert.equal(lexicon.longestPhraseFromPair('rumah', 'tua'), 0);
  assert.equal(lexicon.longestPhraseFromPair('sakit', 'jiwa'), 0);
});

test('createLexicon: pack lines answer with their first three stems and ignore the votes column', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: 'rumah\thous|home|build|hut\t2,90|1,60|1,30|1,12\ndan\t' });
  assert.deepEqual(lexicon.lookup('rumah'), ['hous', 'home', 'build']);
  assert.deepEqual(lexicon.lookup('dan'), []);
  const fromMap = createLexicon({ version: 1, lang: 'id', entries: new Map([['sungai', 'river']]) });
  assert.deepEqual(fromMap.lookup('sungai'), ['river']);
});
