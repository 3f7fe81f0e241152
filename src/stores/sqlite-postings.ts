import type Database from 'better-sqlite3';
import { IN_IDS } from './sqlite-statements.js';
import { countSql, countsTable, HEAD_IDS, headSql, keepsCounts, LEVEL_COUNT, nextMerge, postingsTable, type LevelPolicy } from './sqlite-levels.js';

/**
 * Rows per multi-row INSERT. better-sqlite3's cost per `run` is larger than SQLite's per row,
 * so a batch's postings are written 64 rows at a time, in key order (neighbouring B-tree
 * pages).
 */
const ROWS_PER_INSERT = 64;

/** A key hash's count, and its document ordinals when the count is within the limit (else null). */
export interface KeyRow {
  key: number;
  count: number;
  ids: number[] | null;
}

/** A row of the first lookup statement (sqlite-levels.ts `headSql`); the first has no key. */
type HeadRow = { key: null; ids: string; version: number } | { key: number; ids: string; version: null };

/** A row of the second lookup statement (`countSql`); the first has no key. */
type CountRow = { key: null; count: string; ids: number } | { key: number; count: number; ids: string | null };

/**
 * The postings and key counts of a SQLite store (in levels, see sqlite-levels.ts): keys as
 * their hashes (sqlite-key-hash.ts), documents as their ordinals in `doc_ordinals` (schema v6).
 */
export interface PostingIndex {
  /**
   * Adds postings to level 0 and merges every level that outgrew its share into the next,
   * with the counts of the keys it moves (inside the caller's write transaction).
   * @param docsByKey document ordinals per key hash, each list without repeats; each (key, doc)
   *   must not be stored yet
   */
  add(docsByKey: ReadonlyMap<number, readonly number[]>): void;
  /**
   * Takes a document's postings back, in whatever level they are, with their counts (inside
   * the caller's write transaction).
   * @param doc the document's ordinal
   * @param keys the hashes of its keys, a JSON array without repeats
   */
  remove(doc: number, keys: string): void;
  /**
   * Counts and (within `limit`) ordinals of the key hashes that are present, all as of one
   * snapshot: one statement, and a second for frequent keys that must read the same data.
   * @param keys a JSON array of distinct key hashes
   * @returns the rows, or undefined when another connection merged levels or wrote between the
   *   two statements (the first row of each tells): the caller asks again
   */
  tryLookup(keys: string, limit: number): KeyRow[] | undefined;
}

function valuesList(rows: number): string {
  return Array.from({ length: rows }, () => '(?, ?)').join(', ');
}

/** Runs `many` on full chunks of `rows` (key, value) pairs and `one` on the rest. */
function runChunked(flat: readonly number[], many: Database.Statement, one: Database.Statement): void {
  let i = 0;
  for (; i + 2 * ROWS_PER_INSERT <= flat.length; i += 2 * ROWS_PER_INSERT) many.run(flat.slice(i, i + 2 * ROWS_PER_INSERT));
  for (; i < flat.length; i += 2) one.run(flat[i], flat[i + 1]);
}

type Run<P extends unknown[]> = Database.Statement<P>;

/** The statements that touch one level's tables. */
interface LevelStatements {
  /** Moves every posting and count of this level into the next one, sorted; then empties this level. */
  mergeDown: (() => void) | undefined;
  deletePostings: Database.Statement<[{ doc: number; keys: string }], number>;
  /** Undefined for a level without counts. */
  decrementCounts: Run<[string]> | undefined;
  deleteEmptyCounts: Run<[string]> | undefined;
}

const COUNT_UPSERT = 'ON CONFLICT (key) DO UPDATE SET count = count + excluded.count';

function prepareLevel(db: Database.Database, level: number): LevelStatements {
  const postings = postingsTable(level);
  const counts = countsTable(level);
  let mergeDown: (() => void) | undefined;
  if (level + 1 < LEVEL_COUNT) {
    // Read in primary-key order and written in that order: the next level's leaf pages are
    // visited once each, in turn, with many new rows apiece. A DELETE without WHERE empties a
    // table by dropping its pages, not row by row.
    // A level without counts has them made here, from its postings in key order.
    const countsBelow = keepsCounts(level)
      ? `SELECT key, count FROM ${counts} WHERE true ORDER BY key`
      : `SELECT key, count(*) FROM ${postings} GROUP BY key ORDER BY key`;
    const moves = [
      db.prepare(`INSERT INTO ${postingsTable(level + 1)} (key, doc) SELECT key, doc FROM ${postings} ORDER BY key, doc`),
      db.prepare(`INSERT INTO ${countsTable(level + 1)} (key, count) ${countsBelow} ${COUNT_UPSERT}`),
      db.prepare(`DELETE FROM ${postings}`),
      ...(keepsCounts(level) ? [db.prepare(`DELETE FROM ${counts}`)] : []),
    ];
    mergeDown = () => {
      for (const statement of moves) statement.run();
    };
  }
  return {
    mergeDown,
    deletePostings: db
      .prepare<[{ doc: number; keys: string }], number>(
        `DELETE FROM ${postings} WHERE doc = @doc AND key IN (SELECT value FROM json_each(@keys)) RETURNING key`,
      )
      .pluck(),
    decrementCounts: keepsCounts(level) ? db.prepare(`UPDATE ${counts} SET count = count - 1 WHERE key ${IN_IDS}`) : undefined,
    deleteEmptyCounts: keepsCounts(level) ? db.prepare(`DELETE FROM ${counts} WHERE count <= 0 AND key ${IN_IDS}`) : undefined,
  };
}

