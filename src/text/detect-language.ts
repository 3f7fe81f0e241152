import { francAll } from 'franc';
import { otherLanguageOf } from './other-language.js';
import { distinctStopwords, mostStopwords, ownAndForeign, PROFILED_LANGUAGES, stopwordProfile, type StopwordProfile } from './stopword-profile.js';
import type { LanguageCode } from './types.js';

/** Languages storytrace analyses (everything but `und`), in a fixed order (the stop-word profile's). */
export const SUPPORTED_LANGUAGES: readonly Exclude<LanguageCode, 'und'>[] = PROFILED_LANGUAGES;

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
/** franc codes of the supported languages (franc's `only` list; exported for tests). */
export const FRANC_ONLY = Object.keys(FRANC_TO_CODE);

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
   * undefined when the sample is shorter than `alsoRankMinLength` (or `alsoRank` is empty), and
   * when the sample's stop words settled a supported language without franc (the stop words of
   * that one language fill the window).
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
 * language (page metadata is often the site's default, not the article's). Without a declared
 * language, a text that reads rather as a language storytrace has no model for (Yoruba,
 * Swahili, Tagalog: see `otherLanguageOf`) is `und`, not confident, instead of the nearest
 * supported language.
 *
 * @param text The text to examine (only its first 2,048 characters count, as in franc).
 * @param declared Optional declared language tag, e.g. `en-US` or `id`.
 * @returns The language code and whether the answer is confident.
 */
export function detectLanguage(text: string, declared?: string): DetectedLanguage {
  const { language, confident } = rankLanguages(text, declared);
  return { language, confident };
}

/** franc reads the first this many characters of what it is given. */
export const FRANC_WINDOW = 2048;
/**
 * The first pass reads this many characters of a longer sample, in {@link QUICK_PIECES}
 * pieces spread over franc's window: franc's cost grows with what it reads (a trigram table of
 * up to {@link FRANC_WINDOW} characters), and pieces from all over the window name its language
 * as well as the whole window does when they agree clearly. Pieces rather than the head, so
 * that a text that changes language within the window gives a weak first pass.
 */
export const QUICK_SAMPLE_CHARS = 600;
const QUICK_PIECES = 4;
/**
 * The pieces decide alone only when their best language leads every other by this much.
 * Chosen on 13,019 texts (examples/, the eval datasets in all their languages, the bench
 * subset, and a fifth of them again with a declared language) and 1,344 two-language splices
 * of them (docs/benchmarks.md, session 4).
 */
const QUICK_SURE_GAP = 0.04;
/**
 * Stop words of another supported language in the window, per stop word of the pieces'
 * language, from which the whole window decides: a text may switch language after a quote or
 * a caption, which spread pieces can miss. On the splices, 0.2 and 0.3 let no different answer
 * through, 0.5 let 8 of 1,344 through; on the check set 0.2 leaves 69 % of long samples to
 * the first pass.
 */
const MAX_FOREIGN_STOPWORDS = 0.2;

// A letter of another script than the pieces' language: the window may hold a story in another
// script after an English tweet or caption (a case on the check set). One class, "a letter and
// not of this script" (not a non-letter, not of the script), rather than a lookahead before a
// letter: the same code points, and 6× faster over a window that holds none.
const LATIN_OTHER = /[^\P{L}\p{Script=Latin}]/u;
const OTHER_SCRIPT_LETTER: Readonly<Record<Exclude<LanguageCode, 'und'>, RegExp>> = {
  en: LATIN_OTHER, id: LATIN_OTHER, de: LATIN_OTHER, fr: LATIN_OTHER, es: LATIN_OTHER, pt: LATIN_OTHER,
  nl: LATIN_OTHER, pl: LATIN_OTHER, it: LATIN_OTHER, tr: LATIN_OTHER,
  ru: /[^\P{L}\p{Script=Cyrillic}]/u, ar: /[^\P{L}\p{Script=Arabic}]/u,
};

