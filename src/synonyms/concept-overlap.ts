import type { SynonymMap } from './load-synonyms.js';

/** A sentence's stems with their concepts, prepared once and compared many times. */
export interface ConceptBag {
  /** Distinct stems, in first-seen order. */
  readonly stems: readonly string[];
  readonly stemSet: ReadonlySet<string>;
  /** Every concept id of the bag, ascending. */
  readonly conceptIds: Int32Array;
  /** `stemsOfConcept[k]`: indices into `stems` of the stems carrying `conceptIds[k]`. */
  readonly stemsOfConcept: readonly (readonly number[])[];
}

/**
 * Prepares a bag of stems for {@link conceptBagSimilarity}; do this once per sentence.
 * @param stems content-word stems of a sentence (duplicates are counted once)
 * @param map synonym map (see loadSynonyms)
 * @returns the prepared bag
 */
export function toConceptBag(stems: readonly string[], map: SynonymMap): ConceptBag {
  const stemSet = new Set(stems);
  const distinct = [...stemSet];
  const byConcept = new Map<number, number[]>();
  distinct.forEach((stem, index) => {
    for (const id of map.conceptsOf(stem)) {
      const holders = byConcept.get(id);
      if (holders === undefined) byConcept.set(id, [index]);
      else if (holders[holders.length - 1] !== index) holders.push(index);
    }
  });
  const conceptIds = Int32Array.from(byConcept.keys()).sort();
  const stemsOfConcept = Array.from(conceptIds, (id) => byConcept.get(id) ?? []);
  return { stems: distinct, stemSet, conceptIds, stemsOfConcept };
}

// Scratch flags reused across calls: the pair loop runs for every sentence pair of a
// document pair, so it allocates nothing.
let marksA = new Uint8Array(64);
let marksB = new Uint8Array(64);

function markExact(from: ConceptBag, to: ConceptBag, marks: Uint8Array): number {
  let matched = 0;
  for (let i = 0; i < from.stems.length; i += 1) {
    const stem = from.stems[i];
    if (stem !== undefined && to.stemSet.has(stem)) {
      marks[i] = 1;
      matched += 1;
    }
  }
  return matched;
}

function markAll(indices: readonly number[] | undefined, marks: Uint8Array): number {
  let added = 0;
  if (indices === undefined) return 0;
  for (const i of indices) {
    if (marks[i] === 0) {
      marks[i] = 1;
      added += 1;
    }
  }
  return added;
}

/**
 * Dice-like similarity of two prepared bags: matched stems on both sides over all distinct
 * stems, where a stem matches when the other side has the same stem or a stem sharing a
 * concept with it.
 * @returns 0..1; 0 when both bags are empty
 */
export function conceptBagSimilarity(a: ConceptBag, b: ConceptBag): number {
  const sizeA = a.stems.length;
  const sizeB = b.stems.length;
  if (sizeA + sizeB === 0) return 0;
  if (marksA.length < sizeA) marksA = new Uint8Array(sizeA * 2);
  if (marksB.length < sizeB) marksB = new Uint8Array(sizeB * 2);
  let matchedA = markExact(a, b, marksA);
  let matchedB = markExact(b, a, marksB);
  // Both id lists are sorted: one merge walk finds the shared concepts.
  const idsA = a.conceptIds;
  const idsB = b.conceptIds;
  let i = 0;
  let j = 0;
  while (i < idsA.length && j < idsB.length && (matchedA < sizeA || matchedB < sizeB)) {
    const x = idsA[i] ?? 0;
    const y = idsB[j] ?? 0;
    if (x < y) i += 1;
    else if (x > y) j += 1;
    else {
      matchedA += markAll(a.stemsOfConcept[i], marksA);
      matchedB += markAll(b.stemsOfConcept[j], marksB);
      i += 1;
      j += 1;
    }
  }
  marksA.fill(0, 0, sizeA);
  marksB.fill(0, 0, sizeB);
  return (matchedA + matchedB) / (sizeA + sizeB);
}

/**
 * Similarity of two bags of stems that also counts synonyms as matches ("kill" ~ "slay").
 * For many pairs, prepare each sentence once with toConceptBag and call conceptBagSimilarity.
 * @param a content-word stems of one sentence
 * @param b content-word stems of the other
 * @param map synonym map (see loadSynonyms)
 * @returns 0..1: the share of distinct stems on both sides with an exact or concept match
 */
export function conceptSimilarity(a: readonly string[], b: readonly string[], map: SynonymMap): number {
  return conceptBagSimilarity(toConceptBag(a, map), toConceptBag(b, map));
}

/**
 * The bag of two sentences read as one (a sentence split in two, or two joined), built from
 * their bags without the synonym map: the same as preparing the joined stems.
 */
export function mergeConceptBags(a: ConceptBag, b: ConceptBag): ConceptBag {
  const stems = [...a.stems];
  const indexOf = new Map(stems.map((stem, i) => [stem, i]));
  const remap = b.stems.map((stem) => {
    let i = indexOf.get(stem);
    if (i === undefined) {
      i = stems.length;
      stems.push(stem);
      indexOf.set(stem, i);
    }
    return i;
  });
  const byConcept = new Map<number, Set<number>>();
  const add = (id: number, holders: readonly number[]): void => {
    let set = byConcept.get(id);
    if (set === undefined) byConcept.set(id, (set = new Set()));
    for (const h of holders) set.add(h);
  };
  a.conceptIds.forEach((id, k) => add(id, a.stemsOfConcept[k] ?? []));
  b.conceptIds.forEach((id, k) => add(id, (b.stemsOfConcept[k] ?? []).map((i) => remap[i] ?? i)));
  const conceptIds = Int32Array.from(byConcept.keys()).sort();
  const stemsOfConcept = Array.from(conceptIds, (id) => [...(byConcept.get(id) ?? [])].sort((x, y) => x - y));
  return { stems, stemSet: new Set(stems), conceptIds, stemsOfConcept };
}
