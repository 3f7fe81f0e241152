import { conceptBagSimilarity } from '../synonyms/index.js';
import { setOverlap } from '../sketch/index.js';
import { cosine } from './cosine-rows.js';
import { matchQuantities, type Quantity } from './read-quantities.js';
import type { SentenceVector } from './sentence-vectors.js';

/** Weight of shared anchors (names, numbers, quotes) against word similarity. */
const ANCHOR_WEIGHT = 0.2;
/** Concept (synonym) overlap counts for less than the same words: it is unweighted and looser. */
const CONCEPT_WEIGHT = 0.8;

function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * setOverlap(a, b).shared) / (a.length + b.length);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Jaccard of the anchors where quantities stand for the number anchors: names and quotes
 * compare as strings, quantities by agreeing intervals (each matched once).
 */
function anchorAgreement(na: ReadonlySet<string>, nb: ReadonlySet<string>, qa: readonly Quantity[], qb: readonly Quantity[]): number {
  let shared = qa.length === 0 || qb.length === 0 ? 0 : matchQuantities(qa, qb);
  const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
  for (const x of small) if (large.has(x)) shared++;
  const union = qa.length + qb.length + na.size + nb.size - shared;
  return union <= 0 ? 0 : shared / union;
}

/**
 * Similarity of two prepared sentences, 0..1: the larger of stem cosine and character
 * 4-gram Dice, blended with shared anchors when either side has any.
 * @param sameScript false across languages, where character n-grams mean nothing
 */
export function sentenceSimilarity(a: SentenceVector, b: SentenceVector, sameScript = true): number {
  return scoreSentences(a, b, sameScript, cosine(a.weights, b.weights), a.concepts && b.concepts ? conceptBagSimilarity(a.concepts, b.concepts) : 0);
}

/**
 * {@link sentenceSimilarity} with the weights' cosine and the concept bags' similarity given.
 * @param stems the cosine of the two sentences' weights
 * @param conceptShare the similarity of their concept bags (counts only when both have bags)
 */
export function scoreSentences(a: SentenceVector, b: SentenceVector, sameScript: boolean, stems: number, conceptShare: number): number {
  const concepts = a.concepts && b.concepts ? CONCEPT_WEIGHT * conceptShare : 0;
  const words = Math.max(stems, sameScript ? dice(a.grams, b.grams) : 0, concepts);
  if (a.quantities && b.quantities && a.nameAnchors && b.nameAnchors) {
    if (a.nameAnchors.size + a.quantities.length === 0 && b.nameAnchors.size + b.quantities.length === 0) return words;
    return Math.min(1, (1 - ANCHOR_WEIGHT) * words + ANCHOR_WEIGHT * anchorAgreement(a.nameAnchors, b.nameAnchors, a.quantities, b.quantities));
  }
  if (a.anchors.size === 0 && b.anchors.size === 0) return words;
  return Math.min(1, (1 - ANCHOR_WEIGHT) * words + ANCHOR_WEIGHT * jaccard(a.anchors, b.anchors));
}
