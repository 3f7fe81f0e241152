import { stemmerFor } from '../text/index.js';
import type { Lexicon } from './lexicon.js';
import { foreignStopWords } from './foreign-stop-words.js';
import { foreignStemmer } from './foreign-stemmer.js';
import { normalizeForeign } from './normalize-foreign.js';
import { hasCyrillic, romanizeCyrillic } from './romanize-cyrillic.js';
import { readDutchInflection } from './read-dutch-inflection.js';
import { readPolishInflection } from './read-polish-inflection.js';
import { splitCompound, splitsCompounds } from './split-compound.js';
import { isArabicFunctionWord, stripArabicClitics } from './strip-arabic-clitics.js';
import { stripIndonesianAffixes } from './strip-indonesian-affixes.js';
import { readSpanishVerb } from './read-spanish-verb.js';
import { stripSpanishPlural } from './strip-spanish-plural.js';

/** Options of {@link projectTokens}. */
export interface ProjectionOptions {
  /** Foreign stop words to drop (default: {@link foreignStopWords} for the language, minus number words). */
  stopWords?: ReadonlySet<string>;
  /** Look unknown words up by their Snowball stem (default true). */
  useStemIndex?: boolean;
  /** Keep words the lexicon does not know, lowercased: names, loanwords (default true). */
  keepUnknown?: boolean;
  /** English stems kept per foreign word or phrase, best first (default: all the pack has, at most 3). */
  maxStemsPerWord?: number;
}

/**
 * Readings per foreign word recommended for candidate-index keys (not for verification). The
 * second and third senses of a word (berkas → file, sheaf, bunch) are mostly noise whose high
 * IDF dilutes the share of the query's terms a true source can reach: on the Debian Reference
 * training half (id→en) the true section was proposed for 90 % of queries with all readings and
 * 99 % with the first only. Verification wants all readings (an aligned sentence needs only
 * one right sense): UDHR P@1 and sentence alignment drop with one. See eval/translation.
 */
export const INDEX_KEY_STEMS_PER_WORD = 1;

/** How one running word was projected. */
type Outcome = 'stop' | 'number' | 'known' | 'unknown';

const NUMBER = /^\d+(?:[.,]\d+)*$/;
// Porter2 stems of English number words. stopwords-iso lists number words as stop words
// (id "tiga", de "drei"), but a figure is strong evidence two reports are the same text.
const NUMBER_STEMS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelv', 'twenti', 'thirti', 'forti', 'fifti', 'hundr', 'thousand', 'million', 'billion', 'trillion']);
const defaultStopWords = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The language's stop words ({@link foreignStopWords}), minus the words the lexicon reads as numbers. */
function stopWordsFor(lang: string, lexicon: Lexicon): ReadonlySet<string> {
  let set = defaultStopWords.get(lexicon);
  if (set === undefined) {
    const numberWords = (word: string): boolean => (lexicon.lookup(word) ?? []).some((stem) => NUMBER_STEMS.has(stem));
    set = new Set([...foreignStopWords(lang)].filter((word) => !numberWords(word)));
    defaultStopWords.set(lexicon, set);
  }
  return set;
}

interface Projection {
  stems: string[];
  counts: Record<Outcome, number>;
  /** When asked for: per stem, its rank among its word's (or phrase's, or compound part's) readings (0 = first). */
  ranks?: number[];
}

/** Whether the lexicon gives a word at least one reading (a key with an empty entry gives none). */
function hasReading(lexicon: Lexicon, word: string): boolean {
  return (lexicon.lookup(word)?.length ?? 0) > 0;
}

