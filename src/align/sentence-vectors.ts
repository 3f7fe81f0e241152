import { mergeConceptBags, toConceptBag, type ConceptBag, type SynonymMap } from '../synonyms/index.js';
import { hashRange } from '../sketch/index.js';
import { pairMemo } from './pair-memo.js';
import type { Quantity } from './read-quantities.js';
import { quantitiesOfText } from './text-quantities.js';
import type { AlignSentence } from './types.js';

/** Character n-gram size; 4 catches inflection and spelling changes that stems miss. */
const CHAR_GRAM = 4;

/** A sentence prepared for fast pairwise comparison. */
export interface SentenceVector {
  /** Stem → TF-IDF weight, L2-normalised. */
  weights: Map<string, number>;
  /** Distinct character 4-gram hashes of the token text, sorted. */
  grams: Uint32Array;
  anchors: ReadonlySet<string>;
  /** Letters in the sentence's words: translations keep sentence lengths roughly in proportion. */
  length: number;
  /** Synonym concepts of the stems, when a synonym map is given. */
  concepts?: ConceptBag;
  /**
   * Quantities the sentence states (English, digits or words), when asked for: they then stand
   * for the sentence's number anchors, so "72 hours" and "a three-day window" agree.
   */
  quantities?: readonly Quantity[];
  /** The anchors quantities do not stand for (names, quotes, years), set with `quantities`. */
  nameAnchors?: ReadonlySet<string>;
  /**
   * What the sentence is looked up by in similarityMatrix besides its synonym concepts (see
   * {@link lookupFeatures}), when known from its sentence; computed from the vector otherwise.
   * The same list object for the same sentence (and synonym map) in every pair: similarityMatrix
   * knows a side it has indexed before by these lists.
   */
  features?: readonly string[];
}

/** Options of {@link vectorize}. */
export interface VectorizeOptions {
  /** Read quantities from the sentences' text (English number words, hedges, durations): for English pairs only. */
  quantities?: boolean;
}

/**
 * Prepares both sides of a pair. IDF is computed over the pair's own sentences, so the
 * result depends on nothing but the two documents (the same on every backend).
 */
export function vectorize(source: readonly AlignSentence[], target: readonly AlignSentence[], synonyms?: SynonymMap, options: VectorizeOptions = {}): { source: SentenceVector[]; target: SentenceVector[] } {
  const df = new Map<string, number>();
  const all = [...source, ...target];
  const own = all.map(ownOf);
  for (const o of own) for (const stem of o.stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = all.length;
  const toVector = (s: AlignSentence, k: number): SentenceVector => {
    const o = own[k] ?? ownOf(s);
    let norm = 0;
    const size = o.stems.length;
    if (raw.length < size) raw = new Float64Array(Math.max(size, raw.length * 2));
    for (let i = 0; i < size; i++) {
      const w = (o.counts[i] ?? 0) * Math.log(1 + n / (df.get(o.stems[i] ?? '') ?? 1));
      raw[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    // Each weight set once, normalised (the map was filled, then every entry set again).
    const weights = new Map<string, number>();
    for (let i = 0; i < size; i++) weights.set(o.stems[i] ?? '', norm > 0 ? (raw[i] ?? 0) / norm : (raw[i] ?? 0));
    const v: SentenceVector = { weights, grams: o.grams, anchors: o.anchors, length: o.length };
    if (synonyms) v.concepts = conceptBagOf(s, synonyms);
    if (options.quantities) {
      v.quantities = quantitiesOf(s);
      v.nameAnchors = nameAnchorsOf(o.anchors);
    }
    v.features = featuresOf(s, v, synonyms);
    return v;
  };
  return { source: source.map((s, i) => toVector(s, i)), target: target.map((s, j) => toVector(s, source.length + j)) };
}

// A sentence's raw weights while they are normalised, and its grams while they are sorted (scratch).
let raw = new Float64Array(64);
let gramScratch = new Uint32Array(256);

/** What a sentence yields for any pair: its distinct stems with counts, grams, anchors, letters. */
interface SentenceOwn {
  /** Distinct stems in first-seen order (the order the weights are summed in), and their counts. */
  stems: string[];
  counts: number[];
  grams: Uint32Array;
  anchors: ReadonlySet<string>;
  length: number;
}

// What a sentence yields on its own, whatever it is paired with, computed once per sentence
// object: a document is verified against up to 40 candidates, and these were a fifth of
// verification. Entries go with their sentences (weak keys), and callers never mutate them.
const ownCache = new WeakMap<AlignSentence, SentenceOwn>();
const conceptCache = new WeakMap<SynonymMap, WeakMap<AlignSentence, ConceptBag>>();
// Features depend on the synonym map (concepts) too: one table per map, and one without.
const featureCache = new WeakMap<SynonymMap | typeof NO_SYNONYMS, WeakMap<AlignSentence, readonly string[]>>();
const NO_SYNONYMS = {};

/** `features` of the sentence's vector, once per sentence: the keys are the pair's, but not the weights. */
function featuresOf(s: AlignSentence, v: SentenceVector, synonyms: SynonymMap | undefined): readonly string[] {
  const owner = synonyms ?? NO_SYNONYMS;
  let table = featureCache.get(owner);
  if (table === undefined) featureCache.set(owner, (table = new WeakMap()));
  let out = table.get(s);
  if (out === undefined) table.set(s, (out = lookupFeatures(v)));
  return out;
}

function ownOf(s: AlignSentence): SentenceOwn {
  let own = ownCache.get(s);
  if (own === undefined) {
    const tf = new Map<string, number>();
    for (const stem of s.stems) tf.set(stem, (tf.get(stem) ?? 0) + 1);
    own = {
      stems: [...tf.keys()],
      counts: [...tf.values()],
      grams: charGrams(s.tokens.join(' ')),
      anchors: new Set(s.anchors),
      length: s.tokens.reduce((total, token) => total + token.length, 0),
    };
    ownCache.set(s, own);
  }
  return own;
}

const nameAnchorCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The anchors quantities do not stand for, once per sentence (its anchor set is cached with it). */
function nameAnchorsOf(anchors: ReadonlySet<string>): ReadonlySet<string> {
  let names = nameAnchorCache.get(anchors);
  if (names === undefined) nameAnchorCache.set(anchors, (names = new Set([...anchors].filter((x) => !isNumberAnchor(x)))));
  return names;
}

function quantitiesOf(s: AlignSentence): readonly Quantity[] {
  return s.text === undefined ? [] : quantitiesOfText(s.text);
}

function conceptBagOf(s: AlignSentence, synonyms: SynonymMap): ConceptBag {
  let bags = conceptCache.get(synonyms);
  if (bags === undefined) conceptCache.set(synonyms, (bags = new WeakMap()));
  let bag = bags.get(s);
  if (bag === undefined) bags.set(s, (bag = toConceptBag(s.stems, synonyms)));
  return bag;
}

/** Number anchors that quantities stand for: every number but a year (a year is no quantity, but two sentences naming 1967 share it). */
const isNumberAnchor = (anchor: string): boolean => /^\d/.test(anchor) && !/^(1[89]|20)\d\d$/.test(anchor);

/** Sorted union of two sorted arrays of distinct values. */
function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] ?? 0;
  while (j < b.length) out[n++] = b[j++] ?? 0;
  return out.slice(0, n);
}

/**
 * Distinct character 4-gram hashes, sorted; a text shorter than 4 (but not empty) is one gram
 * of itself, as word shingles do. All hashes are sorted and the repeats dropped in one pass (a
 * Set of them first was a tenth of a first verification).
 */
function charGrams(text: string): Uint32Array {
  const width = Math.min(CHAR_GRAM, text.length);
  if (width === 0) return new Uint32Array(0);
  const count = text.length - width + 1;
  if (gramScratch.length < count) gramScratch = new Uint32Array(Math.max(count, gramScratch.length * 2));
  const all = gramScratch.subarray(0, count);
  for (let i = 0; i < count; i++) all[i] = hashRange(text, i, i + width);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const g = all[i] ?? 0;
    if (distinct === 0 || g !== all[distinct - 1]) all[distinct++] = g;
  }
  return all.slice(0, distinct);
}

