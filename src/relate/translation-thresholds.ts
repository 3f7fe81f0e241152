import type { LanguageCode } from '../text/types.js';

/**
 * Minimum aligned-bead score (both sides) for a translation, per foreign language. A lexicon's
 * density sets how high projected similarities go, so each language has its own threshold.
 * Calibrated on training data only (see docs/accuracy.md); `DEFAULT` serves the rest.
 */
export const TRANSLATION_BEAD_THRESHOLD: Readonly<Partial<Record<LanguageCode, number>>> & { DEFAULT: number } = Object.freeze({
  DEFAULT: 0.15,
});

/** The bead-score threshold for a pair of languages (English is the shared space). */
export function translationThreshold(a: LanguageCode, b: LanguageCode): number {
  const foreign = a === 'en' ? b : a;
  return TRANSLATION_BEAD_THRESHOLD[foreign] ?? TRANSLATION_BEAD_THRESHOLD.DEFAULT;
}
