import type { LanguageCode } from '../../src/text/types.js';
import type { DebianResult } from './debian-reference-eval.js';
import { balancedThreshold } from './threshold-metrics.js';
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
 * Per-language bead thresholds chosen on the training half only: the smallest balanced error
 * between true pairs and same-topic non-translations (see {@link balancedThreshold}).
 * @returns language → threshold, for the languages with training data
 */
export function calibrateThresholds(languages: readonly LanguageCode[], udhr: readonly UdhrResult[], debian: DebianResult | undefined): Map<LanguageCode, number> {
  const out = new Map<LanguageCode, number>();
  for (const lang of languages) {
    const train = scoreSets(lang, udhr, debian, 'train');
    if (train.positives.length > 0 && train.negatives.length > 0) out.set(lang, balancedThreshold(train.positives, train.negatives));
  }
  return out;
}
