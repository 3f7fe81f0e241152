import { francAll } from 'franc';
import { ownAndForeign, PROFILED_LANGUAGES, stopwordProfile } from './stopword-profile.js';
import type { LanguageCode } from './types.js';

/**
 * Below this share of the detected language's stop words among a sample's words, the guess is
 * doubted. News prose in a supported language runs at 0.2-0.5; a language storytrace has no
 * list for (Yoruba, Swahili, Tagalog, Javanese) read as Indonesian or Italian holds almost none
 * (0-0.08), while a close relative that shares stop words (Galician as Portuguese, Catalan as
 * Spanish, Afrikaans as Dutch) holds 0.19-0.44 and keeps its near answer. Measured with
 * {@link OTHER_LANGUAGE_LEAD} on 1,314 UDHR articles in 400 unsupported languages that detection
 * calls supported, against 3,636 heads (120, 300, 2,048 characters) of the bench subset, SemEval
 * originals and the Indonesian corpus (docs/troubleshooting.md, session 11).
 */
export const MIN_OWN_STOPWORD_SHARE = 0.1;
/**
 * franc's best language over all it knows must lead the best supported one by this much. With
 * {@link MIN_OWN_STOPWORD_SHARE}: 0.15 doubted 544 of the 1,314 foreign articles and 1 of the
 * 3,636 news heads (a 120-character Turkish head); 0.1 doubted 647 and 4 heads, 0.2 468 and none.
 */
export const OTHER_LANGUAGE_LEAD = 0.15;
/** franc reads this much of the sample for the wide ranking: its cost grows with the sample and the languages. */
const WIDE_SAMPLE_CHARS = 600;
/** Stop words are counted over franc's usual window. */
const STOPWORD_WINDOW_CHARS = 2048;

// franc codes that name a supported language (Malay and Indonesian both mean `id`).
const SUPPORTED_FRANC = new Set(['eng', 'ind', 'zlm', 'deu', 'fra', 'spa', 'por', 'nld', 'pol', 'ita', 'rus', 'arb', 'tur']);

/**
 * Whether a sample that detection restricted to the supported languages called `language`
 * reads rather as a language storytrace has no model for: it holds few of `language`'s stop
 * words, and franc, ranking all the languages it knows, puts another one clearly first.
 * Detection can only choose among the languages it is given, so a short Yoruba text comes out
 * as a confident Indonesian; this is the check that says "not sure" instead.
 *
 * @param sample The language sample (as given to detection).
 * @param language The supported language detection chose.
 * @returns The franc code of the other language, or undefined when `language` stands.
 */
export function otherLanguageOf(sample: string, language: Exclude<LanguageCode, 'und'>): string | undefined {
  const profile = stopwordProfile(sample.slice(0, STOPWORD_WINDOW_CHARS));
  const { own } = ownAndForeign(profile.parts, PROFILED_LANGUAGES.indexOf(language));
  if (own >= MIN_OWN_STOPWORD_SHARE * profile.words) return undefined;
  const ranked = francAll(sample.slice(0, WIDE_SAMPLE_CHARS));
  const best = ranked[0];
  if (best === undefined || best[0] === 'und' || SUPPORTED_FRANC.has(best[0])) return undefined;
  const supported = ranked.find(([code]) => SUPPORTED_FRANC.has(code));
  return best[1] - (supported?.[1] ?? 0) >= OTHER_LANGUAGE_LEAD ? best[0] : undefined;
}
