import type { ConceptBag } from '../synonyms/index.js';
import { conceptRuns, type ConceptRuns } from './concept-postings.js';
import { conceptRowTarget, type ConceptRowTarget } from './concept-rows.js';
import { cosineTarget, type CosineTarget } from './cosine-rows.js';
import { lookupFeatures, type SentenceVector } from './sentence-vectors.js';

/** Target sides whose index is kept (most recently used first out last); a bound on memory, not a tuned size. */
const KEPT_SIDES = 64;

/**
 * What a similarity matrix looks its target side up by, none of it depending on the pair
 * (the weights, which do, are read per matrix): the postings of its sentences' features,
 * concepts and stems. A document is the target of up to 40 pairs, and building these for
 * each was a tenth of a verification; a side indexed once is reused while it is kept.
 */
export interface TargetIndex {
  /** Feature (see lookupFeatures) → target sentences holding it, ascending. */
  readonly features: ReadonlyMap<string, readonly number[]>;
  readonly concepts: ConceptRuns;
  readonly conceptRows: ConceptRowTarget;
  readonly cosines: CosineTarget;
}

interface Kept {
  /** What the side was known by: each sentence's feature list and concept bag, by identity. */
  readonly features: readonly (readonly string[])[];
  readonly bags: readonly (ConceptBag | undefined)[];
  readonly index: TargetIndex;
}

// By the first sentence's feature list; a Map's order doubles as the use order.
const kept = new Map<readonly string[], Kept>();

function build(target: readonly SentenceVector[]): TargetIndex {
  const features = new Map<string, number[]>();
  target.forEach((t, j) => {
    for (const f of t.features ?? lookupFeatures(t)) {
      const list = features.get(f);
      if (list === undefined) features.set(f, [j]);
      else list.push(j);
    }
  });
  const bags = target.map((t) => t.concepts);
  return {
    features,
    concepts: conceptRuns(bags.map((bag) => bag?.conceptIds)),
    conceptRows: conceptRowTarget(bags),
    cosines: cosineTarget(target.map((t) => [...t.weights.keys()])),
  };
}

/** Whether a kept side is this one: the same sentences (by their feature lists and bags, which vectorize keeps per sentence) with as many stems each. */
function sameSide(side: Kept, target: readonly SentenceVector[]): boolean {
  if (side.features.length !== target.length) return false;
  for (let j = 0; j < target.length; j++) {
    const t = target[j];
    if (t === undefined || t.features !== side.features[j] || t.concepts !== side.bags[j] || t.weights.size !== (side.index.cosines.sizes[j] ?? -1)) return false;
  }
  return true;
}

/**
 * The index of a matrix's target side, built when the side was not indexed lately. A side is
 * known again by its sentences' feature lists, which {@link vectorize} gives out once per
 * sentence (and synonym map), so vectors made by vectorize for the same sentences find it
 * whatever the pair; vectors without feature lists are indexed every time.
 * @param target the target side's vectors (vectorize's, for the index to be kept)
 * @returns the index; shared, never to be changed
 */
export function targetIndex(target: readonly SentenceVector[]): TargetIndex {
  const first = target[0]?.features;
  if (first === undefined || target.some((t) => t.features === undefined)) return build(target);
  const side = kept.get(first);
  if (side !== undefined && sameSide(side, target)) {
    kept.delete(first);
    kept.set(first, side);
    return side.index;
  }
  const index = build(target);
  kept.delete(first);
  kept.set(first, { features: target.map((t) => t.features ?? []), bags: target.map((t) => t.concepts), index });
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_SIDES) break;
    kept.delete(oldest);
  }
  return index;
}
