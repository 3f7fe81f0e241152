import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptBagSimilarity, createSynonymMap, toConceptBag, type ConceptBag } from '../synonyms/index.js';
import { indexConcepts } from './concept-postings.js';
import { conceptRows } from './concept-rows.js';

// A seeded generator: 40 stems, each in 0-3 of 70 concepts (ids up to 69,000, past the tables' first size).
let seed = 11;
const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
const words = Array.from({ length: 40 }, (_, k) => `w${k}`);
const entries: Record<string, number[]> = {};
for (const w of words) entries[w] = [...new Set(Array.from({ length: next(4) }, () => next(70) * 1000))].sort((x, y) => x - y);
const map = createSynonymMap({ version: 1, entries });
const randomBag = (): ConceptBag => toConceptBag(Array.from({ length: next(12) }, () => words[next(40)] ?? 'w0'), map);

test('a row of concept similarities equals conceptBagSimilarity for each candidate, and leaves the others alone', () => {
  for (let round = 0; round < 5; round++) {
    const bags: (ConceptBag | undefined)[] = Array.from({ length: 25 }, (_, j) => (j % 7 === 3 ? undefined : randomBag()));
    const postings = indexConcepts(bags.map((bag) => bag?.conceptIds));
    const rows = conceptRows(bags, postings);
    for (let i = 0; i < 20; i++) {
      const bag = randomBag();
      const candidates = Int32Array.from(bags.map((_, j) => j).filter((j) => (j + i) % 3 !== 0).reverse());
      const out = new Float64Array(bags.length).fill(-1);
      rows.row(bag, candidates, candidates.length, out);
      bags.forEach((other, j) => {
        const want = !candidates.includes(j) ? -1 : other === undefined ? 0 : conceptBagSimilarity(bag, other);
        assert.equal(out[j], want, `round ${round}, row ${i}, target ${j}`);
      });
    }
    postings.clear();
  }
});
