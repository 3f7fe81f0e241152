import type { Lexicon } from './lexicon.js';
import { foreignStopWords } from './foreign-stop-words.js';
import { normalizeForeign } from './normalize-foreign.js';
import { stripArabicClitics } from './strip-arabic-clitics.js';
import { stripIndonesianAffixes } from './strip-indonesian-affixes.js';

/** Options of {@link projectTokens}. */
export interface ProjectionOptions {
  /** Foreign stop words to drop (default: stopwords-iso for the language, minus number words). */
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

/** stopwords-iso's list for the language, minus the words the lexicon reads as numbers. */
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
}

/** Translates one word (no phrase), or returns undefined when the lexicon has no reading of it. */
function translateWordUncached(word: string, lang: string, lexicon: Lexicon, useStemIndex: boolean): readonly string[] | undefined {
  const exact = lexicon.lookup(word);
  if (exact !== undefined) return exact;
  if (lang === 'id') {
    const root = stripIndonesianAffixes(word, (candidate) => lexicon.lookup(candidate) !== undefined);
    if (root !== undefined) return lexicon.lookup(root);
  }
  if (lang === 'ar') {
    const key = stripArabicClitics(word, (candidate) => (lexicon.lookup(candidate)?.length ?? 0) > 0);
    if (key !== undefined) return lexicon.lookup(key);
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

function project(tokens: readonly string[], lang: string, lexicon: Lexicon, options: ProjectionOptions): Projection {
  const stopWords = options.stopWords ?? stopWordsFor(lang, lexicon);
  const useStemIndex = options.useStemIndex ?? true;
  const keepUnknown = options.keepUnknown ?? true;
  const words = tokens.map((token) => normalizeForeign(token, lang)).filter((word) => word !== '');
  const stems: string[] = [];
  const counts: Record<Outcome, number> = { stop: 0, number: 0, known: 0, unknown: 0 };
  const maxStems = options.maxStemsPerWord ?? Number.POSITIVE_INFINITY;
  const emit = (found: readonly string[]): void => {
    for (const stem of found.slice(0, maxStems)) stems.push(stem);
  };

  const projectWord = (word: string): void => {
    if (NUMBER.test(word)) {
      counts.number += 1;
      stems.push(word);
      return;
    }
    if (stopWords.has(word)) {
      counts.stop += 1;
      return;
    }
    const found = translateWord(word, lang, lexicon, useStemIndex);
    if (found !== undefined) {
      counts.known += 1;
      emit(found);
      return;
    }
    const parts = word.split(/['-]/).filter((part) => part !== '');
    if (parts.length > 1) {
      // Indonesian reduplication (negara-negara) means a plural: read it once.
      if (lang === 'id' && parts.length === 2 && parts[0] === parts[1] && parts[0] !== undefined) return projectWord(parts[0]);
      const known = parts.map((part) => translateWord(part, lang, lexicon, useStemIndex));
      if (known.some((part) => part !== undefined && part.length > 0)) {
        counts.known += 1;
        for (const part of known) if (part !== undefined) emit(part);
        return;
      }
    }
    counts.unknown += 1;
    if (!keepUnknown) return;
    // An elided article (l'armée, d'Ankara) or a suffix after a name (Ankara'da): the
    // longest part is the word or the name.
    const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
    stems.push(word.includes("'") && longest !== '' ? longest : word);
  };

  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const maxWords = lexicon.startsPhrase(words[i] ?? '') ? Math.min(lexicon.maxPhraseWords, words.length - i) : 1;
    for (let n = maxWords; n >= 2; n -= 1) {
      const found = lexicon.lookup(words.slice(i, i + n).join(' '));
      if (found !== undefined) {
        counts.known += n;
        emit(found);
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    projectWord(words[i] ?? '');
    i += 1;
  }
  return { stems, counts };
}

/**
 * Projects the words of one foreign sentence into English Porter2 stems through a lexicon:
 * greedy phrases (longest first, up to the lexicon's longest key), then the exact word,
 * then (Indonesian) dictionary-guided affix stripping, then the Snowball-stem index.
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
