// Small statistics shared by the dataset evaluations.

/**
 * Pearson correlation of two equally long series.
 * @returns r in [-1, 1]; 0 when fewer than 2 points or either series is constant
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Precision, recall and F1 of a binary decision. */
export interface BinaryScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/**
 * Scores binary predictions against gold labels.
 * @param items each with `gold` and `predicted` booleans
 * @returns counts and ratios; a ratio with an empty denominator is 0
 */
export function binaryScores(items: readonly { gold: boolean; predicted: boolean }[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { gold, predicted } of items) {
    if (gold && predicted) tp++;
    else if (!gold && predicted) fp++;
    else if (gold && !predicted) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = tp + fp + fn + tn;
  return { tp, fp, fn, tn, precision, recall, f1, accuracy: total === 0 ? 0 : (tp + tn) / total };
}

/**
 * The threshold on a score that maximises F1 of `score >= threshold` against gold, searched over
 * the observed scores (ties broken by the lower threshold, so the result is deterministic).
 * @returns the threshold and its F1; threshold +Infinity when there are no items
 */
export function bestF1Threshold(items: readonly { score: number; gold: boolean }[]): { threshold: number; f1: number } {
  const candidates = [...new Set(items.map((i) => i.score))].sort((a, b) => a - b);
  let best = { threshold: Number.POSITIVE_INFINITY, f1: -1 };
  for (const t of candidates) {
    const { f1 } = binaryScores(items.map((i) => ({ gold: i.gold, predicted: i.score >= t })));
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best.f1 < 0 ? { threshold: Number.POSITIVE_INFINITY, f1: 0 } : best;
}

/** Formats a ratio as a percentage with one decimal, e.g. `94.5 %`. */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

/** Formats a number with three decimals. */
export function fixed3(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}
