import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { dutchHeadwordCandidates, readDutchInflection } from './read-dutch-inflection.js';

test('dutchHeadwordCandidates undoes plural, adjective and verb endings with their spelling changes', () => {
  const has = (word: string, headword: string): void => assert.ok(dutchHeadwordCandidates(word).includes(headword), `${word} → ${headword}`);
  has('mannen', 'man'); // doubled consonant
  has('naties', 'natie');
  has('volkeren', 'volk');
  has('slaven', 'slaaf'); // v → f and the long vowel written double
  has('sociale', 'sociaal');
  has('hogere', 'hoog');
  has('grootste', 'groot');
  has('vrijheden', 'vrijheid');
  has('bestaat', 'bestaan');
  has('behoort', 'behoren');
  has('beschermd', 'beschermen');
  has('genoemd', 'noemen'); // participle ge-
  has('gegeven', 'geven');
  has('toegekend', 'toekennen'); // separable particle before ge-
  assert.deepEqual(dutchHeadwordCandidates('of'), [], 'nothing left to strip');
});

test('dutchHeadwordCandidates: a long vowel before an ending that starts with a vowel is tried double first', () => {
  const candidates = dutchHeadwordCandidates('groter');
  assert.ok(candidates.indexOf('groot') < candidates.indexOf('grot'), candidates.join(' '));
  const verb = dutchHeadwordCandidates('stelde');
  assert.ok(verb.indexOf('stellen') < verb.indexOf('stelen'), 'a short vowel doubles the consonant of the infinitive');
});

test('readDutchInflection: the dictionary decides, and the whole word comes before a participle reading', () => {
  const known = new Set(['gelijk', 'lijk', 'gebied', 'bieden']);
  assert.equal(readDutchInflection('gelijke', (k) => known.has(k)), 'gelijk');
  assert.equal(readDutchInflection('gebieden', (k) => known.has(k)), 'gebied');
  assert.equal(readDutchInflection('onbekend', (k) => known.has(k)), undefined);
});

test('projectTokens reads Dutch inflected words and closed compounds through their headwords', () => {
  const lexicon = createLexicon({ version: 1, lang: 'nl', entries: { natie: 'nation', beroep: 'profess', opleiding: 'educ', sociaal: 'social', samen: 'togeth', werking: 'oper' } });
  const stopWords = new Set(['samen']);
  assert.deepEqual(projectTokens(['naties', 'sociale'], 'nl', lexicon, { stopWords }), ['nation', 'social']);
  assert.deepEqual(projectTokens(['beroepsopleiding'], 'nl', lexicon, { stopWords }), ['profess', 'educ']);
  assert.deepEqual(projectTokens(['samenwerking'], 'nl', lexicon, { stopWords }), ['oper'], 'a stop-word modifier adds no stem');
  assert.deepEqual(projectTokens(['beroepsopleiding'], 'de', createLexicon({ version: 1, lang: 'de', entries: { beroep: 'profess', opleiding: 'educ' } }), { stopWords: new Set(), useStemIndex: false }), ['beroepsopleid'], 'German compounds are not split');
});
