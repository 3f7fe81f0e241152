import type Database from 'better-sqlite3';
import { IN_IDS } from './sqlite-statements.js';

/**
 * Document ids of ordinals (schema v6 `doc_ordinals`), kept by a connection. An ordinal is
 * never given to another document (AUTOINCREMENT), so a kept id never goes stale; reading the
 * ids of a lookup's postings from here instead of joining `doc_ordinals` saves a B-tree probe
 * per id, most of a term lookup's cost. At most `capacity` ids are kept: they are all dropped
 * when that many are kept, which bounds memory without bookkeeping per hit. Kept in arrays
 * indexed by ordinal ({@link CHUNK} ids each), not a Map: a hit is one read of a slot (≈ 8
 * bytes an id besides the string) where a 1M-entry Map's probe is two or three memory misses,
 * and a sketch lookup at 1M documents asks ≈ 70–300 of them.
 */
export interface OrdinalIds {
  /**
   * The ids of the first `length` ordinals, in one array (what a lookup of many keys asks, its
   * ordinals in one typed array), reading the ones not kept from the table in one statement.
   * @returns the ids, or undefined when an ordinal is not in the table (its document was
   *   deleted after the caller's snapshot: the caller reads again)
   */
  idsOfEach(ordinals: ArrayLike<number>, length: number): string[] | undefined;
}

/** At most this many missing ordinals are read one statement each, more with one JSON list. */
const FEW = 2;

/** Ids kept before they are all dropped: ≈ 8 MB of slots and ≈ 60 MB of strings at most. */
const DEFAULT_CAPACITY = 1 << 20;

/** Ordinals a slot array covers: ordinals are dense (AUTOINCREMENT), so few slots go unused. */
const CHUNK = 4096;

/**
 * Prepares the ordinal → id map of a connection.
 * @param db a connection whose schema is up to date (v6)
 * @param capacity ids kept at most
 */
export function prepareOrdinalIds(db: Database.Database, capacity = DEFAULT_CAPACITY): OrdinalIds {
  const select = db.prepare<[string], { ordinal: number; id: string }>(`SELECT ordinal, id FROM doc_ordinals WHERE ordinal ${IN_IDS}`);
  const selectOne = db.prepare<[number], string>('SELECT id FROM doc_ordinals WHERE ordinal = ?').pluck();
  // kept[ordinal / CHUNK][ordinal % CHUNK]: the id, or a hole.
  let kept: ((string | undefined)[] | undefined)[] = [];
  let size = 0;
  const keptId = (ordinal: number): string | undefined => kept[Math.floor(ordinal / CHUNK)]?.[ordinal % CHUNK];
  const keep = (ordinal: number, id: string): void => {
    if (size >= capacity) {
      kept = [];
      size = 0;
    }
    const c = Math.floor(ordinal / CHUNK);
    // Grown densely: an index far past the end would turn the array into a dictionary.
    while (kept.length <= c) kept.push(undefined);
    // Holey arrays of a fixed length: V8 keeps them as plain slot arrays.
    const chunk = (kept[c] ??= new Array<string | undefined>(CHUNK));
    if (chunk[ordinal % CHUNK] === undefined) size++;
    chunk[ordinal % CHUNK] = id;
  };
  const idsOfEach = (ordinals: ArrayLike<number>, length: number): string[] | undefined => {
    // Ids are taken from the map before anything is added to it: adding may empty it.
    const ids = new Array<string>(length);
    let missing: number[] | undefined;
    for (let i = 0; i < length; i++) {
      const ordinal = ordinals[i] ?? 0;
      const id = keptId(ordinal);
      if (id === undefined) (missing ??= []).push(i);
      else ids[i] = id;
    }
    if (missing === undefined) return ids;
    const found = new Map<number, string>();
    const wanted = missing.map((i) => ordinals[i] ?? 0);
    if (wanted.length <= FEW) {
      // A probe each (≈ 4 µs) costs less than the JSON list's statement (≈ 8–11 µs for one id).
      for (const ordinal of wanted) {
        const id = selectOne.get(ordinal);
        if (id !== undefined) found.set(ordinal, id);
      }
    } else for (const row of select.iterate(JSON.stringify(wanted))) found.set(row.ordinal, row.id);
    for (const i of missing) {
      const id = found.get(ordinals[i] ?? 0);
      if (id === undefined) return undefined;
      ids[i] = id;
    }
    for (const [ordinal, id] of found) keep(ordinal, id);
    return ids;
  };
  return { idsOfEach };
}