/** {@link QUICK_PIECES} pieces of the window, evenly spread, first and last at its ends. */
export function spreadPieces(window: string): string {
  const size = Math.floor(QUICK_SAMPLE_CHARS / QUICK_PIECES);
  const pieces: string[] = [];
  for (let p = 0; p < QUICK_PIECES; p++) {
    const at = Math.round(((window.length - size) * p) / (QUICK_PIECES - 1));
    pieces.push(window.slice(at, at + size));
  }
  return pieces.join(' ').trim();
}

/** True when the window holds many stop words of another supported language than `language`. */
function hasForeignStopwords(profile: StopwordProfile, language: Exclude<LanguageCode, 'und'>): boolean {
  const { own, foreign } = ownAndForeign(profile.parts, SUPPORTED_LANGUAGES.indexOf(language));
  return foreign > MAX_FOREIGN_STOPWORDS * Math.max(1, own);
}

/**
 * When the window's stop words name its language beyond doubt, franc is not asked: at least
 * this many of them, this share of all its words, at most {@link MAX_FOREIGN_STOPWORDS} of
 * another language per own one, and in each quarter of the window at least
 * {@link SETTLED_MIN_PART} own ones and at most {@link SETTLED_MAX_FOREIGN_PART} foreign per own
 * (a text that switches language within the window fails in some quarter). Chosen on
 * `bench/language-check.ts`'s 17,721 texts, 1,344 splices among them: the rule names the
 * language of 6,444 of their 12,684 long samples (all 1,000 bench documents), 0 different from
 * franc's answer; looser rules (20 stop words, 15 %, 3 per quarter, or 1 foreign per own in a
 * quarter) let 1-7 different answers through, and 8,064 more splices cut at
 * 12 points gave 0 different too (docs/benchmarks.md, session 6).
 */
const SETTLED_MIN_OWN = 40;
/**
 * And at least this many *different* stop words of that language: a language the rule does not
 * know can fill a window with a few short words another list happens to hold (Tagalog's "ng",
 * "sa", "na", "at" are in stopwords-iso's English list; in 2,048 characters of UDHR, Tagalog has 8
 * different ones, Sardinian 13, Occitan 16-23; the supported languages' own UDHR 18-71 (the one
 * under 20 is left to franc, as any unsettled text), the first 3,000 bench documents at least
 * 20, median 36).
 */
const SETTLED_MIN_DISTINCT = 20;
const SETTLED_MIN_SHARE = 0.3;
const SETTLED_MIN_PART = 8;
const SETTLED_MAX_FOREIGN_PART = 0.25;

/** The language the window's stop words settle alone (see {@link SETTLED_MIN_OWN}), else undefined. */
function settledByStopwords(profile: StopwordProfile, window: string, declared: LanguageCode): Exclude<LanguageCode, 'und'> | undefined {
  const bit = mostStopwords(profile);
  const code = SUPPORTED_LANGUAGES[bit];
  if (code === undefined || (declared !== 'und' && declared !== code)) return undefined;
  const { own, foreign } = ownAndForeign(profile.parts, bit);
  if (own < SETTLED_MIN_OWN || own < SETTLED_MIN_SHARE * profile.words || foreign > MAX_FOREIGN_STOPWORDS * own) return undefined;
  if (distinctStopwords(profile, bit) < SETTLED_MIN_DISTINCT) return undefined;
  for (const part of profile.parts) {
    const inPart = ownAndForeign([part], bit);
    if (inPart.own < SETTLED_MIN_PART || inPart.foreign > SETTLED_MAX_FOREIGN_PART * inPart.own) return undefined;
  }
  return OTHER_SCRIPT_LETTER[code].test(window) ? undefined : code;
}

/** What the first pass settled: the language, with franc's ranking of the pieces unless stop words settled it. */
interface QuickAnswer {
  language: Exclude<LanguageCode, 'und'>;
  scores: LanguageScores | undefined;
}

/**
 * The first pass over a long sample, when it settles the answer the whole window would give:
 * the window's stop words alone (see {@link SETTLED_MIN_OWN}), or else franc's ranking of
 * spread pieces, when a supported language leads all others (also the `only` ones storytrace
 * cannot analyse) by {@link QUICK_SURE_GAP}, agrees with the declared language if any (a
 * declared language overrides a weak guess, and only the whole window tells how weak), and the
 * window has no letter of another script and few stop words of another language. Else
 * undefined: the whole window decides.
 */
