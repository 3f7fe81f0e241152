import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stemmer } from '@orama/stemmers/english';
import { conceptBagSimilarity, conceptSimilarity, mergeConceptBags, toConceptBag } from './concept-overlap.js';
import { createSynonymMap, loadSynonyms } from './load-synonyms.js';

// kill and slay share concept 1, hurt and injur share 2, dock and port share 3.
const tiny = createSynonymMap({
  version: 1,
  source: 'test',
  entries: { kill: [1, 7], slai: [1], hurt: [2], injur: [2, 9], dock: [3], port: [3, 4] },
});

describe('conceptSimilarity on a hand-made map', () => {
  it('is 1 for identical bags and 0 for disjoint ones', () => {
    assert.equal(conceptSimilarity(['worker', 'kill'], ['kill', 'worker'], tiny), 1);
    assert.equal(conceptSimilarity(['worker', 'kill'], ['banana', 'tree'], tiny), 0);
  });

  it('is 0 when either or both bags are empty', () => {
    assert.equal(conceptSimilarity([], [], tiny), 0);
    assert.equal(conceptSimilarity(['kill'], [], tiny), 0);
  });

  it('counts synonyms as matches on both sides', () => {
    assert.equal(conceptSimilarity(['kill', 'hurt'], ['slai', 'injur'], tiny), 1);
    // kill~slai match; worker and banana do not: 2 matched of 4 stems.
    assert.equal(conceptSimilarity(['kill', 'worker'], ['slai', 'banana'], tiny), 0.5);
  });

  it('counts repeated stems once and is symmetric', () => {
    const a = ['kill', 'kill', 'dock', 'tree'];
    const b = ['port', 'slai'];
    assert.equal(conceptSimilarity(a, b, tiny), conceptSimilarity(b, a, tiny));
    assert.equal(conceptSimilarity(a, b, tiny), 4 / 5);
  });

  it('gives the same answer from prepared bags', () => {
    const a = toConceptBag(['kill', 'dock', 'tree'], tiny);
    const b = toConceptBag(['port', 'injur'], tiny);
    assert.equal(conceptBagSimilarity(a, b), conceptSimilarity(['kill', 'dock', 'tree'], ['port', 'injur'], tiny));
    assert.deepEqual([...a.conceptIds], [1, 3, 7]);
    assert.deepEqual(a.stemsOfConcept, [[0], [1], [0]]);
  });
});

const pack = loadSynonyms();

describe('conceptSimilarity with the shipped pack', { skip: pack === undefined ? 'synonym pack not built' : false }, () => {
  const map = pack ?? tiny;
  const stems = (words: string): string[] => words.split(' ').map((word) => stemmer(word));
  // Content words only, as the pipeline passes them.
  const original = stems('two dock workers lost lives 14 hurt');
  const rewrite = stems('two port workers killed 14 people injured');
  const unrelated = stems('senate approved budget new school buildings tuesday');

  it('scores a reworded sentence clearly above an unrelated one', () => {
    const reworded = conceptSimilarity(original, rewrite, map);
    const other = conceptSimilarity(original, unrelated, map);
    assert.ok(reworded >= 0.5, `reworded ${reworded}`);
    assert.ok(reworded > other + 0.3, `reworded ${reworded} vs unrelated ${other}`);
  });

  it('scores a synonym swap above exact-stem overlap alone', () => {
    const empty = createSynonymMap({ version: 1, entries: {} });
    assert.ok(conceptSimilarity(original, rewrite, map) > conceptSimilarity(original, rewrite, empty));
  });
});

describe('mergeConceptBags', () => {
  it('gives the bag of the joined stems, without the map', () => {
    const a = toConceptBag(['worker', 'kill', 'dock'], tiny);
    const b = toConceptBag(['injur', 'dock', 'banana'], tiny);
    const merged = mergeConceptBags(a, b);
    const joined = toConceptBag(['worker', 'kill', 'dock', 'injur', 'dock', 'banana'], tiny);
    assert.deepEqual(merged.stems, joined.stems);
    assert.deepEqual([...merged.conceptIds], [...joined.conceptIds]);
    assert.deepEqual(merged.stemsOfConcept, joined.stemsOfConcept);
    const probe = toConceptBag(['slai', 'hurt', 'port'], tiny);
    assert.equal(conceptBagSimilarity(merged, probe), conceptBagSimilarity(joined, probe));
  });
});