/**
 * Prepares the posting and count statements of a SQLite store.
 * @param db a connection whose schema is up to date (v6)
 * @param policy when a level is merged into the next
 */
export function preparePostingIndex(db: Database.Database, policy: LevelPolicy): PostingIndex {
  const insertMany = db.prepare(`INSERT INTO ${postingsTable(0)} (key, doc) VALUES ${valuesList(ROWS_PER_INSERT)}`);
  const insertOne = db.prepare(`INSERT INTO ${postingsTable(0)} (key, doc) VALUES (?, ?)`);
  const resize: Run<[number, number]> = db.prepare(
    'INSERT INTO posting_levels (level, postings) VALUES (?, ?) ON CONFLICT (level) DO UPDATE SET postings = postings + excluded.postings',
  );
  const dropEmptyLevels: Run<[]> = db.prepare('DELETE FROM posting_levels WHERE postings <= 0');
  const levelSizes = db.prepare<[], { level: number; postings: number }>('SELECT level, postings FROM posting_levels ORDER BY level');
  const levels = Array.from({ length: LEVEL_COUNT }, (_, level) => prepareLevel(db, level));
  // The lookup statements of each set of non-empty levels, prepared when first met;
  // `levelsSeen` is the set the last lookup found, tried first.
  const lookups = new Map<string, { head: Database.Statement<[{ keys: string; head: number }], HeadRow>; count: Database.Statement<[{ keys: string; limit: number }], CountRow> }>();
  const lookupFor = (levelList: string): { head: Database.Statement<[{ keys: string; head: number }], HeadRow>; count: Database.Statement<[{ keys: string; limit: number }], CountRow> } => {
    let statements = lookups.get(levelList);
    if (statements === undefined) {
      const parsed = levelList === '' ? [] : levelList.split(',').map(Number);
      statements = { head: db.prepare(headSql(parsed)), count: db.prepare(countSql(parsed)) };
      lookups.set(levelList, statements);
    }
    return statements;
  };
  let levelsSeen = '';

  /** One try of a lookup: undefined when the levels or the data changed under it. */
  const tryLookup = (keys: string, limit: number): KeyRow[] | undefined => {
    const statements = lookupFor(levelsSeen);
    const head = Math.min(limit, HEAD_IDS);
    const [first, ...rows] = statements.head.all({ keys, head });
    if (first === undefined || first.key !== null || first.ids !== levelsSeen) {
      levelsSeen = first?.key === null ? first.ids : '';
      return undefined;
    }
    const found: KeyRow[] = [];
    const frequent: number[] = [];
    for (const row of rows) {
      if (row.key === null || row.ids === '[]') continue;
      const ids = JSON.parse(row.ids) as number[];
      if (ids.length > head) frequent.push(row.key);
      else found.push({ key: row.key, count: ids.length, ids });
    }
    if (frequent.length === 0) return found;
    const [counted, ...countRows] = statements.count.all({ keys: JSON.stringify(frequent), limit });
    // Another connection committed between the two statements: both run again.
    if (counted === undefined || counted.key !== null || counted.count !== levelsSeen || counted.ids !== first.version) return undefined;
    for (const row of countRows) {
      if (row.key !== null) found.push({ key: row.key, count: row.count, ids: row.ids === null ? null : (JSON.parse(row.ids) as number[]) });
    }
    return found;
  };

  const mergeFull = (): void => {
    for (;;) {
      const sizes = new Map(levelSizes.all().map((row) => [row.level, row.postings]));
      const merge = nextMerge(sizes, policy);
      const mergeDown = merge === undefined ? undefined : levels[merge.from]?.mergeDown;
      if (merge === undefined || mergeDown === undefined) return;
      mergeDown();
      const moved = sizes.get(merge.from) ?? 0;
      resize.run(merge.to, moved);
      resize.run(merge.from, -moved);
      dropEmptyLevels.run();
    }
  };

  return {
    add(docsByKey) {
      const postings: number[] = [];
      // A typed array sorts numbers natively, without a comparator call per comparison.
      for (const key of Float64Array.from(docsByKey.keys()).sort()) {
        for (const doc of docsByKey.get(key) ?? []) postings.push(key, doc);
      }
      if (postings.length === 0) return;
      // Level 0 keeps no counts (sqlite-levels.ts): the postings are the whole write.
      runChunked(postings, insertMany, insertOne);
      resize.run(0, postings.length / 2);
      mergeFull();
    },
    remove(doc, keys) {
      let removedAny = false;
      for (const { level } of levelSizes.all()) {
        const statements = levels[level];
        if (statements === undefined) continue;
        const removed = statements.deletePostings.all({ doc, keys });
        if (removed.length === 0) continue;
        const json = JSON.stringify(removed);
        statements.decrementCounts?.run(json);
        statements.deleteEmptyCounts?.run(json);
        resize.run(level, -removed.length);
        removedAny = true;
      }
      if (removedAny) dropEmptyLevels.run();
    },
    tryLookup,
  };
}
