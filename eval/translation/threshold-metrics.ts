/** A threshold and what it does on a set of scores. */
export interface ThresholdOutcome {
  threshold: number;
  /** Share of positives at or above the threshold. */
  recall: number;
  /** Negatives at or above the threshold. */
  falsePositives: number;
  /** falsePositives over all negatives (scored or not). */
  falsePositiveRate: number;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Recall and false positives at a fixed threshold.
 * @param positives scores of true pairs
 * @param negatives scores of the non-pairs that were scored
 * @param negativeTotal all non-pairs, including those never verified (they score 0: never reported)
 */
export function outcomeAt(threshold: number, positives: readonly number[], negatives: readonly number[], negativeTotal = negatives.length): ThresholdOutcome {
  const tp = positives.filter((s) => s >= threshold).length;
  const fp = negatives.filter((s) => s >= threshold).length;
  return {
    threshold,
    recall: positives.length === 0 ? 0 : tp / positives.length,
    falsePositives: fp,
    falsePositiveRate: negativeTotal === 0 ? 0 : fp / negativeTotal,
  };
}

/**
 * The lowest threshold (on the 0.0001 grid) whose false-positive rate stays within `maxRate`.
 * @param negativeTotal all non-pairs, including those never verified
 * @param maxRate allowed false-positive rate (default 0.001)
 */
export function thresholdForFalsePositiveRate(negatives: readonly number[], negativeTotal: number, maxRate = 0.001): number {
  const allowed = Math.floor(maxRate * negativeTotal);
  const sorted = [...negatives].sort((a, b) => b - a);
  // Just above the (allowed+1)-th highest negative score.
  const blocker = sorted[allowed];
  return blocker === undefined ? 0 : round(blocker + 1e-4);
}

/**
 * The highest threshold (on the 0.0001 grid, rounded down) that keeps at least `minRecall` of
 * the positives at or above it.
 * @returns 0 when there are no positives
 */
export function thresholdForRecall(positives: readonly number[], minRecall: number): number {
  if (positives.length === 0) return 0;
  const sorted = [...positives].sort((a, b) => a - b);
  const misses = Math.floor((1 - minRecall) * positives.length + 1e-9);
  const keeper = sorted[Math.min(misses, sorted.length - 1)] ?? 0;
  return Math.floor(keeper * 1e4) / 1e4;
}

/**
 * One operating threshold for two requirements, a false-positive budget and a recall floor:
 * the middle of the interval where the training data meets both (from the lowest threshold
 * within the budget to the highest that keeps the recall), so that neither requirement sits
 * on the edge that training scores happen to draw; the budget's edge when the interval is empty.
 */
export function thresholdBetween(falsePositiveEdge: number, recallEdge: number): number {
  return recallEdge > falsePositiveEdge ? round((falsePositiveEdge + recallEdge) / 2) : falsePositiveEdge;
}

/** The recall a global threshold must keep on the training data (issue 4's target). */
export const GLOBAL_MIN_RECALL = 0.97;

/**
 * One global threshold from training scores: the middle of the interval where false positives
 * stay within 0.1 % of all non-pairs (from `budgetEdge`) and recall at or above
 * {@link GLOBAL_MIN_RECALL} (up to `recallEdge`), not the edge of the budget.
 * @param positives the true pairs' scores
 * @param negatives the scored non-pairs' scores
 * @param negativeTotal all non-pairs, scored or not
 */
export function globalThreshold(positives: readonly number[], negatives: readonly number[], negativeTotal: number): { budgetEdge: number; recallEdge: number; global: number } {
  const budgetEdge = thresholdForFalsePositiveRate(negatives, negativeTotal);
  const recallEdge = thresholdForRecall(positives, GLOBAL_MIN_RECALL);
  return { budgetEdge, recallEdge, global: thresholdBetween(budgetEdge, recallEdge) };
}

/**
 * Chooses a decision threshold between two classes: the one with the smallest balanced
 * error (misses over positives plus false alarms over negatives), in the middle of the best
 * interval so it does not sit on a training score.
 * @returns the threshold, rounded to 0.01 downwards-safe (4 decimals)
 */
export function balancedThreshold(positives: readonly number[], negatives: readonly number[]): number {
  const cuts = [...new Set([...positives, ...negatives])].sort((a, b) => a - b);
  if (cuts.length === 0) return 0;
  const candidates = [(cuts[0] ?? 0) - 1e-3, ...cuts.slice(1).map((c, k) => ((cuts[k] ?? 0) + c) / 2), (cuts[cuts.length - 1] ?? 0) + 1e-3];
  const errorAt = (t: number): number =>
    (positives.length === 0 ? 0 : positives.filter((s) => s < t).length / positives.length) +
    (negatives.length === 0 ? 0 : negatives.filter((s) => s >= t).length / negatives.length);
  let bestError = Infinity;
  let first = 0;
  let last = 0;
  candidates.forEach((t, k) => {
    const e = errorAt(t);
    if (e < bestError - 1e-12) [bestError, first, last] = [e, k, k];
    else if (Math.abs(e - bestError) <= 1e-12 && last === k - 1) last = k;
  });
  return round(((candidates[first] ?? 0) + (candidates[last] ?? 0)) / 2);
}

/** Share of pairs whose positive score is above its negative score (ties count half). */
export function pairwiseAccuracy(pairs: readonly { positive: number; negative: number }[]): number {
  if (pairs.length === 0) return 0;
  return pairs.reduce((acc, p) => acc + (p.positive > p.negative ? 1 : p.positive === p.negative ? 0.5 : 0), 0) / pairs.length;
}

/** Mean and (population) standard deviation of a language's negative scores. */
function negativeScale(negatives: readonly number[]): { mean: number; sd: number } {
  const mean = negatives.reduce((a, b) => a + b, 0) / Math.max(1, negatives.length);
  const variance = negatives.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, negatives.length);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * One decision rule for several languages with few positives each: every language's scores
 * are put on the scale of its own negatives (z = (score − mean) / sd, from hundreds of
 * same-topic non-pairs, so the scale is steady), one cut k is chosen by {@link balancedThreshold}
 * on all languages' z-scores together, and each language's threshold is mean + k · sd. Sixteen
 * positives per language made the per-language cut jump with its lowest positive and highest
 * negative; here each language's positives move k only a little.
 * @param sets per language, training positives and negatives
 * @returns the shared cut k (in standard deviations) and each language's threshold (4 decimals)
 */
export function pooledStandardThresholds<K>(sets: ReadonlyMap<K, { positives: readonly number[]; negatives: readonly number[] }>): { k: number; thresholds: Map<K, number> } {
  const scales = new Map<K, { mean: number; sd: number }>();
  const positives: number[] = [];
  const negatives: number[] = [];
  for (const [key, set] of sets) {
    const scale = negativeScale(set.negatives);
    if (set.positives.length === 0 || set.negatives.length === 0 || scale.sd === 0) continue;
    scales.set(key, scale);
    for (const p of set.positives) positives.push((p - scale.mean) / scale.sd);
    for (const n of set.negatives) negatives.push((n - scale.mean) / scale.sd);
  }
  // balancedThreshold rounds to 4 decimals, fine for k in standard deviations too.
  const k = balancedThreshold(positives, negatives);
  const thresholds = new Map<K, number>();
  for (const [key, scale] of scales) thresholds.set(key, round(scale.mean + k * scale.sd));
  return { k, thresholds };
}

/**
 * The standard normal distribution function, by the Abramowitz–Stegun approximation 7.1.26 of
 * erf (absolute error under 1.5e-7), enough for a decision threshold.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  const erf = 1 - poly * Math.exp(-x * x);
  return 0.5 * (1 + (z >= 0 ? erf : -erf));
}

/**
 * Thresholds for languages with few positives each, from their negatives as they are and
 * their positives as a normal curve. A language's hundreds of same-topic negatives give its
 * false-positive rate at any cut directly; its sixteen positives give a mean, but their lowest
 * one (which the empirical cut of {@link balancedThreshold} sits next to) moves with every
 * unit. So each language's positives are modelled as normal, with their own mean and one
 * spread shared by all languages (the pooled within-language standard deviation of the
 * positives, in standard deviations of each language's negatives), and its threshold is the
 * cut of smallest expected balanced error: the modelled share of positives below it plus the
 * share of its training negatives at or above it. The smallest error lies just above one of
 * its negatives (or below all of them), so those are the cuts tried.
 * @param sets per language, training positives and negatives
 * @returns each language's threshold (4 decimals) and the pooled spread of positives (in negative standard deviations)
 */
export function semiParametricThresholds<K>(sets: ReadonlyMap<K, { positives: readonly number[]; negatives: readonly number[] }>): { spread: number; thresholds: Map<K, number> } {
  const usable = [...sets].filter(([, set]) => set.positives.length > 0 && set.negatives.length > 0 && negativeScale(set.negatives).sd > 0);
  let squares = 0;
  let count = 0;
  for (const [, set] of usable) {
    const scale = negativeScale(set.negatives);
    const z = set.positives.map((p) => (p - scale.mean) / scale.sd);
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    for (const v of z) squares += (v - mean) ** 2;
    count += z.length;
  }
  const spread = Math.sqrt(squares / Math.max(1, count));
  const thresholds = new Map<K, number>();
  for (const [key, set] of usable) {
    const scale = negativeScale(set.negatives);
    const positiveMean = set.positives.reduce((a, b) => a + b, 0) / set.positives.length;
    const sd = spread * scale.sd;
    const negatives = [...set.negatives].sort((a, b) => a - b);
    let best = (negatives[0] ?? 0) - 1e-4;
    let bestError = Infinity;
    for (let i = 0; i <= negatives.length; i++) {
      const cut = i === 0 ? (negatives[0] ?? 0) - 1e-4 : (negatives[i - 1] ?? 0) + 1e-4;
      // Ties: negatives equal to the one just passed are still at or above the cut.
      const falsePositives = negatives.length - negatives.filter((n) => n < cut).length;
      const missed = sd > 0 ? normalCdf((cut - positiveMean) / sd) : cut > positiveMean ? 1 : 0;
      const error = missed + falsePositives / negatives.length;
      if (error < bestError - 1e-12) [bestError, best] = [error, cut];
    }
    thresholds.set(key, round(best));
  }
  return { spread, thresholds };
}
