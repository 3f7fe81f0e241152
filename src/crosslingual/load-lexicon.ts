import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { combinePacks } from './combine-packs.js';
import { LEXICON_CACHE_ENV, lexiconCacheDir, lexiconFingerprint, readCachedLexicon, writeCachedLexicon } from './combined-lexicon-cache.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { checkPackFile, LICENSE_FAMILIES, PACK_FILE, type LexiconPackFile } from './lexicon-pack.js';
import type { PivotMeaning } from './pivot-links.js';

/** Environment variable naming the licence families to load, e.g. `gpl` or `cc-by-sa-3.0,gpl`. */
export const LICENSES_ENV = 'STORYTRACE_LEXICON_LICENSES';

/** Where packs are read from and which licence families are used. */
export interface LexiconLoadOptions {
  /** Folder of the packs (default: `lexicons/` beside package.json). */
  dir?: string;
  /**
   * Licence families to load (folder names, see LICENSE_FAMILIES); default: those named in
   * STORYTRACE_LEXICON_LICENSES, or all when it is unset or empty.
   */
  licenses?: readonly string[];
  /**
   * Folder where combined lexicons are kept between runs, or false for none (default:
   * {@link lexiconCacheDir}, i.e. STORYTRACE_LEXICON_CACHE or the user's cache folder).
   */
  cache?: string | false;
}

/** Languages scripts/lexicons/build-lexicons.ts makes packs for. */
export const SHIPPED_LANGUAGES: readonly string[] = ['ar', 'de', 'es', 'fr', 'id', 'it', 'nl', 'pl', 'pt', 'ru', 'tr'];

const cache = new Map<string, Lexicon | undefined>();
const warned = new Set<string>();
let packageRoot: string | undefined;

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, 'StorytraceLexicon');
}

/** Folder holding package.json, found by walking up from this file (src/ or dist/). */
function findPackageRoot(): string {
  if (packageRoot !== undefined) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  packageRoot = dir;
  return dir;
}

/**
 * The licence families to load: the option, else the environment variable, else all. Unknown
 * names are warned about and ignored.
 * @returns folder names, in LICENSE_FAMILIES order
 */
