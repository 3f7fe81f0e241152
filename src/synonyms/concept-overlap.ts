import type { SynonymMap } from './load-synonyms.js';

/** A sentence's stems with their concepts, prepared once and compared many times; never changed once made. */
export interface ConceptBag {
  /** Distinct stems, in first-seen order. */
  readonly stems: readonly string[];
  /** Each stem's index in `stems`. */
  readonly stemIndex: ReadonlyMap<string, number>;
  /** Every concept id of the bag, ascending. */
  readonly conceptIds: Int32Array;
  /** `stemsOfConcept[k]`: indices into `stems` of the stems carrying `conceptIds[k]`. */
  readonly stemsOfConcept: readonly (readonly number[])[];
}

function indexStems(stems: readonly string[]): Map<string, number> {
  return new Map(stems.map((stem, i) => [stem, i]));
}

/**
 * Prepares a bag of stems for {@link conceptBagSimilarity}; do this once per sentence.
 * @param stems content-word stems of a sentence (duplicates are counted once)
 * @param map synonym map (see loadSynonyms)
 * @returns the prepared bag
 */
export function toConceptBag(stems: readonly string[], map: SynonymMap): ConceptBag {
  const distinct = [...new Set(stems)];
  const n = distinct.length;
  const lists = distinct.map((stem) => map.conceptsOf(stem));
  // Each (concept, stem) as one number, concept first, sorted: runs of a concept with its
  // stems ascending. A sentence has hundreds of concept ids; a Map of lists per sentence was
  // a tenth of verification. Exact: ids and indexes are small integers (id · n + index < 2^53).
  const keys = new Float64Array(lists.reduce((total, ids) => total + ids.length, 0));
  let at = 0;
  lists.forEach((ids, index) => { for (const id of ids) keys[at++] = id * n + index; });
  keys.sort();
  const conceptIds: number[] = [];
  const stemsOfConcept: number[][] = [];
  let previous = -1;
  for (const key of keys) {
    if (key === previous) continue;
    previous = key;
    const id = Math.floor(key / n);
    const index = key - id * n;
    if (conceptIds[conceptIds.length - 1] === id) stemsOfConcept[stemsOfConcept.length - 1]?.push(index);
    else { conceptIds.push(id); stemsOfConcept.push([index]); }
  }
  return { stems: distinct, stemIndex: indexStems(distinct), conceptIds: Int32Array.from(conceptIds), stemsOfConcept };
}

// Scratch flags reused across calls: the pair loop runs for every sentence pair of a
// document pair, so it allocates nothing.
let marksA = new Uint8Array(64);
let marksB = new Uint8Array(64);

// The concepts of one bag spread out by id (`k + 1` at `conceptIds[k]`, 0 elsewhere): a
// similarity matrix compares one sentence with many in a row, and looking each concept of the
// other bag up here costs a read, where walking both sorted lists (hundreds of WordNet ids a
// sentence) cost most of the comparison. Kept for the last bag spread; bags never change.
let spread = new Int32Array(1 << 16);
let spreadBag: ConceptBag | undefined;

function spreadConcepts(bag: ConceptBag): void {
  if (spreadBag === bag) return;
  if (spreadBag !== undefined) for (const id of spreadBag.conceptIds) spread[id] = 0;
  const ids = bag.conceptIds;
  const last = ids[ids.length - 1] ?? 0;
  if (last >= spread.length) spread = new Int32Array(Math.max(last + 1, spread.length * 2));
  for (let k = 0; k < ids.length; k += 1) spread[ids[k] ?? 0] = k + 1;
  spreadBag = bag;
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

/** Marks the stems both bags have, on both sides; returns how many (stems are distinct in a bag). */
function markExact(a: ConceptBag, b: ConceptBag): number {
  const [small, large, marksSmall, marksLarge] = a.stems.length <= b.stems.length ? [a, b, marksA, marksB] : [b, a, marksB, marksA];
  let shared = 0;
  for (let i = 0; i < small.stems.length; i += 1) {
    const j = large.stemIndex.get(small.stems[i] ?? '');
    if (j !== undefined) {
      marksSmall[i] = 1;
      marksLarge[j] = 1;
      shared += 1;
    }
  }
  return shared;
}

/**
 * Dice-like similarity of two prepared bags: matched stems on both sides over all distinct
 * stems, where a stem matches when the other side has the same stem or a stem sharing a
 * concept with it. Fastest when one bag is compared with many in a row as `a`.
 * @returns 0..1; 0 when both bags are empty
 */
export function conceptBagSimilarity(x: ConceptBag, y: ConceptBag): number {
  // The measure is symmetric: the bag already spread out stays the spread one.
  const [a, b] = y === spreadBag && x !== spreadBag ? [y, x] : [x, y];
  const sizeA = a.stems.length;
  const sizeB = b.stems.length;
  if (sizeA + sizeB === 0) return 0;
  if (marksA.length < sizeA) marksA = new Uint8Array(sizeA * 2);
  if (marksB.length < sizeB) marksB = new Uint8Array(sizeB * 2);
  let matchedA = markExact(a, b);
  let matchedB = matchedA;
  if (matchedA < sizeA || matchedB < sizeB) {
    spreadConcepts(a);
    const idsB = b.conceptIds;
    for (let j = 0; j < idsB.length && (matchedA < sizeA || matchedB < sizeB); j += 1) {
      const k = spread[idsB[j] ?? 0] ?? 0;
      if (k === 0) continue;
      matchedA += markAll(a.stemsOfConcept[k - 1], marksA);
      matchedB += markAll(b.stemsOfConcept[j], marksB);
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
  // Both id lists are ascending: one merge walk gives the union in order. A concept on both
  // sides holds the union of its holders (a's indexes stay; b's are renumbered, so sorted again).
  const idsA = a.conceptIds;
  const idsB = b.conceptIds;
  const ids: number[] = [];
  const stemsOfConcept: (readonly number[])[] = [];
  let x = 0;
  let y = 0;
  while (x < idsA.length || y < idsB.length) {
    const idA = x < idsA.length ? (idsA[x] ?? 0) : Infinity;
    const idB = y < idsB.length ? (idsB[y] ?? 0) : Infinity;
    if (idA < idB) {
      ids.push(idA);
      stemsOfConcept.push(a.stemsOfConcept[x++] ?? []);
      continue;
    }
    const fromB = (b.stemsOfConcept[y++] ?? []).map((i) => remap[i] ?? i);
    if (idB < idA) {
      ids.push(idB);
      stemsOfConcept.push(fromB.length > 1 ? [...new Set(fromB)].sort((p, q) => p - q) : fromB);
      continue;
    }
    ids.push(idA);
    stemsOfConcept.push([...new Set([...(a.stemsOfConcept[x++] ?? []), ...fromB])].sort((p, q) => p - q));
  }
  const conceptIds = Int32Array.from(ids);
  return { stems, stemIndex: indexOf, conceptIds, stemsOfConcept };
}
