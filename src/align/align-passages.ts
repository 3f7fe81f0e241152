import { sentenceSimilarity } from './sentence-similarity.js';
import { mergeVectors, type SentenceVector } from './sentence-vectors.js';
import type { Bead } from './types.js';

/** Both parts of a joined pair of sentences must resemble the other sentence at least this much to be tried. */
const PART_FLOOR = 0.1;

/** Index of the largest value of `count` values read through `at`, first on ties; -1 when all are 0. */
function argmax(count: number, at: (k: number) => number): number {
  let best = -1;
  let value = 0;
  for (let k = 0; k < count; k++) {
    const v = at(k);
    if (v > value) {
      value = v;
      best = k;
    }
  }
  return best;
}

/**
 * The 2-1 and 1-2 windows worth scoring: a sentence against its best match on the other side
 * joined with that match's neighbour before or after, when both parts resemble it. A sentence
 * folding two others resembles one of them best, so this finds the folds while scoring O(n + m)
 * windows instead of every adjacent pair against every sentence (two long look-alike documents
 * had millions).
 */
function windows(source: readonly SentenceVector[], target: readonly SentenceVector[], sim: Float32Array): Bead[] {
  const n = source.length;
  const m = target.length;
  const out: Bead[] = [];
  const s11 = (i: number, j: number): number => sim[i * m + j] ?? 0;
  const mergedSource = new Map<number, SentenceVector>();
  const mergedTarget = new Map<number, SentenceVector>();
  const merged = (side: readonly SentenceVector[], memo: Map<number, SentenceVector>, k: number): SentenceVector | undefined => {
    let v = memo.get(k);
    const a = side[k];
    const b = side[k + 1];
    if (v === undefined && a && b) memo.set(k, (v = mergeVectors(a, b, true)));
    return v;
  };
  for (let j = 0; j < m; j++) {
    const best = argmax(n, (i) => s11(i, j));
    const t = target[j];
    if (best < 0 || !t) continue;
    for (const i of [best - 1, best]) {
      if (i < 0 || i + 1 >= n || s11(i, j) < PART_FLOOR || s11(i + 1, j) < PART_FLOOR) continue;
      const v = merged(source, mergedSource, i);
      const s = v ? sentenceSimilarity(v, t, true) : 0;
      if (s > Math.max(s11(i, j), s11(i + 1, j))) out.push({ source: [i, i + 1], target: [j], similarity: s });
    }
  }
  for (let i = 0; i < n; i++) {
    const best = argmax(m, (j) => s11(i, j));
    const x = source[i];
    if (best < 0 || !x) continue;
    for (const j of [best - 1, best]) {
      if (j < 0 || j + 1 >= m || s11(i, j) < PART_FLOOR || s11(i, j + 1) < PART_FLOOR) continue;
      const v = merged(target, mergedTarget, j);
      const s = v ? sentenceSimilarity(x, v, true) : 0;
      if (s > Math.max(s11(i, j), s11(i, j + 1))) out.push({ source: [i], target: [j, j + 1], similarity: s });
    }
  }
  return out;
}

/** Passages matched order-free, and per sentence the best similarity it reaches alone or inside a window. */
export interface PassageMatch {
  /** Matched passages (1-1, 2-1, 1-2), each sentence in at most one, sorted by first target sentence. */
  beads: Bead[];
  /** Per source sentence: its best similarity to a target sentence or adjacent pair, or as part of a source pair. */
  bestSource: Float32Array;
  bestTarget: Float32Array;
}

/**
 * Order-free passage matching for rewrites, which reorder sentences and also split one
 * sentence in two or fold two into one ("…a pair of samples out of just over a dozen" restating
 * the end of one sentence and the start of the next): like greedy 1-1 matching, but a pair of
 * adjacent sentences may stand against one sentence of the other side when together they
 * resemble it more than either alone. Greedy by similarity, ties by position: deterministic.
 * @param sim row-major 1-1 similarity matrix (source × target) of the same vectors
 */
export function alignPassages(source: readonly SentenceVector[], target: readonly SentenceVector[], sim: Float32Array, minSimilarity: number): PassageMatch {
  const n = source.length;
  const m = target.length;
  const bestSource = new Float32Array(n);
  const bestTarget = new Float32Array(m);
  const candidates: Bead[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = sim[i * m + j] ?? 0;
      bestSource[i] = Math.max(bestSource[i] ?? 0, s);
      bestTarget[j] = Math.max(bestTarget[j] ?? 0, s);
      if (s >= minSimilarity) candidates.push({ source: [i], target: [j], similarity: s });
    }
  }
  for (const w of windows(source, target, sim)) {
    for (const i of w.source) bestSource[i] = Math.max(bestSource[i] ?? 0, w.similarity);
    for (const j of w.target) bestTarget[j] = Math.max(bestTarget[j] ?? 0, w.similarity);
    if (w.similarity >= minSimilarity) candidates.push(w);
  }
  candidates.sort((x, y) => y.similarity - x.similarity || (x.target[0] ?? 0) - (y.target[0] ?? 0) || (x.source[0] ?? 0) - (y.source[0] ?? 0) || x.source.length - y.source.length);
  const usedSource = new Uint8Array(n);
  const usedTarget = new Uint8Array(m);
  const beads: Bead[] = [];
  for (const c of candidates) {
    if (c.source.some((i) => usedSource[i]) || c.target.some((j) => usedTarget[j])) continue;
    for (const i of c.source) usedSource[i] = 1;
    for (const j of c.target) usedTarget[j] = 1;
    beads.push(c);
  }
  beads.sort((x, y) => (x.target[0] ?? 0) - (y.target[0] ?? 0));
  return { beads, bestSource, bestTarget };
}
