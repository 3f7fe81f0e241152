import { currentEnglishStem } from '../text/english-stem.js';
import { foreignStemmer } from './foreign-stemmer.js';
import type { LexiconSource } from './lexicon-pack.js';
import { foldSpelling, hasSpellingVariants } from './normalize-foreign.js';
import { MAX_STEMS_PER_KEY } from './stem-votes.js';

/** A foreign → English-stems lexicon of one language. */
export interface Lexicon {
  readonly lang: string;
  /**
   * Licences of the packs it was combined from, one SPDX expression per pack joined by `; `
   * (separate works combined at run time), e.g. `CC-BY-SA-3.0; GPL-2+ AND GPL-3+`.
   */
  readonly license: string;
  /** Licence families of those packs (folder names, e.g. `gpl`). */
  readonly families: readonly string[];
  readonly sources: readonly LexiconSource[];
  /** Number of keys (words and phrases). */
  readonly size: number;
  /** Longest key in words, for greedy phrase matching. */
  readonly maxPhraseWords: number;
  /** Words in the longest key that begins with this word and has two or more words; 0 when none does. */
  longestPhraseFrom(word: string): number;
  /**
   * Words in the longest key that begins with these two words (space-free, in this order); 0
   * when none does. Tells projection which phrase lengths can match at all: a common first word
   * ("de", "la") starts long phrases, but few of them go on with the word that follows it.
   */
  longestPhraseFromPair(first: string, second: string): number;
  /**
   * English Porter2 stems of a folded foreign word or space-joined phrase, best first;
   * [] when the key is known but means only English stop words; undefined when unknown.
   */
  lookup(phrase: string): readonly string[] | undefined;
  /** Stems of the keys whose Snowball stem equals the word's (index built on first use). */
  lookupByStem(word: string): readonly string[] | undefined;
  /**
   * Stems of the keys whose folded spelling ({@link foldSpelling}) equals the word's; undefined
   * for languages without spelling variants (index built on first use).
   */
  lookupBySpelling(word: string): readonly string[] | undefined;
}

/** What {@link createLexicon} builds a lexicon from. */
export interface LexiconPack {
  version: number;
  lang: string;
  license?: string;
  families?: readonly string[];
  sources?: readonly LexiconSource[];
  /**
   * `key TAB stem|stem` lines (a pack's own form; a further TAB column is ignored), or key →
   * `stem|stem` as an object or a Map. Stems best first, the first three used; an empty
   * value means the key translates to English stop words only.
   */
  entries: string | Readonly<Record<string, string>> | ReadonlyMap<string, string>;
}

const NO_STEMS: readonly string[] = Object.freeze([]);

/**
 * Builds a lexicon from a parsed pack; exported for tests and for packs kept elsewhere.
 * @param pack `{ version: 1, lang, entries }`, see {@link LexiconPack}
 * @returns the lexicon
 */
export function createLexicon(pack: LexiconPack): Lexicon {
  // Values stay strings until looked up: splitting 300k of them up front costs most of the load.
  const raw = new Map<string, string>();
  if (typeof pack.entries === 'string') {
    for (const line of pack.entries.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const votes = line.indexOf('\t', tab + 1);
      raw.set(line.slice(0, tab), votes < 0 ? line.slice(tab + 1) : line.slice(tab + 1, votes));
    }
  } else if (pack.entries instanceof Map) {
    for (const [key, value] of pack.entries) raw.set(key, value);
  } else {
    for (const [key, value] of Object.entries(pack.entries)) raw.set(key, value);
  }
  let maxPhraseWords = 1;
  // First word → words in its longest phrase: projection tries only lengths that can match.
  const phraseStarts = new Map<string, number>();
  // The same by first two words (space-joined).
  const phrasePairs = new Map<string, number>();
  for (const key of raw.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const secondSpace = key.indexOf(' ', space + 1);
    let words = 2;
    for (let i = secondSpace; i >= 0; i = key.indexOf(' ', i + 1)) words += 1;
    const first = key.slice(0, space);
    if (words > (phraseStarts.get(first) ?? 0)) phraseStarts.set(first, words);
    const pair = secondSpace < 0 ? key : key.slice(0, secondSpace);
    if (words > (phrasePairs.get(pair) ?? 0)) phrasePairs.set(pair, words);
    if (words > maxPhraseWords) maxPhraseWords = words;
  }
  const split = new Map<string, readonly string[]>();
  const lookup = (key: string): readonly string[] | undefined => {
    const known = split.get(key);
    if (known !== undefined) return known;
    const value = raw.get(key);
    if (value === undefined) return undefined;
    // A pack meant to be combined with others keeps more stems per key than a lexicon answers with.
    // A pack or cache written before English irregular plurals were read holds "women" where text has "woman".
    const stems = value === '' ? NO_STEMS : Object.freeze([...new Set(value.split('|').map(currentEnglishStem))].slice(0, MAX_STEMS_PER_KEY));
    split.set(key, stems);
    return stems;
  };
  const stem = foreignStemmer(pack.lang);
  let byStem: Map<string, readonly string[]> | undefined;
  const stemIndex = (): Map<string, readonly string[]> => {
    if (byStem !== undefined) return byStem;
    byStem = new Map();
    if (stem === undefined) return byStem;
    // Shortest key first: the bare form is the likeliest meaning of a stem class.
    const keys = [...raw.keys()].filter((key) => !key.includes(' ') && raw.get(key) !== '');
    keys.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const key of keys) {
      const stems = lookup(key);
      if (stems === undefined) continue;
      const keyStem = stem(key);
      if (!byStem.has(keyStem)) byStem.set(keyStem, stems);
    }
    return byStem;
  };
  let bySpelling: Map<string, readonly string[]> | undefined;
  const spellingIndex = (): Map<string, readonly string[]> => {
    if (bySpelling !== undefined) return bySpelling;
    bySpelling = new Map();
    // Shortest key first, then code-point order: deterministic when several spellings fold together.
    const keys = [...raw.keys()].filter((key) => !key.includes(' ') && raw.get(key) !== '');
    keys.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const key of keys) {
      const folded = foldSpelling(key, pack.lang);
      const stems = lookup(key);
      if (stems !== undefined && !bySpelling.has(folded)) bySpelling.set(folded, stems);
    }
    return bySpelling;
  };
  const variants = hasSpellingVariants(pack.lang);
  return {
    lang: pack.lang,
    license: pack.license ?? 'unknown',
    families: pack.families ?? [],
    sources: pack.sources ?? [],
    size: raw.size,
    maxPhraseWords,
    longestPhraseFrom: (word) => phraseStarts.get(word) ?? 0,
    longestPhraseFromPair: (first, second) => phrasePairs.get(`${first} ${second}`) ?? 0,
    lookup,
    lookupByStem: (word) => (stem === undefined ? undefined : stemIndex().get(stem(word))),
    lookupBySpelling: (word) => (variants ? spellingIndex().get(foldSpelling(word, pack.lang)) : undefined),
  };
}