/** Translates one word (no phrase), or returns undefined when the lexicon has no reading of it. */
function translateWordUncached(word: string, lang: string, lexicon: Lexicon, useStemIndex: boolean): readonly string[] | undefined {
  const exact = lexicon.lookup(word);
  if (exact !== undefined) return exact;
  // Spanish and Arabic candidates count only with a reading; an Indonesian root counts as soon
  // as it is a key, as it has since the first pack (an empty entry then yields no stem).
  const read = (candidate: string): boolean => hasReading(lexicon, candidate);
  if (lang === 'id') {
    const root = stripIndonesianAffixes(word, (candidate) => lexicon.lookup(candidate) !== undefined);
    if (root !== undefined) return lexicon.lookup(root);
  }
  if (lang === 'es') {
    const singular = stripSpanishPlural(word, read);
    if (singular !== undefined) return lexicon.lookup(singular);
    const base = readSpanishVerb(word, read);
    if (base !== undefined) return lexicon.lookup(base);
  }
  if (lang === 'nl') {
    const headword = readDutchInflection(word, read);
    if (headword !== undefined) return lexicon.lookup(headword);
  }
  if (lang === 'pl') {
    const headword = readPolishInflection(word, read);
    if (headword !== undefined) return lexicon.lookup(headword);
  }
  if (lang === 'ar') {
    const key = stripArabicClitics(word, read);
    if (key !== undefined) return lexicon.lookup(key);
    // The dictionary may spell the word (or its clitic-free form) with another alef or ya.
    const variant = lexicon.lookupBySpelling(word);
    if (variant !== undefined && variant.length > 0) return variant;
    const folded = stripArabicClitics(word, (candidate) => (lexicon.lookupBySpelling(candidate)?.length ?? 0) > 0);
    if (folded !== undefined) return lexicon.lookupBySpelling(folded);
  }
  return useStemIndex ? lexicon.lookupByStem(word) : undefined;
}

// Running text repeats its words (Zipf), and affix stripping tries up to dozens of roots per
// word: remembering each word's reading makes projection several times faster.
const WORD_CACHE_LIMIT = 100_000;
const wordCache = new WeakMap<Lexicon, Map<string, readonly string[] | null>>();

