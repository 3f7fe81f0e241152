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
