import type Database from 'better-sqlite3';
import { IN_IDS } from './sqlite-statements.js';

/**
 * Document ids of ordinals (schema v6 `doc_ordinals`), kept by a connection. An ordinal is
 * never given to another document (AUTOINCREMENT), so a kept id never goes stale; reading the
 * ids of a lookup's postings from here instead of joining `doc_ordinals` saves a B-tree probe
 * per id, most of a term lookup's cost. At most `capacity` ids are kept: the map is emptied
 * when it is full (≈ 80 bytes an id), which bounds memory without bookkeeping per hit.
 */
export interface OrdinalIds {
  /**
   * The ids of lists of ordinals, list by list, reading the ones not kept from the table in one
   * statement.
   * @returns the ids, or undefined when an ordinal is not in the table (its document was
   *   deleted after the caller's snapshot: the caller reads again)
   */
  idsOf(lists: readonly (readonly number[])[]): string[][] | undefined;
}

/** At most this many missing ordinals are read one statement each, more with one JSON list. */
const FEW = 2;

/** Ids kept before the map is emptied: ≈ 80 MB at most. */
const DEFAULT_CAPACITY = 1 << 20;

/**
 * Prepares the ordinal → id map of a connection.
 * @param db a connection whose schema is up to date (v6)
 * @param capacity ids kept at most
 */
export function prepareOrdinalIds(db: Database.Database, capacity = DEFAULT_CAPACITY): OrdinalIds {
  const select = db.prepare<[string], { ordinal: number; id: string }>(`SELECT ordinal, id FROM doc_ordinals WHERE ordinal ${IN_IDS}`);
  const selectOne = db.prepare<[number], string>('SELECT id FROM doc_ordinals WHERE ordinal = ?').pluck();
  const kept = new Map<number, string>();
  const keep = (ordinal: number, id: string): void => {
    if (kept.size >= capacity) kept.clear();
    kept.set(ordinal, id);
  };
  return {
    idsOf(lists) {
      // Ids are taken from the map before anything is added to it: adding may empty it.
      const missing: number[] = [];
      const ids = lists.map((list) =>
        list.map((ordinal) => {
          const id = kept.get(ordinal);
          if (id === undefined) missing.push(ordinal);
          return id;
        }),
      );
      if (missing.length === 0) return ids as string[][];
      const found = new Map<number, string>();
      if (missing.length <= FEW) {
        // A probe each (≈ 4 µs) costs less than the JSON list's statement (≈ 8–11 µs for one id).
        for (const ordinal of missing) {
          const id = selectOne.get(ordinal);
          if (id !== undefined) found.set(ordinal, id);
        }
      } else for (const row of select.iterate(JSON.stringify(missing))) found.set(row.ordinal, row.id);
      const answer: string[][] = [];
      for (const [i, list] of lists.entries()) {
        const row: string[] = [];
        for (const [j, ordinal] of list.entries()) {
          const id = ids[i]?.[j] ?? found.get(ordinal);
          if (id === undefined) return undefined;
          row.push(id);
        }
        answer.push(row);
      }
      for (const [ordinal, id] of found) keep(ordinal, id);
      return answer;
    },
  };
}
