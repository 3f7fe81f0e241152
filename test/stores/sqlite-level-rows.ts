import { keepsCounts, LEVEL_COUNT } from '../../src/stores/sqlite-levels.js';

/**
 * SQL that reads `columns` of every level's table (with a `level` column first), for tests
 * that look into a SQLite store's postings or counts as one table.
 * @param columns the columns to read, e.g. `key, count`
 * @param table the table of a level (`postingsTable` or `countsTable`)
 */
export function allLevels(columns: string, table: (level: number) => string): string {
  return Array.from({ length: LEVEL_COUNT }, (_, level) => `SELECT ${level} AS level, ${columns} FROM ${table(level)}`).join(' UNION ALL ');
}

/** SQL that reads `level, key, count` of every level that keeps counts, from its counts table. */
export function storedCounts(table: (level: number) => string): string {
  return Array.from({ length: LEVEL_COUNT }, (_, level) => level)
    .filter(keepsCounts)
    .map((level) => `SELECT ${level} AS level, key, count FROM ${table(level)}`)
    .join(' UNION ALL ');
}

/** SQL that recounts `level, key, count` from the postings of every level that keeps counts. */
export function recountedCounts(table: (level: number) => string): string {
  return Array.from({ length: LEVEL_COUNT }, (_, level) => level)
    .filter(keepsCounts)
    .map((level) => `SELECT ${level} AS level, key, count(*) AS count FROM ${table(level)} GROUP BY key`)
    .join(' UNION ALL ');
}