/**
 * Merges two prepared sentences into one (for 2-1 and 1-2 beads).
 * @param withConcepts merge the synonym concepts too; off for the monotone aligner, which tries
 *   a merge at nearly every cell of long look-alike documents (concepts there doubled its cost)
 */
export function mergeVectors(a: SentenceVector, b: SentenceVector, withConcepts = false): SentenceVector {
  const weights = new Map(a.weights);
  for (const [k, w] of b.weights) weights.set(k, (weights.get(k) ?? 0) + w);
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of weights) weights.set(k, w / norm);
  // Only the weights depend on the pair (its IDF); the rest is the same two sentences joined
  // in every pair they are in, so it is joined once.
  const merged: SentenceVector = { weights, grams: mergedGrams(a.grams, b.grams), anchors: mergedSets(a.anchors, b.anchors), length: a.length + b.length };
  if (a.quantities && b.quantities && a.nameAnchors && b.nameAnchors) {
    merged.quantities = mergedQuantities(a.quantities, b.quantities);
    merged.nameAnchors = mergedSets(a.nameAnchors, b.nameAnchors);
  }
  if (withConcepts && a.concepts && b.concepts) merged.concepts = mergedConcepts(a.concepts, b.concepts);
  return merged;
}

const mergedGrams = pairMemo(mergeSorted);
const mergedSets = pairMemo((a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> => new Set([...a, ...b]));
const mergedQuantities = pairMemo((a: readonly Quantity[], b: readonly Quantity[]): readonly Quantity[] => [...a, ...b]);
const mergedConcepts = pairMemo(mergeConceptBags);

/**
 * Features two sentences must share (a stem, an anchor or a synonym concept) to be compared at
 * all; concepts are indexed apart (by id, see {@link indexConcepts}), these are the others. A
 * sentence of stop words only ("So it was.") has none of these; it is found by its character
 * 4-grams instead, or it would never match even its own copy.
 */
export function lookupFeatures(v: SentenceVector): readonly string[] {
  const out = [...v.weights.keys()].map((k) => `s${k}`);
  for (const a of v.anchors) out.push(`a${a}`);
  if (out.length === 0 && (v.concepts?.conceptIds.length ?? 0) === 0) for (const g of v.grams) out.push(`g${g}`);
  return out;
}

