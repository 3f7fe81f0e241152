import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignMonotone, alignUnordered, orderAgreement, similarityMatrix, vectorize, type AlignSentence, type Bead } from '../../src/align/index.js';
import { SEED } from './hostile-text.js';

const RUNS = 400;
const BANDED_RUNS = 25;

// A small vocabulary, so generated sentences often share words and the aligner has choices to make.
const VOCAB = ['harbour', 'council', 'vote', 'budget', 'storm', 'ferry', 'bridge', 'river', 'school', 'mayor', 'tram', 'fee'];
const sentenceOf = (minWords: number): fc.Arbitrary<AlignSentence> => fc
  .record({
    words: fc.array(fc.constantFrom(...VOCAB), { minLength: minWords, maxLength: 8 }),
    anchors: fc.array(fc.constantFrom('varga', '31', '820', 'q:we will build it', 'kelby'), { maxLength: 2 }),
  })
  .map(({ words, anchors }) => ({ tokens: words, stems: words, anchors }));
const sentence = sentenceOf(0);
const sentences = (maxLength: number): fc.Arbitrary<AlignSentence[]> => fc.array(sentence, { maxLength });

/** Beads in order on both sides, each sentence in at most one bead, indices in range. */
function assertMonotone(beads: readonly Bead[], n: number, m: number): void {
  let lastSource = -1;
  let lastTarget = -1;
  for (const bead of beads) {
    assert.ok(bead.source.length >= 1 && bead.source.length <= 2 && bead.target.length >= 1 && bead.target.length <= 2, 'a 1-1, 2-1 or 1-2 bead');
    for (const i of bead.source) {
      assert.ok(Number.isInteger(i) && i > lastSource && i < n, `source ${i} in order and in range (n ${n})`);
      lastSource = i;
    }
    for (const j of bead.target) {
      assert.ok(Number.isInteger(j) && j > lastTarget && j < m, `target ${j} in order and in range (m ${m})`);
      lastTarget = j;
    }
    assert.ok(Number.isFinite(bead.similarity) && bead.similarity >= 0 && bead.similarity <= 1, `similarity ${bead.similarity} in [0, 1]`);
  }
}

function prepare(a: readonly AlignSentence[], b: readonly AlignSentence[]): { source: ReturnType<typeof vectorize>['source']; target: ReturnType<typeof vectorize>['target']; sim: Float32Array } {
  const v = vectorize(a, b);
  return { ...v, sim: similarityMatrix(v.source, v.target) };
}

test(`alignMonotone: any two sentence lists give a valid monotone alignment (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(sentences(40), sentences(40), fc.boolean(), (a, b, sameScript) => {
      const { source, target, sim } = prepare(a, b);
      assertMonotone(alignMonotone(source, target, sim, { sameScript }), a.length, b.length);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test(`alignMonotone in the banded mode (long lists): still valid (${BANDED_RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 150, maxLength: 400 }), fc.array(sentence, { minLength: 1, maxLength: 400 }), (a, b) => {
      const { source, target, sim } = prepare(a, b);
      // maxCells 0 forces the band whatever the size.
      assertMonotone(alignMonotone(source, target, sim, { maxCells: 0 }), a.length, b.length);
    }),
    { seed: SEED, numRuns: BANDED_RUNS },
  );
});

// Sentences with at least one word: a sentence of anchors only is like itself at 0.2 and is
// rightly merged into a neighbour that shares its anchor.
test(`alignMonotone of a list against itself keeps every sentence with words 1-1 on the diagonal (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.array(sentenceOf(1), { maxLength: 40 }), (a) => {
      const { source, target, sim } = prepare(a, a);
      const beads = alignMonotone(source, target, sim);
      assertMonotone(beads, a.length, a.length);
      assert.deepEqual(beads.map((b) => [b.source, b.target]), a.map((_, i) => [[i], [i]]), 'every sentence aligns with itself, 1-1');
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test(`alignUnordered: each sentence used at most once, indices in range, sorted by target (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(sentences(40), sentences(40), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, minSimilarity) => {
      const { sim } = prepare(a, b);
      const beads = alignUnordered(a.length, b.length, sim, minSimilarity);
      const usedSource = new Set<number>();
      let lastTarget = -1;
      for (const bead of beads) {
        assert.equal(bead.source.length, 1);
        assert.equal(bead.target.length, 1);
        const [i = -1] = bead.source;
        const [j = -1] = bead.target;
        assert.ok(i >= 0 && i < a.length && !usedSource.has(i), `source ${i} in range and used once`);
        assert.ok(j > lastTarget && j < b.length, `target ${j} in range, used once, sorted`);
        assert.ok(bead.similarity >= minSimilarity, 'only pairs at the threshold');
        usedSource.add(i);
        lastTarget = j;
      }
      const order = orderAgreement(beads);
      assert.ok(order >= 0 && order <= 1);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
