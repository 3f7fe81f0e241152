import { francAll } from 'franc';
import type { LanguageCode } from './types.js';

/** Languages storytrace analyses (everything but `und`), in a fixed order. */
export const SUPPORTED_LANGUAGES: readonly Exclude<LanguageCode, 'und'>[] = [
  'en', 'id', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar', 'tr',
];

/** Texts shorter than this (in characters, after trimming) are `und` unless declared. */
export const MIN_DETECT_LENGTH = 40;

/**
 * franc scores the best language 1 and others below; a runner-up closer than this means the
 * guess is weak. Measured on hand-written news sentences: clear cases have gaps of 0.1-0.4,
 * name-heavy English lines can drop to 0.02.
 */
export const CONFIDENT_GAP = 0.05;

// Standard Malay (zlm) and Indonesian (ind) are too close for trigrams on short texts; both mean `id`.
const FRANC_TO_CODE: Readonly<Record<string, Exclude<LanguageCode, 'und'>>> = {
  eng: 'en', ind: 'id', zlm: 'id', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', nld: 'nl',
  pol: 'pl', ita: 'it', rus: 'ru', arb: 'ar', tur: 'tr',
};
const FRANC_ONLY = Object.keys(FRANC_TO_CODE);

// Declared codes that are not ISO 639-1 of a supported language but mean one.
const DECLARED_ALIASES: Readonly<Record<string, Exclude<LanguageCode, 'und'>>> = {
  in: 'id', ms: 'id', ind: 'id', eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es',
  por: 'pt', nld: 'nl', dut: 'nl', pol: 'pl', ita: 'it', rus: 'ru', ara: 'ar', arb: 'ar', tur: 'tr',
};

/** The result of language detection. */
export interface DetectedLanguage {
  language: LanguageCode;
  /** false when the text was too short, franc's guess was weak, or the declared language overrode it. */
  confident: boolean;
}

/**
 * Map a declared language tag (`en-US`, `id`, `in`, `pt_BR`) to a supported code.
 *
 * @param declared A BCP 47-ish tag, possibly empty or junk.
 * @returns The supported code, or `und` when the tag names no supported language.
 */
export function parseDeclaredLanguage(declared: string | undefined): LanguageCode {
  if (declared === undefined) return 'und';
  const primary = declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const direct = SUPPORTED_LANGUAGES.find((code) => code === primary);
  return direct ?? DECLARED_ALIASES[primary] ?? 'und';
}

/** franc's scores of a sample, best first (1 = best; `und` alone when nothing was recognised). */
export type LanguageScores = readonly (readonly [string, number])[];

/** {@link detectLanguage} with franc's ranking, which may also score languages storytrace does not analyse. */
export interface RankedLanguage extends DetectedLanguage {
  /**
   * franc's ranking of the sample over the supported languages and the `alsoRank` ones;
   * undefined when the sample is shorter than `alsoRankMinLength` (or `alsoRank` is empty).
   */
  scores: LanguageScores | undefined;
}

/**
 * Detect the language of a text with franc, restricted to the supported languages.
 *
 * Rules: under {@link MIN_DETECT_LENGTH} characters, or when franc answers `und`, the
 * declared language is used if there is one (not confident), else `und`. When franc's best
 * guess leads the runner-up by less than {@link CONFIDENT_GAP}, a declared language wins;
 * without one the guess is returned, not confident. A clear guess wins over the declared
 * language (page metadata is often the site's default, not the article's).
 *
 * @param text The text to examine (only its first 2,048 characters count, as in franc).
 * @param declared Optional declared language tag, e.g. `en-US` or `id`.
 * @returns The language code and whether the answer is confident.
 */
export function detectLanguage(text: string, declared?: string): DetectedLanguage {
  const { language, confident } = rankLanguages(text, declared);
  return { language, confident };
}

/**
 * {@link detectLanguage} that also ranks other languages (franc ISO 639-3 codes) in the same
 * franc pass, for callers that must recognise text storytrace cannot analyse. franc's trigram
 * profile and distances are what cost; one pass over the union serves both questions.
 *
 * The answer is the same as {@link detectLanguage}'s: when a supported language ranks first
 * over the union, the supported languages' scores are exactly those of a supported-only pass
 * (franc normalises by the best distance, which is then the same); otherwise a second,
 * supported-only pass decides (rare: text in another language).
 * @param alsoRank franc codes to score besides the supported languages
 * @param alsoRankMinLength shortest sample (trimmed) worth ranking for them (franc's `minLength`)
 */
export function rankLanguages(text: string, declared?: string, alsoRank: readonly string[] = [], alsoRankMinLength = MIN_DETECT_LENGTH): RankedLanguage {
  const fallback = parseDeclaredLanguage(declared);
  const sample = text.trim();
  const scores = alsoRank.length > 0 && sample.length >= alsoRankMinLength
    ? francAll(sample, { only: [...FRANC_ONLY, ...alsoRank], minLength: alsoRankMinLength })
    : undefined;
  if (sample.length < MIN_DETECT_LENGTH) return { language: fallback, confident: false, scores };
  const first = scores?.[0];
  const ranked = scores !== undefined && first !== undefined && FRANC_TO_CODE[first[0]] !== undefined
    ? scores.filter(([code]) => FRANC_TO_CODE[code] !== undefined)
    : francAll(sample, { only: FRANC_ONLY, minLength: 1 });
  return { ...fromScores(ranked, fallback), scores };
}

function fromScores(ranked: LanguageScores, fallback: LanguageCode): DetectedLanguage {
  const bestTuple = ranked[0];
  const best = bestTuple === undefined ? undefined : FRANC_TO_CODE[bestTuple[0]];
  if (bestTuple === undefined || best === undefined) return { language: fallback, confident: false };
  // The runner-up is the best-scored language that maps to a different code (zlm/ind collapse).
  const runnerUp = ranked.find(([code]) => FRANC_TO_CODE[code] !== best);
  const gap = runnerUp === undefined ? 1 : bestTuple[1] - runnerUp[1];
  if (gap >= CONFIDENT_GAP) return { language: best, confident: true };
  if (fallback !== 'und') return { language: fallback, confident: fallback === best };
  return { language: best, confident: false };
}
