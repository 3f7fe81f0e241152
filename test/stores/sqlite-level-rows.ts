import Database from 'better-sqlite3';
import { countsTable, keepsCounts, LEVEL_COUNT, postingsTable } from '../../src/stores/sqlite-levels.js';

/** Rows of a query on a SQLite store file, opened read-only for it. */
export function readRows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

/**
 * SQL that reads `columns` of every level's postings (with a `level` column first), for tests
 * that look into a SQLite store's postings as one table.
 * @param columns the columns to read, e.g. `key, ordinal`
 */
export function allLevels(columns: string): string {
  return Array.from({ length: LEVEL_COUNT }, (_, level) => `SELECT ${level} AS level, ${columns} FROM ${postingsTable(level)}`).join(' UNION ALL ');
}

function countingLevels(select: (level: number) => string): string {
  return Array.from({ length: LEVEL_COUNT }, (_, level) => level).filter(keepsCounts).map(select).join(' UNION ALL ');
}

/** `level, key, count` of every level that keeps counts, as stored, ordered by level and key. */
export const STORED_COUNTS = `SELECT level, key, count FROM (${countingLevels((level) => `SELECT ${level} AS level, key, count FROM ${countsTable(level)}`)}) ORDER BY level, key`;

/** The same, recounted from those levels' postings: equal to {@link STORED_COUNTS} in a sound store. */
export const RECOUNTED_COUNTS = `SELECT level, key, count FROM (${countingLevels((level) => `SELECT ${level} AS level, key, count(*) AS count FROM ${postingsTable(level)} GROUP BY key`)}) ORDER BY level, key`;
