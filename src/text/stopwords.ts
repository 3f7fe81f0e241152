import { createRequire } from 'node:module';
import { isEnglishFunctionWord } from './english-function-words.js';
import type { LanguageCode } from './types.js';

// JSON import attributes are not reliable across Node 20 + tsx, so load the data with require.
const require = createRequire(import.meta.url);
const RAW = require('stopwords-iso/stopwords-iso.json') as Record<string, readonly string[] | undefined>;

// stopwords-iso is built for search-engine recall and drops words that carry the facts of a
// news story. We keep them as content so two versions that differ in them can be told apart
// (for English this list now matters only to language detection: the English stop list of the
// stems keeps function words alone, see build):
// - number words: counts are the facts most often changed between versions ("three" vs "five");
// - nouns and adjectives the English list drops although stories hinge on them ("fire", "bill",
//   "state", "world", "new", "members", "system", "research", "home", "men");
// - Indonesian equivalents, so that en and id texts keep the same kinds of words ("baru" =
//   new, "tahun" = year, "naik" = rise).
// "said", "says", "mengatakan" and other reporting verbs stay stop words: every version has them.
const KEEP_AS_CONTENT: Partial<Record<LanguageCode, readonly string[]>> = {
  en: [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'fify', 'sixty',
    'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion',
    'half', 'first', 'second', 'third', 'fifth',
    'fire', 'bill', 'computer', 'microsoft', 'research', 'member', 'members', 'group', 'groups',
    'system', 'test', 'world', 'state', 'states', 'man', 'men', 'home', 'new', 'year', 'years',
    'old', 'young', 'novel', 'information', 'problem', 'problems',
  ],
  id: [
    'satu', 'dua', 'tiga', 'empat', 'lima', 'pertama', 'kedua', 'kelima', 'setengah',
    'baru', 'tahun', 'bulan', 'hari', 'naik',
  ],
};

// Pages processed as `und` still get the most frequent function words of the two main
// corpus languages removed, which keeps their stems comparable with analysed ones.
const UND_LANGUAGES: readonly string[] = ['en', 'id'];

const wideCache = new Map<LanguageCode, ReadonlySet<string>>();
const cache = new Map<LanguageCode, ReadonlySet<string>>();

function cached(lists: Map<LanguageCode, ReadonlySet<string>>, language: LanguageCode, make: (language: LanguageCode) => ReadonlySet<string>): ReadonlySet<string> {
  let set = lists.get(language);
  if (set === undefined) {
    set = make(language);
    lists.set(language, set);
  }
  return set;
}

// stopwords-iso minus the content words above: the list language detection was calibrated on.
function buildWideList(language: LanguageCode): ReadonlySet<string> {
  const sources = language === 'und' ? UND_LANGUAGES : [language];
  const keep = new Set(language === 'und'
    ? [...(KEEP_AS_CONTENT.en ?? []), ...(KEEP_AS_CONTENT.id ?? [])]
    : (KEEP_AS_CONTENT[language] ?? []));
  const set = new Set<string>();
  for (const source of sources) {
    for (const word of RAW[source] ?? []) {
      const w = word.toLowerCase();
      // Entries that are pure digits ("10", "39") would hide numbers, which are facts.
      if (!keep.has(w) && !/^\d+$/.test(w)) set.add(w);
    }
  }
  return set;
}

// English keeps only the function words of stopwords-iso's list (english-function-words.ts):
// the rest of that list is open-class words, which carry what a text says. `und` adds the
// Indonesian list (an Indonesian stop word spelled like an English content word stays one).
function build(language: LanguageCode): ReadonlySet<string> {
  const wide = wideStopwordsFor(language);
  if (language !== 'en' && language !== 'und') return wide;
  const indonesian = language === 'und' ? wideStopwordsFor('id') : undefined;
  return new Set([...wide].filter((w) => isEnglishFunctionWord(w) || indonesian?.has(w) === true));
}

/**
 * stopwords-iso's wide list minus a short list of content words (number words, a few nouns;
 * see KEEP_AS_CONTENT): the words language detection counts, and the frequent words that tell
 * a sentence opener after an abbreviation and a capitalised word that is no name (see
 * {@link isWideStopword}). These were calibrated on this list, so it stayed as it was when the
 * stems' English list was narrowed to function words.
 *
 * @param language A supported language; `und` gives the union of the English and Indonesian lists.
 * @returns A lowercase set, cached per language (do not mutate).
 */
export function wideStopwordsFor(language: LanguageCode): ReadonlySet<string> {
  return cached(wideCache, language, buildWideList);
}

/**
 * The stop words of a language, left out of stems: for English the function words of
 * stopwords-iso's list (articles, pronouns, prepositions, conjunctions, auxiliaries, common
 * adverbs of degree and time; see english-function-words.ts); for the other languages
 * stopwords-iso minus a short list of content words (see KEEP_AS_CONTENT).
 *
 * @param language A supported language; `und` gives the union of the English and Indonesian lists.
 * @returns A lowercase set, cached per language (do not mutate).
 */
export function stopwordsFor(language: LanguageCode): ReadonlySet<string> {
  return cached(cache, language, build);
}

/**
 * Whether a lowercase token is a stop word of the language.
 *
 * @param token Lowercased token.
 * @param language Language of the text.
 * @returns true for stop words.
 */
export function isStopword(token: string, language: LanguageCode): boolean {
  return stopwordsFor(language).has(token);
}

/**
 * Whether a lowercase token is on the language's wide list ({@link wideStopwordsFor}): a
 * frequent word that opens a sentence after "U.S." ("… the U.S. Next week …"), is no part of a
 * name ("Recently Amara Osei …") and no unit after a number. Not the stems' stop list.
 */
export function isWideStopword(token: string, language: LanguageCode): boolean {
  return wideStopwordsFor(language).has(token);
}
