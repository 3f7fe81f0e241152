import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { foreignStemmer } from './foreign-stemmer.js';
import { foldSpelling, hasSpellingVariants } from './normalize-foreign.js';

/** Where a pack's dictionaries came from (as written by scripts/lexicons/build-lexicons.ts). */
export interface LexiconSource {
  code: string;
  package: string;
  version: string;
  license: string;
  role: string;
}

/** A foreign → English-stems lexicon of one language. */
export interface Lexicon {
  readonly lang: string;
  /** Licence expression of the pack, e.g. `CC-BY-SA-3.0 AND GPL-2+`. */
  readonly license: string;
  readonly sources: readonly LexiconSource[];
  /** Number of keys (words and phrases). */
  readonly size: number;
  /** Longest key in words, for greedy phrase matching. */
  readonly maxPhraseWords: number;
  /** Words in the longest key that begins with this word and has two or more words; 0 when none does. */
  longestPhraseFrom(word: string): number;
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

/** The JSON inside `lexicons/<lang>.json.gz`. */
export interface LexiconPack {
  version: number;
  lang: string;
  license?: string;
  sources?: LexiconSource[];
  /**
   * `key TAB stem|stem` lines (the shipped form: it loads several times faster than an
   * object of 300k keys), or an object key → `stem|stem`. An empty value means the key
   * translates to English stop words only.
   */
  entries: string | Record<string, string>;
}

const NO_STEMS: readonly string[] = Object.freeze([]);
const cache = new Map<string, Lexicon | undefined>();
let packageRoot: string | undefined;

/** Folder holding package.json, found by walking up from this file (src/ or dist/). */
function findPackageRoot(): string {
  if (packageRoot !== undefined) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  packageRoot = dir;
  return dir;
}

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
      if (tab > 0) raw.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } else {
    for (const [key, value] of Object.entries(pack.entries)) raw.set(key, value);
  }
  let maxPhraseWords = 1;
  // First word → words in its longest phrase: projection tries only lengths that can match.
  const phraseStarts = new Map<string, number>();
  for (const key of raw.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    let words = 2;
    for (let i = key.indexOf(' ', space + 1); i >= 0; i = key.indexOf(' ', i + 1)) words += 1;
    const first = key.slice(0, space);
    if (words > (phraseStarts.get(first) ?? 0)) phraseStarts.set(first, words);
    if (words > maxPhraseWords) maxPhraseWords = words;
  }
  const split = new Map<string, readonly string[]>();
  const lookup = (key: string): readonly string[] | undefined => {
    const known = split.get(key);
    if (known !== undefined) return known;
    const value = raw.get(key);
    if (value === undefined) return undefined;
    const stems = value === '' ? NO_STEMS : Object.freeze(value.split('|'));
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
    sources: pack.sources ?? [],
    size: raw.size,
    maxPhraseWords,
    longestPhraseFrom: (word) => phraseStarts.get(word) ?? 0,
    lookup,
    lookupByStem: (word) => (stem === undefined ? undefined : stemIndex().get(stem(word))),
    lookupBySpelling: (word) => (variants ? spellingIndex().get(foldSpelling(word, pack.lang)) : undefined),
  };
}

/**
 * Loads the lexicon pack of a language from `lexicons/<lang>.json.gz` at the package root
 * (or from `dir`), once per process.
 * @param lang ISO 639-1 code, e.g. `id`
 * @param dir folder of the packs (default: `lexicons/` beside package.json)
 * @returns the lexicon, or undefined when there is no pack for the language or it is unreadable
 */
export function loadLexicon(lang: string, dir?: string): Lexicon | undefined {
  const folder = dir ?? join(findPackageRoot(), 'lexicons');
  const cacheKey = `${folder}\u0000${lang}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  let lexicon: Lexicon | undefined;
  const path = join(folder, `${lang}.json.gz`);
  if (/^[a-z]{2,3}$/.test(lang) && existsSync(path)) {
    try {
      const pack = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as LexiconPack;
      if (pack.version === 1 && (typeof pack.entries === 'string' || typeof pack.entries === 'object')) lexicon = createLexicon(pack);
    } catch {
      lexicon = undefined;
    }
  }
  cache.set(cacheKey, lexicon);
  return lexicon;
}

/**
 * Lists the languages that have a lexicon pack.
 * @param dir folder of the packs (default: `lexicons/` beside package.json)
 * @returns ISO 639-1 codes, sorted
 */
export function supportedLexiconLanguages(dir?: string): string[] {
  const folder = dir ?? join(findPackageRoot(), 'lexicons');
  return SHIPPED_LANGUAGES.filter((lang) => existsSync(join(folder, `${lang}.json.gz`)));
}

/** Languages scripts/lexicons/build-lexicons.ts makes packs for. */
export const SHIPPED_LANGUAGES: readonly string[] = ['ar', 'de', 'es', 'fr', 'id', 'it', 'nl', 'pl', 'pt', 'ru', 'tr'];
