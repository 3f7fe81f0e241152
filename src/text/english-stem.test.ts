import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentEnglishStem, englishStem } from './english-stem.js';
import { stemmerFor } from './stem.js';
import { createLexicon } from '../crosslingual/lexicon.js';
import { decodeVotes } from '../crosslingual/lexicon-pack.js';
import type { VoteTable } from '../crosslingual/stem-votes.js';

test('irregular plurals share the stem of their singular', () => {
  const stem = stemmerFor('en');
  for (const [plural, singular] of [['women', 'woman'], ['men', 'man'], ['children', 'child'], ['feet', 'foot'], ['spokesmen', 'spokesman'], ['businesswomen', 'businesswoman'], ['crises', 'crisis']]) {
    assert.equal(stem(plural ?? ''), stem(singular ?? ''), plural);
  }
});

test('singulars in -men and words that are also verbs keep their own stems', () => {
  assert.equal(englishStem('specimen'), 'specimen');
  assert.equal(englishStem('abdomen'), 'abdomen');
  assert.equal(englishStem('lives'), englishStem('live'));
  assert.equal(englishStem('leaves'), englishStem('leave'));
});

test('a pack stem of an irregular plural meets English text', () => {
  assert.equal(currentEnglishStem('women'), englishStem('women'));
  assert.equal(currentEnglishStem('wive'), 'wife');
  assert.equal(currentEnglishStem('freedom'), 'freedom');
  const lexicon = createLexicon({ version: 1, lang: 'es', entries: { mujeres: 'women|woman', niños: 'children' } });
  assert.deepEqual(lexicon.lookup('mujeres'), ['woman']);
  assert.deepEqual(lexicon.lookup('niños'), [englishStem('children')]);
});

test('votes of a pack for an irregular plural and its singular add up', () => {
  const votes: VoteTable = new Map();
  decodeVotes('mujeres\twomen|woman|wife\t1,10|1,10|1,15', votes);
  const stems = [...(votes.get('mujeres')?.keys() ?? [])];
  assert.deepEqual(stems.sort(), ['wife', 'woman']);
});
