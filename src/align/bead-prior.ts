import type { SentenceVector } from './sentence-vectors.js';

/** Added to both lengths so that short sentences (headings, "Article 3") do not swing the ratio. */
const LENGTH_SMOOTHING = 10;
/** Similarity from which a mutual best match is trusted to estimate the pair's length ratio. */
const CONFIDENT_SIMILARITY = 0.2;
/** Confident matches needed before their ratio is preferred to the whole documents' ratio. */
const MIN_CONFIDENT = 3;

/** Log of a smoothed length ratio (source over target). */
export function logLengthRatio(source: number, target: number): number {
  return Math.log((source + LENGTH_SMOOTHING) / (target + LENGTH_SMOOTHING));
}

/**
 * The typical log length ratio of sentence translations in this pair: the median over mutual
 * best matches of the similarity matrix, or, with too few of those, the ratio of the whole
 * texts. Estimated per pair, so no per-language constant is needed (German runs longer than
 * English, Indonesian longer still) and omissions on one side barely move it.
 * @param sim row-major similarity matrix (source × target)
 */
export function typicalLogRatio(source: readonly SentenceVector[], target: readonly SentenceVector[], sim: Float32Array): number {
  const n = source.length;
  const m = target.length;
  const bestOfRow = new Int32Array(n).fill(-1);
  const bestOfColumn = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = sim[i * m + j] ?? 0;
      if (s <= 0) continue;
      if (bestOfRow[i] === -1 || s > (sim[i * m + (bestOfRow[i] ?? 0)] ?? 0)) bestOfRow[i] = j;
      if (bestOfColumn[j] === -1 || s > (sim[(bestOfColumn[j] ?? 0) * m + j] ?? 0)) bestOfColumn[j] = i;
    }
  }
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = bestOfRow[i] ?? -1;
    if (j < 0 || bestOfColumn[j] !== i || (sim[i * m + j] ?? 0) < CONFIDENT_SIMILARITY) continue;
    ratios.push(logLengthRatio(source[i]?.length ?? 0, target[j]?.length ?? 0));
  }
  if (ratios.length < MIN_CONFIDENT) {
    const total = (side: readonly SentenceVector[]): number => side.reduce((acc, v) => acc + v.length, 0);
    return Math.log((total(source) + 1) / (total(target) + 1));
  }
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 === 1 ? (ratios[mid] ?? 0) : ((ratios[mid - 1] ?? 0) + (ratios[mid] ?? 0)) / 2;
}
