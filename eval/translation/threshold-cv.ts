import type { LanguageCode } from '../../src/text/types.js';
import { balancedThreshold, pooledStandardThresholds, semiParametricThresholds } from './threshold-metrics.js';
import type { UdhrResult } from './udhr-eval.js';

/** Leave-one-unit-out balanced accuracy of one language under the three threshold rules. */
export interface ThresholdCvRow {
  lang: LanguageCode;
  /** Each language its own cut from its remaining training units (the rule of rounds 1–7). */
  own: number;
  /** One cut in standard deviations of each language's negatives, shared by the languages given (round 8). */
  shared: number;
  /** Negatives as they are, positives as a normal curve with a spread pooled over the languages given (round 9). */
  pooledSpread: number;
}

/** Held-out outcomes summed over the folds. */
interface Tally {
  misses: number;
  positives: number;
  falsePositives: number;
  negatives: number;
}

const emptyTally = (): Tally => ({ misses: 0, positives: 0, falsePositives: 0, negatives: 0 });

/**
 * Cross-validates the threshold rules on training units only: each training unit number in
 * turn is held out of every language, the rules are fitted on the others (the shared cut on all
 * `sharing` languages together), and the held-out unit's true pair and its negatives are
 * classified. Misses and false positives are summed over the folds into a balanced accuracy.
 * @param udhr UDHR results; only their training units are read
 * @param sharing languages pooled for the shared cut (the others are fitted on their own in both columns)
 */
export function thresholdCrossValidation(udhr: readonly UdhrResult[], sharing: readonly LanguageCode[]): ThresholdCvRow[] {
  const train = new Map<LanguageCode, { number: number; positive: number; negatives: number[] }[]>();
  for (const r of udhr) if (!('skipped' in r)) train.set(r.lang, r.queries.filter((q) => q.train));
  const numbers = [...new Set([...train.values()].flatMap((qs) => qs.map((q) => q.number)))].sort((a, b) => a - b);
  const tally = new Map<LanguageCode, { own: Tally; shared: Tally; pooledSpread: Tally }>();
  for (const lang of train.keys()) tally.set(lang, { own: emptyTally(), shared: emptyTally(), pooledSpread: emptyTally() });
  const count = (cell: Tally, t: number, held: { positive: number; negatives: number[] }): void => {
    cell.misses += held.positive < t ? 1 : 0;
    cell.positives += 1;
    cell.falsePositives += held.negatives.filter((n) => n >= t).length;
    cell.negatives += held.negatives.length;
  };
  for (const out of numbers) {
    const fit = new Map<LanguageCode, { positives: number[]; negatives: number[] }>();
    for (const [lang, qs] of train) {
      const rest = qs.filter((q) => q.number !== out);
      fit.set(lang, { positives: rest.map((q) => q.positive), negatives: rest.flatMap((q) => q.negatives) });
    }
    const pool = new Map([...fit].filter(([lang]) => sharing.includes(lang)));
    const shared = pooledStandardThresholds(pool).thresholds;
    const spread = semiParametricThresholds(pool).thresholds;
    for (const [lang, qs] of train) {
      const held = qs.find((q) => q.number === out);
      const set = fit.get(lang);
      const cells = tally.get(lang);
      if (held === undefined || set === undefined || cells === undefined) continue;
      const own = balancedThreshold(set.positives, set.negatives);
      count(cells.own, own, held);
      count(cells.shared, shared.get(lang) ?? own, held);
      count(cells.pooledSpread, spread.get(lang) ?? own, held);
    }
  }
  const accuracy = (c: Tally): number => (1 - c.misses / Math.max(1, c.positives) + 1 - c.falsePositives / Math.max(1, c.negatives)) / 2;
  return [...tally].map(([lang, c]) => ({ lang, own: accuracy(c.own), shared: accuracy(c.shared), pooledSpread: accuracy(c.pooledSpread) }));
}
