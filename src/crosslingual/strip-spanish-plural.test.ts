import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { spanishSingularCandidates, stripSpanishPlural } from './strip-spanish-plural.js';

test('spanishSingularCandidates: -s, -es, -ces → -z, and the accent a singular in -n or -s takes back', () => {
  assert.ok(spanishSingularCandidates('actos').includes('acto'));
  assert.ok(spanishSingularCandidates('mujeres').includes('mujer'));
  assert.ok(spanishSingularCandidates('voces').includes('voz'));
  assert.ok(spanishSingularCandidates('naciones').includes('nación'));
  assert.ok(spanishSingularCandidates('ingleses').includes('inglés'));
  assert.deepEqual(spanishSingularCandidates('libertad'), [], 'not a plural');
});

test('stripSpanishPlural: the dictionary decides which singular is meant', () => {
  const known = new Set(['libertad', 'nación']);
  assert.equal(stripSpanishPlural('libertades', (k) => known.has(k)), 'libertad');
  assert.equal(stripSpanishPlural('naciones', (k) => known.has(k)), 'nación');
  assert.equal(stripSpanishPlural('tesis', (k) => known.has(k)), undefined);
});

test('projectTokens: a Spanish plural is read through its singular headword', () => {
  const lexicon = createLexicon({ version: 1, lang: 'es', entries: { libertad: 'freedom|liberti', mujer: 'woman' } });
  assert.deepEqual(projectTokens(['libertades', 'mujeres'], 'es', lexicon, { stopWords: new Set() }), ['freedom', 'liberti', 'woman']);
});
