// Combining a language's packs (and reading its pivots through German's 250k keys) costs about a
// second; the result is kept per user so that later runs load it like one pack. It is written
// only to the user's own cache folder, never beside the packs: a combined lexicon mixes licence
// families and must not end up in anything that is distributed.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LexiconSource } from './lexicon-pack.js';

/** Environment variable naming the cache folder; `off` turns the cache off. */
export const LEXICON_CACHE_ENV = 'STORYTRACE_LEXICON_CACHE';
// 2: pack stems of English irregular plurals are read as their singulars (combined votes change).
const CACHE_VERSION = 2;
/** Combined lexicons kept per language; each pack update or family choice adds one. */
export const CACHED_PER_LANGUAGE = 4;

/** A combined lexicon as kept in the cache. */
export interface CachedLexicon {
  license: string;
  families: string[];
  sources: LexiconSource[];
  /** `key TAB stem|stem|stem` lines. */
  entries: string;
}

/**
 * The cache folder: STORYTRACE_LEXICON_CACHE, else `$XDG_CACHE_HOME/storytrace/lexicons`, else
 * `~/.cache/storytrace/lexicons`.
 * @returns the folder, or undefined when the cache is off
 */
export function lexiconCacheDir(): string | undefined {
  const named = process.env[LEXICON_CACHE_ENV]?.trim();
  if (named === 'off') return undefined;
  if (named !== undefined && named !== '') return named;
  const base = process.env.XDG_CACHE_HOME?.trim();
  return join(base !== undefined && base !== '' ? base : join(homedir(), '.cache'), 'storytrace', 'lexicons');
}

/**
 * A fingerprint of everything a combined lexicon depends on: the language, the families and the
 * path, size and modification time of every pack file that may be read (missing ones count too).
 * @param lang ISO 639-1 code
 * @param families licence families loaded
 * @param packPaths every pack file the language or its pivots may read
 */
export function lexiconFingerprint(lang: string, families: readonly string[], packPaths: readonly string[]): string {
  const hash = createHash('sha256').update(`${CACHE_VERSION}\n${lang}\n${families.join(',')}\n`);
  for (const path of [...packPaths].sort()) {
    const stat = statSync(path, { throwIfNoEntry: false });
    hash.update(`${path}\t${stat?.size ?? -1}\t${stat?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

const fileOf = (dir: string, lang: string, fingerprint: string): string => join(dir, `${lang}-${fingerprint}.json.gz`);

/**
 * Reads a cached combined lexicon.
 * @returns it, or undefined when absent or unreadable (then it is simply built again)
 */
export function readCachedLexicon(dir: string, lang: string, fingerprint: string): CachedLexicon | undefined {
  try {
    const value = JSON.parse(gunzipSync(readFileSync(fileOf(dir, lang, fingerprint))).toString('utf8')) as Partial<CachedLexicon> & { version?: number };
    if (value.version !== CACHE_VERSION || typeof value.entries !== 'string' || typeof value.license !== 'string') return undefined;
    return { license: value.license, families: value.families ?? [], sources: value.sources ?? [], entries: value.entries };
  } catch {
    return undefined;
  }
}

/**
 * Writes a combined lexicon to the cache, atomically (a temporary file renamed), so that
 * processes loading the same language at once never read half a file.
 * @returns undefined, or why it could not be written (a read-only home, a full disk)
 */
export function writeCachedLexicon(dir: string, lang: string, fingerprint: string, lexicon: CachedLexicon): string | undefined {
  const path = fileOf(dir, lang, fingerprint);
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, gzipSync(JSON.stringify({ version: CACHE_VERSION, lang, ...lexicon }), { level: 1 }));
    renameSync(temporary, path);
    pruneCachedLexicons(dir, lang, path);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Removes all but the newest CACHED_PER_LANGUAGE combined lexicons of a language, so that pack
 * updates do not pile up ~10 MB files forever. A few are kept because several checkouts or family
 * choices may share one cache folder; one removed too eagerly is only built again.
 */
function pruneCachedLexicons(dir: string, lang: string, keep: string): void {
  const pattern = new RegExp(`^${lang}-[0-9a-f]{32}\\.json\\.gz$`);
  const others = readdirSync(dir)
    .filter((name) => pattern.test(name) && join(dir, name) !== keep)
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime || a.path.localeCompare(b.path));
  for (const { path } of others.slice(CACHED_PER_LANGUAGE - 1)) rmSync(path, { force: true });
}