function translateWord(word: string, lang: string, lexicon: Lexicon, useStemIndex: boolean): readonly string[] | undefined {
  let cache = wordCache.get(lexicon);
  if (cache === undefined) wordCache.set(lexicon, (cache = new Map()));
  const key = useStemIndex ? word : `\u0000${word}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = translateWordUncached(word, lang, lexicon, useStemIndex);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(key, found ?? null);
  return found;
}

/**
 * The reading of one part of a closed compound: the word itself or (Dutch) its inflected form's
 * headword; never the Snowball-stem index, which would read any piece of a word that happens to
 * share a stem with a headword.
 */
function compoundPartReading(part: string, lang: string, lexicon: Lexicon): readonly string[] | undefined {
  const exact = lexicon.lookup(part);
  if (exact !== undefined) return exact;
  if (lang !== 'nl') return undefined;
  const headword = readDutchInflection(part, (candidate) => hasReading(lexicon, candidate));
  return headword === undefined ? undefined : lexicon.lookup(headword);
}

/** What one running word (not part of a phrase) projects to. */
interface WordResult {
  outcome: Outcome;
  /** English stems, or the kept word itself for an unknown word; [] for a stop word. */
  stems: readonly string[];
  /** For a compound read part by part (porte-avion): each part's stems, capped per part by `maxStemsPerWord`. */
  parts?: readonly (readonly string[])[];
}

const STOP_RESULT: WordResult = Object.freeze({ outcome: 'stop', stems: Object.freeze([]) });
const DROPPED_UNKNOWN: WordResult = Object.freeze({ outcome: 'unknown', stems: Object.freeze([]) });

function resolveWord(word: string, lang: string, lexicon: Lexicon, stopWords: ReadonlySet<string>, useStemIndex: boolean, keepUnknown: boolean): WordResult {
  if (NUMBER.test(word)) return { outcome: 'number', stems: [word] };
  if (stopWords.has(word)) return STOP_RESULT;
  if (lang === 'ar' && isArabicFunctionWord(word, stopWords)) return STOP_RESULT;
  const found = translateWord(word, lang, lexicon, useStemIndex);
  if (found !== undefined) return { outcome: 'known', stems: found };
  if (splitsCompounds(lang)) {
    const partIsRead = (part: string): boolean => (compoundPartReading(part, lang, lexicon)?.length ?? 0) > 0;
    const parts = splitCompound(word, lang, {
      modifier: (part) => (stopWords.has(part) || hasReading(lexicon, part) ? 2 : partIsRead(part) ? 1 : 0),
      head: (part) => !stopWords.has(part) && partIsRead(part),
    });
    if (parts !== undefined) {
      // A stop-word modifier (samen-werking) adds no stem.
      const partStems = parts.map((part) => (stopWords.has(part) ? [] : compoundPartReading(part, lang, lexicon) ?? []));
      return { outcome: 'known', stems: partStems.flat(), parts: partStems };
    }
  }
  const parts = word.split(/['-]/).filter((part) => part !== '');
  if (parts.length > 1) {
    // Indonesian reduplication (negara-negara) means a plural: read it once.
    if (lang === 'id' && parts.length === 2 && parts[0] === parts[1] && parts[0] !== undefined) return resolveWord(parts[0], lang, lexicon, stopWords, useStemIndex, keepUnknown);
    const known = parts.map((part) => translateWord(part, lang, lexicon, useStemIndex));
    if (known.some((part) => part !== undefined && part.length > 0)) {
      const partStems = known.map((part) => part ?? []);
      return { outcome: 'known', stems: partStems.flat(), parts: partStems };
    }
  }
  if (!keepUnknown) return DROPPED_UNKNOWN;
  // An elided article (l'armée, d'Ankara) or a suffix after a name (Ankara'da): the
  // longest part is the word or the name.
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
  return { outcome: 'unknown', stems: [keptForm(word.includes("'") && longest !== '' ? longest : word, lang)] };
}

const englishStem = stemmerFor('en');

/**
 * The form an unknown word (a name, a loanword) is kept in: the English stem of it, because the
 * English side it is compared with is stemmed. Kept as written, "dunmore" and "northline" never
 * met the English "dunmor" and "northlin" of the same names.
 */
function keptForm(word: string, lang: string): string {
  if (!hasCyrillic(word)) return englishStem(word);
  // The case ending goes first (Келмаром, Брандтом are Kelmar, Brandt): on the news dev set this
  // read more names than romanizing the inflected word (ru bead score, measured without synonym
  // concepts, 0.213 against 0.206).
  return englishStem(romanizeCyrillic(foreignStemmer(lang)?.(word) ?? word));
}

// A word's projection depends only on the word, the lexicon and the options: with the default
// stop list it is remembered, so running text (Zipf) pays stop-list, number and affix work once
// per distinct word instead of once per occurrence.
const resultCache = new WeakMap<Lexicon, Map<string, WordResult>>();

function cachedResolve(word: string, lang: string, lexicon: Lexicon, stopWords: ReadonlySet<string>, useStemIndex: boolean, keepUnknown: boolean): WordResult {
  let cache = resultCache.get(lexicon);
  if (cache === undefined) resultCache.set(lexicon, (cache = new Map()));
  const key = useStemIndex && keepUnknown ? word : `${useStemIndex ? 1 : 0}${keepUnknown ? 1 : 0}\u0000${word}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = resolveWord(word, lang, lexicon, stopWords, useStemIndex, keepUnknown);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function project(tokens: readonly string[], lang: string, lexicon: Lexicon, options: ProjectionOptions, withRanks = false): Projection {
  const custom = options.stopWords !== undefined;
  const stopWords = options.stopWords ?? stopWordsFor(lang, lexicon);
  const useStemIndex = options.useStemIndex ?? true;
  const keepUnknown = options.keepUnknown ?? true;
  const words: string[] = [];
  for (const token of tokens) {
    const word = normalizeForeign(token, lang);
    if (word !== '') words.push(word);
  }
  const stems: string[] = [];
  const counts: Record<Outcome, number> = { stop: 0, number: 0, known: 0, unknown: 0 };
  const maxStems = options.maxStemsPerWord ?? Number.POSITIVE_INFINITY;
  const ranks: number[] | undefined = withRanks ? [] : undefined;
  const emit = (found: readonly string[]): void => {
    const end = Math.min(found.length, maxStems);
    for (let k = 0; k < end; k++) stems.push(found[k] as string);
    if (ranks) for (let k = 0; k < end; k++) ranks.push(k);
  };

  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    let matched = 0;
    const longest = lexicon.longestPhraseFrom(word);
    const next = words[i + 1];
    if (longest > 0 && next !== undefined) {
      // A key of n ≥ 2 words starting here begins with this word and the next, so the pair's
      // longest key bounds n: most pairs start none, and each try joins and looks up a string.
      // (A next word holding a space would break that, so it gets every length; the tokenizer makes none.)
      const reach = next.includes(' ') ? longest : Math.min(longest, lexicon.longestPhraseFromPair(word, next));
      for (let n = Math.min(reach, words.length - i); n >= 2; n -= 1) {
        const found = lexicon.lookup(words.slice(i, i + n).join(' '));
        if (found !== undefined) {
          counts.known += n;
          emit(found);
          matched = n;
          break;
        }
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const result = custom ? resolveWord(word, lang, lexicon, stopWords, useStemIndex, keepUnknown) : cachedResolve(word, lang, lexicon, stopWords, useStemIndex, keepUnknown);
    counts[result.outcome] += 1;
    // A number or a kept unknown word is the word itself, never cut by maxStemsPerWord.
    if (result.outcome === 'known') for (const part of result.parts ?? [result.stems]) emit(part);
    else {
      for (const stem of result.stems) stems.push(stem);
      if (ranks) for (let k = 0; k < result.stems.length; k++) ranks.push(0);
    }
    i += 1;
  }
  return ranks ? { stems, counts, ranks } : { stems, counts };
}

/**
 * Projects the words of one foreign sentence into English Porter2 stems through a lexicon:
 * greedy phrases (longest first, up to the lexicon's longest key), then the exact word,
 * then the language's dictionary-guided reading of inflected forms (Indonesian affixes, Spanish
 * plurals, conjugations and feminines, Dutch and Polish inflections, Arabic clitics), then the Snowball-stem index.
 * Foreign stop words are dropped; numbers and unknown words (names) are kept lowercased.
 * @param tokens lowercased word tokens of one sentence, in order, stop words included
 * @param lang ISO 639-1 code of the sentence
 * @param lexicon the language's lexicon ({@link loadLexicon})
 * @param options stop words, stem index, unknown words (see {@link ProjectionOptions})
 * @returns English stems in order of appearance (a bag: repeats kept)
 */
export function projectTokens(tokens: readonly string[], lang: string, lexicon: Lexicon, options: ProjectionOptions = {}): string[] {
  return project(tokens, lang, lexicon, options).stems;
}

/**
 * {@link projectTokens} with each stem's rank among the readings of the word it came from
 * (0 for the first reading, a number or a kept unknown word), so a caller can weigh a word's
 * later senses below its first one instead of choosing between one reading and all.
 * @returns stems as {@link projectTokens} gives them, and their ranks, index by index
 */
export function projectTokensRanked(tokens: readonly string[], lang: string, lexicon: Lexicon, options: ProjectionOptions = {}): { stems: string[]; ranks: number[] } {
  const { stems, ranks } = project(tokens, lang, lexicon, options, true);
  return { stems, ranks: ranks ?? [] };
}

/**
 * Measures how much of a text the lexicon reads: the share of running words that are
 * neither stop words nor numbers and that the projection found (phrase, word, root or stem).
 * @param tokens lowercased word tokens, in order
 * @param lang ISO 639-1 code
 * @param lexicon the language's lexicon
 * @param options as for {@link projectTokens}
 * @returns a share in [0, 1]; 0 when there is no content word
 */
export function projectionCoverage(tokens: readonly string[], lang: string, lexicon: Lexicon, options: ProjectionOptions = {}): number {
  const { counts } = project(tokens, lang, lexicon, options);
  const content = counts.known + counts.unknown;
  return content === 0 ? 0 : counts.known / content;
}
