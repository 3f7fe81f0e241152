import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { readSpanishVerb, spanishBaseCandidates, spanishInfinitiveCandidates } from './read-spanish-verb.js';
import { spanishSingularCandidates } from './strip-spanish-plural.js';

test('spanishInfinitiveCandidates undoes conjugations with their stem changes', () => {
  const has = (word: string, infinitive: string): void => assert.ok(spanishInfinitiveCandidates(word).includes(infinitive), `${word} → ${infinitive}`);
  has('usando', 'usar');
  has('usan', 'usar');
  has('utilice', 'utilizar'); // c → z before e
  has('contiene', 'contener'); // ie → e
  has('devuelve', 'devolver'); // ue → o
  has('sigue', 'seguir'); // i → e, the u of gu silent
  has('establezca', 'establecer'); // zc → c
  has('promuevan', 'promover'); // subjunctive of an -er verb
  has('garantizará', 'garantizar');
  has('protegidos', 'proteger');
  assert.deepEqual(spanishInfinitiveCandidates('va'), [], 'no stem left');
});

test('spanishBaseCandidates reads feminines, adverbs and attached pronouns', () => {
  assert.ok(spanishBaseCandidates('privada').includes('privado'));
  assert.ok(spanishBaseCandidates('plenamente').includes('pleno'));
  assert.ok(spanishBaseCandidates('libremente').includes('libre'));
  assert.ok(spanishBaseCandidates('dedicarse').includes('dedicar'));
  assert.ok(spanishBaseCandidates('haciéndolo').includes('hacer'));
});

test('spanishSingularCandidates drops the accent a plural writes (imágenes → imagen)', () => {
  assert.ok(spanishSingularCandidates('imágenes').includes('imagen'));
  assert.ok(spanishSingularCandidates('jóvenes').includes('joven'));
});

test('readSpanishVerb takes the first candidate the dictionary reads', () => {
  const known = new Set(['usar', 'contener']);
  assert.equal(readSpanishVerb('usando', (w) => known.has(w)), 'usar');
  assert.equal(readSpanishVerb('contiene', (w) => known.has(w)), 'contener');
  assert.equal(readSpanishVerb('xyzzy', (w) => known.has(w)), undefined);
});

test('projectTokens reads Spanish conjugated and feminine forms through their base forms', () => {
  const lexicon = createLexicon({ version: 1, lang: 'es', entries: { usar: 'us', contener: 'contain', privado: 'privat', imagen: 'imag' } });
  const options = { stopWords: new Set<string>(), useStemIndex: false };
  assert.deepEqual(projectTokens(['usando', 'contiene', 'privada', 'imágenes'], 'es', lexicon, options), ['us', 'contain', 'privat', 'imag']);
});

test('an imperative with its pronoun and a noun of action read as their verb', () => {
  const lexicon = createLexicon({ version: 1, lang: 'es', entries: { asegurar: 'ensur', instalar: 'instal', compartir: 'share' } });
  const read = (word: string): string[] => projectTokens([word], 'es', lexicon, { keepUnknown: false });
  assert.deepEqual(read('asegúrese'), ['ensur']);
  assert.deepEqual(read('instálelos'), ['instal']);
  assert.deepEqual(read('compartición'), ['share']);
  assert.deepEqual(read('canción'), []);
});
