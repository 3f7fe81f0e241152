import { DUTCH_FUNCTION_WORDS } from './dutch-function-words.js';
import { FRENCH_FUNCTION_WORDS } from './french-function-words.js';
import { GERMAN_FUNCTION_WORDS } from './german-function-words.js';
import { ITALIAN_FUNCTION_WORDS } from './italian-function-words.js';
import { normalizeForeign } from './normalize-foreign.js';
import { POLISH_FUNCTION_WORDS } from './polish-function-words.js';
import { PORTUGUESE_FUNCTION_WORDS } from './portuguese-function-words.js';
import { SPANISH_FUNCTION_WORDS } from './spanish-function-words.js';

// Closed-class lists written per language (articles, pronouns, prepositions, conjunctions,
// auxiliaries, determiners, common particles): each file names its categories.
const LISTS: Readonly<Record<string, readonly string[]>> = {
  de: GERMAN_FUNCTION_WORDS,
  es: SPANISH_FUNCTION_WORDS,
  fr: FRENCH_FUNCTION_WORDS,
  it: ITALIAN_FUNCTION_WORDS,
  nl: DUTCH_FUNCTION_WORDS,
  pl: POLISH_FUNCTION_WORDS,
  pt: PORTUGUESE_FUNCTION_WORDS,
};

/**
 * The languages with a closed-class list of function words of their own.
 * @returns ISO 639-1 codes, sorted
 */
export function languagesWithFunctionWords(): readonly string[] {
  return Object.keys(LISTS).sort();
}

/**
 * The function words of a language, folded like lexicon keys; built on each call (the stop
 * words made from it are cached, foreign-stop-words.ts).
 * @param lang ISO 639-1 code
 * @returns the set, or undefined when the language has no list of its own
 */
export function foreignFunctionWords(lang: string): ReadonlySet<string> | undefined {
  const categories = LISTS[lang];
  if (categories === undefined) return undefined;
  return new Set(categories.flatMap((category) => category.split(/\s+/)).filter((word) => word !== '').map((word) => normalizeForeign(word, lang)));
}
