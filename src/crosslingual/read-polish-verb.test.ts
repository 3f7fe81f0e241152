import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { polishImperfectiveCandidates, polishInfinitiveCandidates } from './read-polish-verb.js';
import { polishHeadwordCandidates, readPolishInflection } from './read-polish-inflection.js';

test('polishInfinitiveCandidates undoes conjugations, participles and verbal nouns', () => {
  const has = (word: string, infinitive: string): void => assert.ok(polishInfinitiveCandidates(word).includes(infinitive), `${word} → ${infinitive}`);
  has('używa', 'używać');
  has('wykonuje', 'wykonywać');
  has('powoduje', 'powodować');
  has('dąży', 'dążyć');
  has('dążyły', 'dążyć'); // past
  has('podjęły', 'podjąć'); // ę → ą
  has('używając', 'używać'); // adverbial participle
  has('wyrażony', 'wyrazić'); // ż → z
  has('zakazany', 'zakazać');
  has('ściganie', 'ścigać'); // verbal noun
  has('głoszenie', 'głosić'); // sz → s
  has('podano', 'podać'); // impersonal
  assert.deepEqual(polishInfinitiveCandidates('ma'), [], 'no stem left');
});

test('polishImperfectiveCandidates gives the partner a dictionary lists', () => {
  assert.ok(polishImperfectiveCandidates('zakazać').includes('zakazywać'));
  assert.ok(polishImperfectiveCandidates('obalić').includes('obalać'));
  assert.ok(polishImperfectiveCandidates('wyrazić').includes('wyrażać'));
  assert.ok(polishImperfectiveCandidates('zapewnić').includes('zapewniać'));
});

test('polishHeadwordCandidates reads neuters in -e, the dative -owi and the dropped e of -ek', () => {
  assert.ok(polishHeadwordCandidates('życia').includes('życie'));
  assert.ok(polishHeadwordCandidates('zadaniem').includes('zadanie'));
  assert.ok(polishHeadwordCandidates('zadań').includes('zadanie'));
  assert.ok(polishHeadwordCandidates('uciskowi').includes('ucisk'));
  assert.ok(polishHeadwordCandidates('środków').includes('środek'));
});

test('readPolishInflection reads declined participles and verbal nouns through their verbs', () => {
  const known = new Set(['wyrażać', 'ścigać', 'używać']);
  const read = (word: string): string | undefined => readPolishInflection(word, (w) => known.has(w));
  assert.equal(read('używa'), 'używać');
  assert.equal(read('ścigania'), 'ścigać'); // ścigania → ściganie → ścigać
  assert.equal(read('wyrażoną'), 'wyrażać'); // wyrażoną → wyrażony → wyrazić → wyrażać
});

test('projectTokens reads Polish verb forms', () => {
  const lexicon = createLexicon({ version: 1, lang: 'pl', entries: { używać: 'us', wykonywać: 'perform', życie: 'life' } });
  assert.deepEqual(projectTokens(['używa', 'wykonuje', 'życia'], 'pl', lexicon, { stopWords: new Set(), useStemIndex: false }), ['us', 'perform', 'life']);
});
