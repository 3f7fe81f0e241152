import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { polishHeadwordCandidates, readPolishInflection } from './read-polish-inflection.js';

test('polishHeadwordCandidates undoes case endings with their stem changes', () => {
  const has = (word: string, headword: string): void => assert.ok(polishHeadwordCandidates(word).includes(headword), `${word} → ${headword}`);
  has('praw', 'prawo'); // genitive plural, no ending
  has('prawa', 'prawo');
  has('narodów', 'naród'); // o → ó
  has('pokoju', 'pokój');
  has('osób', 'osoba'); // ó → o, no ending
  has('osobie', 'osoba');
  has('prawnej', 'prawny');
  has('innego', 'inny');
  has('takiego', 'taki');
  has('pamięci', 'pamięć'); // soft consonant
  has('kolorze', 'kolor'); // locative rz → r
  has('drodze', 'droga'); // locative dz → g
  has('grupami', 'grupa');
  assert.deepEqual(polishHeadwordCandidates('w'), [], 'nothing left to strip');
});

test('readPolishInflection takes the first candidate the dictionary reads', () => {
  const known = new Set(['prawo', 'prawy']);
  assert.equal(readPolishInflection('prawa', (w) => known.has(w)), 'prawo');
  assert.equal(readPolishInflection('xyzzy', (w) => known.has(w)), undefined);
});

test('projectTokens reads Polish declined words through their headwords', () => {
  const lexicon = createLexicon({ version: 1, lang: 'pl', entries: { prawo: 'law|right', naród: 'nation', osoba: 'person' } });
  assert.deepEqual(projectTokens(['praw', 'narodów', 'osobie'], 'pl', lexicon, { stopWords: new Set() }), ['law', 'right', 'nation', 'person']);
  assert.deepEqual(projectTokens(['narodów'], 'cs', createLexicon({ version: 1, lang: 'cs', entries: { naród: 'nation' } }), { stopWords: new Set(), useStemIndex: false }), ['narodów'], 'only Polish is read this way');
});
