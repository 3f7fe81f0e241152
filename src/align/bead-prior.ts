import type { SentenceVector } from './sentence-similarity.js';

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

/**
 * Per-row and per-column neighbourhood similarity: the mean of the `k` best similarities of
 * each source sentence (rows) and each target sentence (columns). Subtracting it (as in CSLS
 * for bilingual lexicon induction) discounts sentences that resemble everything — generic
 * ones, or any sentence of a dense lexicon — so a weak but distinctive link can win.
 */
export function neighbourhoodSimilarity(sim: Float32Array, n: number, m: number, k: number): { rows: Float32Array; columns: Float32Array } {
  const topMean = (count: number, other: number, at: (x: number, y: number) => number): Float32Array => {
    const out = new Float32Array(count);
    const best: number[] = [];
    for (let x = 0; x < count; x++) {
      best.length = 0;
      for (let y = 0; y < other; y++) {
        const s = at(x, y);
        if (best.length < k) {
          best.push(s);
          best.sort((a, b) => b - a);
        } else if (s > (best[k - 1] ?? 0)) {
          best[k - 1] = s;
          best.sort((a, b) => b - a);
        }
      }
      out[x] = best.length === 0 ? 0 : best.reduce((a, b) => a + b, 0) / k;
    }
    return out;
  };
  return {
    rows: topMean(n, m, (i, j) => sim[i * m + j] ?? 0),
    columns: topMean(m, n, (j, i) => sim[i * m + j] ?? 0),
  };
}