function quickRanking(sample: string, declared: LanguageCode, only: readonly string[], minLength: number): QuickAnswer | undefined {
  if (sample.length <= QUICK_SAMPLE_CHARS) return undefined;
  const window = sample.slice(0, FRANC_WINDOW);
  const profile = stopwordProfile(window);
  const settled = settledByStopwords(profile, window, declared);
  if (settled !== undefined) return { language: settled, scores: undefined };
  const ranked = francAll(spreadPieces(window), { only: [...only], minLength });
  const best = ranked[0];
  const code = best === undefined ? undefined : FRANC_TO_CODE[best[0]];
  if (best === undefined || code === undefined || (declared !== 'und' && declared !== code)) return undefined;
  const runnerUp = ranked.find(([c]) => FRANC_TO_CODE[c] !== code);
  if (runnerUp !== undefined && best[1] - runnerUp[1] < QUICK_SURE_GAP) return undefined;
  return OTHER_SCRIPT_LETTER[code].test(window) || hasForeignStopwords(profile, code) ? undefined : { language: code, scores: ranked };
}

/**
 * {@link detectLanguage} that also ranks other languages (franc ISO 639-3 codes) in the same
 * franc pass, for callers that must recognise text storytrace cannot analyse. franc's trigram
 * profile and distances are what cost; one pass over the union serves both questions, and a
 * long sample is first ranked by 600 characters of it (see `quickRanking`; only with
 * `alsoRank`, as that is how its thresholds were measured): most texts are settled there.
 *
 * The answer is the same as a supported-only pass over the whole window: when a supported
 * language ranks first over the union, the supported languages' scores are exactly those of a
 * supported-only pass (franc normalises by the best distance, which is then the same);
 * otherwise a second, supported-only pass decides (rare: text in another language). When the
 * first pass decides, `confident` is true and `scores` are its own (undefined when stop words
 * decided).
 * @param alsoRank franc codes to score besides the supported languages
 * @param alsoRankMinLength shortest sample (trimmed) worth ranking for them (franc's `minLength`)
 */
export function rankLanguages(text: string, declared?: string, alsoRank: readonly string[] = [], alsoRankMinLength = MIN_DETECT_LENGTH): RankedLanguage {
  const fallback = parseDeclaredLanguage(declared);
  const sample = text.trim();
  const rankOthers = alsoRank.length > 0 && sample.length >= alsoRankMinLength;
  const quick = rankOthers ? quickRanking(sample, fallback, [...FRANC_ONLY, ...alsoRank], alsoRankMinLength) : undefined;
  if (quick !== undefined) {
    const answer = { language: quick.language, confident: true, scores: quick.scores };
    // Stop words that settled the language leave no doubt.
    return quick.scores === undefined ? answer : doubtful(answer, sample, fallback);
  }
  const scores = rankOthers
    ? francAll(sample, { only: [...FRANC_ONLY, ...alsoRank], minLength: alsoRankMinLength })
    : undefined;
  if (sample.length < MIN_DETECT_LENGTH) return { language: fallback, confident: false, scores };
  const best = scores?.[0];
  const ranked = scores !== undefined && best !== undefined && FRANC_TO_CODE[best[0]] !== undefined
    ? scores.filter(([code]) => FRANC_TO_CODE[code] !== undefined)
    : francAll(sample, { only: FRANC_ONLY, minLength: 1 });
  return doubtful({ ...fromScores(ranked, fallback), scores }, sample, fallback);
}

/**
 * `und`, not confident, when nothing was declared and the sample reads as a language we have no
 * model for (see {@link otherLanguageOf}). The same with or without `alsoRank`: the answer must
 * not depend on what else the caller asked franc to rank.
 */
function doubtful(answer: RankedLanguage, sample: string, declared: LanguageCode): RankedLanguage {
  if (declared !== 'und' || answer.language === 'und' || otherLanguageOf(sample, answer.language) === undefined) return answer;
  return { language: 'und', confident: false, scores: answer.scores };
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
