import type { LanguageCode } from '../../src/text/types.js';
import type { DebianResult } from './debian-reference-eval.js';
import { balancedThreshold, pooledStandardThresholds, semiParametricThresholds } from './threshold-metrics.js';
import type { UdhrResult } from './udhr-eval.js';

/** Positive and negative bead scores of one half of the data, for one language. */
export interface ScoreSets {
  positives: number[];
  negatives: number[];
}

/**
 * Gathers the scores of one half: true pairs as positives; as negatives the wrong units or
 * sections that were verified (UDHR: all other articles; Debian: the wrong candidates and the
 * neighbouring section of the same chapter).
 * @param half `train` (even-numbered items) or `test` (odd)
 */
export function scoreSets(lang: LanguageCode, udhr: readonly UdhrResult[], debian: DebianResult | undefined, half: 'train' | 'test'): ScoreSets {
  const want = half === 'train';
  const out: ScoreSets = { positives: [], negatives: [] };
  for (const r of udhr) {
    if (r.lang !== lang || 'skipped' in r) continue;
    for (const q of r.queries.filter((x) => x.train === want)) {
      out.positives.push(q.positive);
      out.negatives.push(...q.negatives);
    }
  }
  if (lang === 'id' && debian && !('skipped' in debian)) {
    for (const q of debian.queries.filter((x) => x.train === want)) {
      out.positives.push(q.positive);
      out.negatives.push(...q.wideNegatives);
      if (q.neighbour !== undefined) out.negatives.push(q.neighbour);
    }
  }
  return out;
}

/**
 * Languages with at least this many training positives get a cut of their own; the others
 * share one (see {@link calibrateThresholds}). Only id reaches it (UDHR and Debian Reference).
 */
export const OWN_THRESHOLD_MIN_POSITIVES = 50;

/**
 * Per-language bead thresholds, each language's own: the smallest balanced error between its
 * true pairs and same-topic non-translations on the training half (see {@link balancedThreshold}).
 * The rule of rounds 1–7, kept for comparison.
 * @returns language → threshold, for the languages with training data
 */
export function calibrateOwnThresholds(languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined): Map<LanguageCode, number> {
  const out = new Map<LanguageCode, number>();
  for (const lang of languages) {
    const train = scoreSets(lang, udhr, debian, 'train');
    if (train.positives.length > 0 && train.negatives.length > 0) out.set(lang, balancedThreshold(train.positives, train.negatives));
  }
  return out;
}

/**
 * Per-language bead thresholds chosen on the training half only. A language with
 * {@link OWN_THRESHOLD_MIN_POSITIVES} or more training positives keeps its own balanced cut;
 * for the others (16 UDHR positives each) each language's negatives count as they are and its
 * positives as a normal curve with one spread pooled over those languages
 * ({@link semiParametricThresholds}): on the training halves, cross-validated by leaving one unit
 * out and by random halves, it gave a higher mean balanced accuracy than sixteen-positive cuts
 * of their own and than round 8's shared cut in negative standard deviations (docs/accuracy.md,
 * round 9).
 * @returns language → threshold, for the languages with training data
 */
export function calibrateThresholds(languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined): Map<LanguageCode, number> {
  return calibrateWithPooledSpread(languages, udhr, debian).thresholds;
}

/** {@link calibrateThresholds} with the pooled spread of positives and the languages that share it, for the report. */
export function calibrateWithPooledSpread(languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined): { thresholds: Map<LanguageCode, number>; spread: number; sharing: LanguageCode[] } {
  const { thresholds, shared, sharing } = withPooledRule(languages, udhr, debian, semiParametricThresholds);
  return { thresholds, spread: shared.spread, sharing };
}

/** Round 8's rule, kept for comparison: one cut k in standard deviations of each language's negatives ({@link pooledStandardThresholds}). */
export function calibrateWithSharedCut(languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined): { thresholds: Map<LanguageCode, number>; k: number; sharing: LanguageCode[] } {
  const { thresholds, shared, sharing } = withPooledRule(languages, udhr, debian, pooledStandardThresholds);
  return { thresholds, k: shared.k, sharing };
}

/**
 * Each language's own threshold, except that the languages with fewer than
 * {@link OWN_THRESHOLD_MIN_POSITIVES} training positives take the one a rule pooled over them gives.
 */
function withPooledRule<R extends { thresholds: Map<LanguageCode, number> }>(
  languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined, rule: (pooled: ReadonlyMap<LanguageCode, ScoreSets>) => R,
): { thresholds: Map<LanguageCode, number>; shared: R; sharing: LanguageCode[] } {
  const own = calibrateOwnThresholds(languages, udhr, debian);
  const pooled = new Map<LanguageCode, ScoreSets>();
  for (const lang of own.keys()) {
    const train = scoreSets(lang, udhr, debian, 'train');
    if (train.positives.length < OWN_THRESHOLD_MIN_POSITIVES) pooled.set(lang, train);
  }
  const shared = rule(pooled);
  const thresholds = new Map([...own].map(([lang, t]): [LanguageCode, number] => [lang, shared.thresholds.get(lang) ?? t]));
  return { thresholds, shared, sharing: [...shared.thresholds.keys()] };
}