export function lexiconFamilies(licenses?: readonly string[]): string[] {
  const named = licenses ?? (process.env[LICENSES_ENV] ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (licenses === undefined && named.length === 0) return [...LICENSE_FAMILIES];
  for (const name of named) {
    if (!LICENSE_FAMILIES.some((family) => family === name)) warnOnce(`unknown lexicon licence family "${name}" (known: ${LICENSE_FAMILIES.join(', ')}); ignored`);
  }
  return LICENSE_FAMILIES.filter((family) => named.includes(family));
}

function settings(options: LexiconLoadOptions): { folder: string; families: string[]; key: string } {
  const folder = options.dir ?? join(findPackageRoot(), 'lexicons');
  const families = lexiconFamilies(options.licenses);
  return { folder, families, key: `${folder}\u0000${families.join(',')}` };
}

/** Every pack file a language's lexicon may read: its own and those of the languages its pivots go through. */
function packPaths(lang: string, folder: string, families: readonly string[]): string[] {
  const langs = new Set([lang, ...SHIPPED_LANGUAGES]);
  return [...langs].flatMap((each) => families.map((family) => join(folder, each, family, PACK_FILE)));
}

/** Reads a language's packs of the given families; unreadable ones are warned about and skipped. */
function readPacks(lang: string, folder: string, families: readonly string[]): LexiconPackFile[] {
  const packs: LexiconPackFile[] = [];
  for (const family of families) {
    const path = join(folder, lang, family, PACK_FILE);
    if (!existsSync(path)) continue;
    let checked: LexiconPackFile | string;
    try {
      checked = checkPackFile(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')));
    } catch (error) {
      checked = error instanceof Error ? error.message : String(error);
    }
    if (typeof checked === 'string') warnOnce(`lexicon pack ${path} skipped: ${checked}`);
    else if (checked.lang !== lang || checked.family !== family) warnOnce(`lexicon pack ${path} skipped: it says ${checked.lang}/${checked.family}`);
    else packs.push(checked);
  }
  return packs;
}

function lexiconOf(lang: string, packs: readonly LexiconPackFile[], entries: LexiconPackFile['entries'] | Map<string, string>, sources: LexiconPackFile['sources']): Lexicon {
  return createLexicon({
    version: 1,
    lang,
    license: packs.map((pack) => pack.license).join('; '),
    families: packs.map((pack) => pack.family),
    sources,
    entries,
  });
}

/**
 * What the given words of a pivot language mean, from its packs' direct and reversed
 * dictionaries (`meaning`, not their pivots). Reads only those keys: a pivot through German
 * needs a few thousand of the German pack's 250k keys.
 */
function pivotMeaning(pivotLang: string, words: ReadonlySet<string>, folder: string, families: readonly string[]): PivotMeaning | undefined {
  const packs = readPacks(pivotLang, folder, families);
  if (packs.length === 0) return undefined;
  const own = packs.map((pack) => ({ ...pack, entries: pack.meaning ?? pack.entries, pivots: [] }));
  const { entries } = combinePacks(own, () => undefined, (word) => words.has(word));
  const meanings = new Map<string, readonly string[]>();
  for (const [word, value] of entries) meanings.set(word, value === '' ? [] : value.split('|'));
  return (word) => meanings.get(word);
}

/**
 * Loads a language's lexicon, once per process: every pack folder `lexicons/<lang>/<family>/`
 * of the allowed licence families, combined in memory with the pivots they ship read through
 * the pivot languages' packs. The packs are separate works; only the user's process combines them,
 * and keeps the result in the user's cache folder (see combined-lexicon-cache.ts) for later runs.
 * @param lang ISO 639-1 code, e.g. `id`
 * @param options folder and licence families (see {@link LexiconLoadOptions})
 * @returns the lexicon, or undefined when no allowed pack of the language is readable
 */
export function loadLexicon(lang: string, options: LexiconLoadOptions = {}): Lexicon | undefined {
  if (!/^[a-z]{2,3}$/.test(lang)) return undefined;
  const { folder, families, key } = settings(options);
  const chosen = options.cache ?? lexiconCacheDir();
  const cacheDir = chosen === false ? undefined : chosen;
  const cacheKey = `${key}\u0000${lang}\u0000${cacheDir ?? ''}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  const fingerprint = cacheDir === undefined ? undefined : lexiconFingerprint(lang, families, packPaths(lang, folder, families));
  const cached = cacheDir === undefined || fingerprint === undefined ? undefined : readCachedLexicon(cacheDir, lang, fingerprint);
  if (cached !== undefined) {
    const lexicon = createLexicon({ version: 1, lang, ...cached });
    cache.set(cacheKey, lexicon);
    return lexicon;
  }
  const packs = readPacks(lang, folder, families);
  const only = packs.length === 1 ? packs[0] : undefined;
  let lexicon: Lexicon | undefined;
  // One pack with no pivots is read as it is (its stems are ranked already); otherwise votes are added up.
  if (only !== undefined && only.pivots.length === 0) lexicon = lexiconOf(lang, packs, only.entries, only.sources);
  else if (packs.length > 0) {
    const combined = combinePacks(packs, (pivotLang, words) => (pivotLang === lang ? undefined : pivotMeaning(pivotLang, words, folder, families)));
    lexicon = lexiconOf(lang, packs, combined.entries, combined.sources);
    if (combined.skippedPivots.length > 0) {
      warnOnce(`${lang} lexicon: pivot dictionaries ${combined.skippedPivots.join(', ')} left out (their pivot language has no pack of the licence families allowed: ${families.join(', ')})`);
    }
    if (cacheDir !== undefined && fingerprint !== undefined) {
      const entries = [...combined.entries].map(([key, value]) => `${key}\t${value}`).join('\n');
      const failed = writeCachedLexicon(cacheDir, lang, fingerprint, { license: lexicon.license, families: [...lexicon.families], sources: combined.sources, entries });
      if (failed !== undefined) warnOnce(`combined ${lang} lexicon not cached in ${cacheDir} (${failed}); it is combined again in each run (${LEXICON_CACHE_ENV}=off or another folder to silence this)`);
    }
  }
  cache.set(cacheKey, lexicon);
  return lexicon;
}

/**
 * Lists the languages that have a lexicon pack of an allowed licence family.
 * @param options folder and licence families (see {@link LexiconLoadOptions})
 * @returns ISO 639-1 codes, sorted
 */
export function supportedLexiconLanguages(options: LexiconLoadOptions = {}): string[] {
  const { folder, families } = settings(options);
  return SHIPPED_LANGUAGES.filter((lang) => families.some((family) => existsSync(join(folder, lang, family, PACK_FILE))));
}
