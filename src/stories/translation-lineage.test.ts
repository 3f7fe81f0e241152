import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlignedBead, PairResult } from '../relate/types.js';
import { assignSources } from './assign-sources.js';
import { translationLineage, unmatchedSentences } from './translation-lineage.js';

/** A translation pair whose beads align source sentence i with target sentence map[i] (null: left over). */
const link = (a: string, b: string, score: number, map: readonly (number | null)[], targetCount: number): PairResult => {
  const beads: AlignedBead[] = map.flatMap((t, s) => (t === null ? [] : [{ source: [s], target: [t], similarity: 0.4, kind: 'paraphrase' as const }]));
  const used = new Set(map.filter((t): t is number => t !== null));
  return {
    a, b, relation: 'translation', source: a, score, reasons: [],
    features: {
      sameLanguage: false, sourceCoverage: 0, targetCoverage: 0, verbatimShare: 0, orderAgreement: 1, meanMatchSimilarity: 0,
      beadScore: score, shingleContainment: 0, shingleJaccard: 0, documentCosine: 0, sharedQuotes: 0, anchorOverlap: 0,
      mtArtefacts: 0, sourceSentences: map.length, targetSentences: targetCount,
    },
    evidence: {
      sourceLanguage: 'pl', targetLanguage: 'nl', beads,
      added: Array.from({ length: targetCount }, (_, i) => i).filter((i) => !used.has(i)),
      dropped: map.flatMap((t, s) => (t === null ? [s] : [])),
      facts: [], artefacts: [], attributions: [],
    },
  };
};

test('sentences left over: a loosely translated sentence facing another in the same gap is not counted', () => {
  assert.equal(unmatchedSentences(link('o', 't', 0.4, [0, null, 2], 3)), 0);
  assert.equal(unmatchedSentences(link('o', 't', 0.4, [0, null, 1], 2)), 1);
});

test('a translation aligning with both versions as completely goes to the earlier one', () => {
  assert.equal(translationLineage({ earlier: link('o', 't', 0.35, [0, 1, 2], 3), later: link('m', 't', 0.5, [0, 1, 2], 3) }), 'earlier');
  // It follows the other version's gap: its source.
  assert.equal(translationLineage({ earlier: link('o', 't', 0.35, [0, null, 1], 2), later: link('m', 't', 0.5, [0, 1], 2) }), 'later');
});

// The shape of a story with a Polish origin and complete English and Dutch translations of it: the
// Dutch one scores higher against the English (a pair with an English side) than against the
// Polish by more than the tie margin, yet nothing shows it came from the English.
test('a translation of the origin is not given to a higher-scoring translation with nothing of its own', () => {
  const pairs = [link('pl', 'en', 0.46, [0, 1, 2], 3), link('pl', 'nl', 0.4, [0, 1, 2], 3), link('en', 'nl', 0.49, [0, 1, 2], 3)];
  const members = assignSources(['pl', 'en', 'nl'], pairs);
  assert.equal(members.find((m) => m.document === 'nl')?.source, 'pl');
});

test('a translation that follows the other translation\'s gap keeps it as its source', () => {
  const pairs = [link('pl', 'en', 0.46, [0, null, 1], 2), link('pl', 'nl', 0.3, [0, null, 1], 2), link('en', 'nl', 0.49, [0, 1], 2)];
  const members = assignSources(['pl', 'en', 'nl'], pairs);
  assert.equal(members.find((m) => m.document === 'nl')?.source, 'en');
});

test('a translation that credits the later version\'s outlet stays with it, as complete as it is against the origin', () => {
  const credited = link('en', 'nl', 0.49, [0, 1, 2], 3);
  const pairs = [link('pl', 'en', 0.46, [0, 1, 2], 3), link('pl', 'nl', 0.4, [0, 1, 2], 3), { ...credited, features: { ...credited.features, creditsSourceText: true } }];
  assert.equal(assignSources(['pl', 'en', 'nl'], pairs).find((m) => m.document === 'nl')?.source, 'en');
});
