import { mergeVectors, sentenceSimilarity, type SentenceVector } from './sentence-similarity.js';
import type { Bead } from './types.js';

/** Both parts of a joined pair of sentences must resemble the other sentence at least this much to be tried. */
const PART_FLOOR = 0.1;

/** The 2-1 and 1-2 windows worth scoring: adjacent sentences on one side that both resemble one sentence of the other. */
function windows(source: readonly SentenceVector[], target: readonly SentenceVector[], sim: Float32Array, sameScript: boolean): Bead[] {
  const n = source.length;
  const m = target.length;
  const out: Bead[] = [];
  const s11 = (i: number, j: number): number => sim[i * m + j] ?? 0;
  for (let i = 0; i + 1 < n; i++) {
    const a = source[i];
    const b = source[i + 1];
    if (!a || !b) continue;
    let merged: SentenceVector | undefined;
    for (let j = 0; j < m; j++) {
      const t = target[j];
      if (!t || s11(i, j) < PART_FLOOR || s11(i + 1, j) < PART_FLOOR) continue;
      merged ??= mergeVectors(a, b);
      const s = sentenceSimilarity(merged, t, sameScript);
      if (s > Math.max(s11(i, j), s11(i + 1, j))) out.push({ source: [i, i + 1], target: [j], similarity: s });
    }
  }
  for (let j = 0; j + 1 < m; j++) {
    const a = target[j];
    const b = target[j + 1];
    if (!a || !b) continue;
    let merged: SentenceVector | undefined;
    for (let i = 0; i < n; i++) {
      const s = source[i];
      if (!s || s11(i, j) < PART_FLOOR || s11(i, j + 1) < PART_FLOOR) continue;
      merged ??= mergeVectors(a, b);
      const x = sentenceSimilarity(s, merged, sameScript);
      if (x > Math.max(s11(i, j), s11(i, j + 1))) out.push({ source: [i], target: [j, j + 1], similarity: x });
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
export function alignPassages(source: readonly SentenceVector[], target: readonly SentenceVector[], sim: Float32Array, minSimilarity: number, sameScript = true): PassageMatch {
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
  for (const w of windows(source, target, sim, sameScript)) {
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
