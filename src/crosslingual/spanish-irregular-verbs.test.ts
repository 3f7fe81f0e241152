import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { spanishIrregularCandidates } from './spanish-irregular-verbs.js';

test('irregular stems of the future, subjunctive and preterite lead to their infinitive, prefix kept', () => {
  const has = (word: string, infinitive: string): void => assert.ok(spanishIrregularCandidates(word).includes(infinitive), `${word} → ${infinitive}`);
  has('hará', 'hacer');
  has('hagan', 'hacer');
  has('hicieron', 'hacer');
  has('vea', 'ver');
  has('mantendrá', 'mantener');
  has('propuso', 'proponer');
  has('produjo', 'producir');
  has('produzca', 'producir');
  has('va', 'ir');
  assert.deepEqual(spanishIrregularCandidates('nuevo'), []);
  assert.deepEqual(spanishIrregularCandidates('casa'), []);
});

test('a conjugated irregular verb takes the reading of its infinitive', () => {
  const lexicon = createLexicon({ version: 1, lang: 'es', entries: { hacer: 'make|do', ver: 'see', ir: 'go', mantener: 'maintain|keep' } });
  const read = (word: string): string[] => projectTokens([word], 'es', lexicon, { keepUnknown: false });
  assert.deepEqual(read('hagan'), ['make', 'do']);
  assert.deepEqual(read('vea'), ['see']);
  assert.deepEqual(read('va'), ['go']);
  assert.deepEqual(read('mantendrá'), ['maintain', 'keep']);
});
