// Reused passages between a long suspicious document and a long source, from our aligned beads.
// Aligning two novels sentence by sentence is quadratic (minutes per pair), so sentence pairs
// sharing rare stems seed small windows, and only the windows are aligned with measurePair.
import { measurePair, type PairDocument } from '../src/relate/index.js';
import type { SynonymMap } from '../src/synonyms/index.js';

/** One aligned sentence pair: sentence indexes in each document and their similarity. */
export interface AlignedSentences {
  suspicious: number;
  source: number;
  similarity: number;
}

/** A detected passage as sentence ranges (inclusive) in each document. */
export interface SentencePassage {
  suspiciousFirst: number;
  suspiciousLast: number;
  sourceFirst: number;
  sourceLast: number;
}

export interface SeedOptions {
  /** Stems in more source sentences than this are too common to seed. Default 20. */
  maxStemSentences?: number;
  /** Rare stems a sentence pair must share to seed a window. Default 3. */
  minSharedStems?: number;
  /** Sentences of context added around a seed group. Default 2. */
  context?: number;
  /** Seeds a group needs to be aligned (a lone shared-stem sentence is mostly chance in long texts). Default 2. */
  minSeeds?: number;
}

/** Share of the shorter sentence's stems a seed must share (besides the absolute minimum). */
const MIN_SHARED_SHARE = 0.3;

function distinct(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Sentence pairs sharing at least `minSharedStems` rare stems, sorted by suspicious then source index. */
export function seedPairs(susp: PairDocument, src: PairDocument, options: SeedOptions = {}): [number, number][] {
  const maxDf = options.maxStemSentences ?? 20;
  const minShared = options.minSharedStems ?? 3;
  const postings = new Map<string, number[]>();
  for (const [j, s] of src.sentences.entries()) {
    for (const stem of distinct(s.stems)) {
      const list = postings.get(stem);
      if (list) list.push(j);
      else postings.set(stem, [j]);
    }
  }
  // A stem must be rare on both sides: in a short source every stem is rare, and a long
  // suspicious document would then seed thousands of windows from common words.
  const suspDf = new Map<string, number>();
  for (const s of susp.sentences) for (const stem of distinct(s.stems)) suspDf.set(stem, (suspDf.get(stem) ?? 0) + 1);
  const out: [number, number][] = [];
  for (const [i, s] of susp.sentences.entries()) {
    const counts = new Map<number, number>();
    for (const stem of distinct(s.stems)) {
      const js = postings.get(stem);
      if (!js || js.length > maxDf || (suspDf.get(stem) ?? 0) > maxDf) continue;
      for (const j of js) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const own = distinct(s.stems).length;
    for (const [j, n] of [...counts].sort((x, y) => x[0] - y[0])) {
      const other = distinct(src.sentences[j]?.stems ?? []).length;
      if (n >= Math.max(minShared, MIN_SHARED_SHARE * Math.min(own, other))) out.push([i, j]);
    }
  }
  return out;
}

/** Sentences a window may span on either side, so one window never grows into a whole novel. */
const MAX_WINDOW = 40;

/** Groups seeds that lie close in both documents into windows [iMin, iMax] × [jMin, jMax] of at most MAX_WINDOW sentences a side. */
export function seedWindows(seeds: readonly [number, number][], context = 2, minSeeds = 1): { i0: number; i1: number; j0: number; j1: number }[] {
  const groups: { i0: number; i1: number; j0: number; j1: number; seeds: number }[] = [];
  // Seeds come sorted by i, so only groups ending near i can take a seed: keep those apart.
  let open: { i0: number; i1: number; j0: number; j1: number; seeds: number }[] = [];
  for (const [i, j] of seeds) {
    open = open.filter((w) => i <= w.i1 + 3);
    const g = open.find((w) => i <= w.i1 + 3 && j >= w.j0 - 10 && j <= w.j1 + 10 && i - w.i0 < MAX_WINDOW && Math.max(j, w.j1) - Math.min(j, w.j0) < MAX_WINDOW);
    if (g) {
      g.i1 = Math.max(g.i1, i);
      g.j0 = Math.min(g.j0, j);
      g.j1 = Math.max(g.j1, j);
      g.seeds++;
    } else {
      const fresh = { i0: i, i1: i, j0: j, j1: j, seeds: 1 };
      groups.push(fresh);
      open.push(fresh);
    }
  }
  return groups.filter((g) => g.seeds >= minSeeds).map((g) => ({ i0: Math.max(0, g.i0 - context), i1: g.i1 + context, j0: Math.max(0, g.j0 - context), j1: g.j1 + context }));
}

function slice(doc: PairDocument, first: number, last: number): PairDocument {
  return { ...doc, sentences: doc.sentences.slice(first, last + 1).map((s, k) => ({ ...s, index: k })) };
}

/**
 * Aligns the seeded windows of two documents and returns every aligned sentence pair.
 * @param susp the suspicious document's verification view
 * @param src the source's verification view
 * @param synonyms synonym concepts for measurePair
 * @returns aligned pairs, one per (suspicious, source) sentence pair with its best similarity, sorted
 */
export function alignWindows(susp: PairDocument, src: PairDocument, synonyms: SynonymMap | undefined, options: SeedOptions = {}): AlignedSentences[] {
  const best = new Map<string, AlignedSentences>();
  for (const w of seedWindows(seedPairs(susp, src, options), options.context ?? 2, options.minSeeds ?? 2)) {
    const stats = measurePair(slice(susp, w.i0, w.i1), slice(src, w.j0, w.j1), synonyms);
    for (const bead of stats.beads) {
      for (const a of bead.source) for (const b of bead.target) {
        const pair = { suspicious: w.i0 + a, source: w.j0 + b, similarity: bead.similarity };
        const key = `${pair.suspicious}:${pair.source}`;
        if ((best.get(key)?.similarity ?? -1) < pair.similarity) best.set(key, pair);
      }
    }
  }
  return [...best.values()].sort((x, y) => x.suspicious - y.suspicious || x.source - y.source);
}

/**
 * Merges aligned sentence pairs at or above `minSimilarity` into passages: the next pair joins
 * a passage when it is at most `maxGap` sentences further in the suspicious document and within
 * `maxGap + 5` sentences of the passage's source range (reordered passages stay one).
 * @returns passages sorted by suspicious position
 */
export function mergePassages(pairs: readonly AlignedSentences[], minSimilarity: number, maxGap: number): SentencePassage[] {
  const out: SentencePassage[] = [];
  for (const p of pairs) {
    if (p.similarity < minSimilarity) continue;
    const last = out[out.length - 1];
    if (last && p.suspicious <= last.suspiciousLast + maxGap + 1 && p.source >= last.sourceFirst - maxGap - 5 && p.source <= last.sourceLast + maxGap + 5) {
      last.suspiciousLast = Math.max(last.suspiciousLast, p.suspicious);
      last.sourceFirst = Math.min(last.sourceFirst, p.source);
      last.sourceLast = Math.max(last.sourceLast, p.source);
    } else out.push({ suspiciousFirst: p.suspicious, suspiciousLast: p.suspicious, sourceFirst: p.source, sourceLast: p.source });
  }
  return out;
}
