import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** English stem → WordNet concept ids; two stems sharing an id can stand for each other. */
export interface SynonymMap {
  /** Where the pack came from, e.g. `WordNet 3.0`. */
  readonly source: string;
  /** Number of stems with at least one concept. */
  readonly size: number;
  /**
   * Concept ids of a Porter2 stem (`@orama/stemmers/english`, lowercased), ascending.
   * @returns [] for unknown stems
   */
  conceptsOf(stem: string): readonly number[];
}

/** The JSON inside `lexicons/en-synonyms.json.gz` (written by scripts/synonyms/build-synonyms.ts). */
export interface SynonymPackData {
  version: number;
  source?: string;
  entries: Record<string, readonly number[]>;
}

export const SYNONYM_PACK_PATH = 'lexicons/en-synonyms.json.gz';

const NONE: readonly number[] = Object.freeze([]);
let cached: { map: SynonymMap | undefined } | undefined;

/**
 * Builds a synonym map from parsed pack data; for tests and for packs kept elsewhere.
 * Values that are not arrays of non-negative integers read as unknown stems.
 * @param data `{ version: 1, source, entries: { stem: [id, ...] } }`
 * @returns the map
 */
export function createSynonymMap(data: SynonymPackData): SynonymMap {
  // The parsed object is the index: copying 50k entries into a Map and checking each one up
  // front costs more than parsing the pack, so values are checked when first looked up.
  const entries = data.entries;
  const checked = new Map<string, readonly number[]>();
  return {
    source: data.source ?? 'unknown',
    size: Object.keys(entries).length,
    conceptsOf(stem: string): readonly number[] {
      const hit = checked.get(stem);
      if (hit !== undefined) return hit;
      if (!Object.hasOwn(entries, stem)) return NONE;
      const ids: unknown = entries[stem];
      const valid = isIdList(ids) ? ids : NONE;
      checked.set(stem, valid);
      return valid;
    },
  };
}

function isIdList(value: unknown): value is readonly number[] {
  return Array.isArray(value) && value.every((id) => Number.isInteger(id) && id >= 0);
}

/** Folder holding package.json, found by walking up from this file (src/ or dist/). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Loads the English synonym pack shipped in `lexicons/en-synonyms.json.gz` (once; later
 * calls return the same map).
 * @param path pack file to read instead of the shipped one; not cached
 * @returns the map, or undefined when the pack is absent or unreadable (matching then falls
 *   back to exact stems)
 */
export function loadSynonyms(path?: string): SynonymMap | undefined {
  if (path !== undefined) return readPack(path);
  cached ??= { map: readPack(join(findPackageRoot(), SYNONYM_PACK_PATH)) };
  return cached.map;
}

function readPack(path: string): SynonymMap | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as unknown;
    if (!isPackData(data)) return undefined;
    return createSynonymMap(data);
  } catch {
    return undefined;
  }
}

function isPackData(data: unknown): data is SynonymPackData {
  if (typeof data !== 'object' || data === null) return false;
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  return version === 1 && typeof entries === 'object' && entries !== null && !Array.isArray(entries);
}
