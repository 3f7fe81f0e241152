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

  it('gives the bag of the joined stems on random bags, merged bags merged again', () => {
    let seed = 5;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const words = Array.from({ length: 30 }, (_, k) => `w${k}`);
    const entries: Record<string, number[]> = {};
    for (const w of words) entries[w] = [...new Set(Array.from({ length: next(5) }, () => next(25)))].sort((x, y) => x - y);
    const map = createSynonymMap({ version: 1, entries });
    const stems = (): string[] => Array.from({ length: next(10) }, () => words[next(30)] ?? 'w0');
    for (let k = 0; k < 200; k++) {
      const [x, y, z] = [stems(), stems(), stems()];
      const merged = mergeConceptBags(mergeConceptBags(toConceptBag(x, map), toConceptBag(y, map)), toConceptBag(z, map));
      const joined = toConceptBag([...x, ...y, ...z], map);
      assert.deepEqual(merged.stems, joined.stems);
      assert.deepEqual([...merged.conceptIds], [...joined.conceptIds]);
      assert.deepEqual(merged.stemsOfConcept, joined.stemsOfConcept, `${x} / ${y} / ${z}`);
    }
  });
});

/** The measure read off its definition: a stem matches when the other side has it or shares a concept with one of its stems. */
function reference(a: readonly string[], b: readonly string[], map: ReturnType<typeof createSynonymMap>): number {
  const matches = (stem: string, other: readonly string[]): boolean => other.includes(stem) || map.conceptsOf(stem).some((id) => other.some((o) => map.conceptsOf(o).includes(id)));
  const da = [...new Set(a)];
  const db = [...new Set(b)];
  if (da.length + db.length === 0) return 0;
  return (da.filter((s) => matches(s, db)).length + db.filter((s) => matches(s, da)).length) / (da.length + db.length);
}

describe('conceptBagSimilarity against its definition', () => {
  it('agrees on random bags, one bag against many in a row and in both argument orders', () => {
    // A seeded generator: 40 stems, each in 0-3 of 70 concepts (ids up to 70,000, past the spread table's first size).
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const entries: Record<string, number[]> = {};
    const words = Array.from({ length: 40 }, (_, k) => `w${k}`);
    for (const w of words) entries[w] = [...new Set(Array.from({ length: next(4) }, () => next(70) * 1000))].sort((x, y) => x - y);
    const map = createSynonymMap({ version: 1, entries });
    const bags = Array.from({ length: 30 }, () => Array.from({ length: next(9) }, () => words[next(40)] ?? 'w0'));
    const prepared = bags.map((stems) => toConceptBag(stems, map));
    bags.forEach((a, i) => {
      bags.forEach((b, j) => {
        const want = reference(a, b, map);
        assert.equal(conceptBagSimilarity(prepared[i] ?? toConceptBag(a, map), prepared[j] ?? toConceptBag(b, map)), want, `${a} / ${b}`);
        assert.equal(conceptBagSimilarity(prepared[j] ?? toConceptBag(b, map), prepared[i] ?? toConceptBag(a, map)), want, `${b} / ${a}`);
      });
    });
  });
});
