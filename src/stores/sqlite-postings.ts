import type Database from 'better-sqlite3';
import { compareIds } from './compare-ids.js';
import { nextMerge, type LevelPolicy } from './sqlite-levels.js';

/**
 * Rows per multi-row INSERT. better-sqlite3's cost per `run` is larger than SQLite's per row,
 * so writing a batch's postings 64 rows at a time, in key order (neighbouring B-tree pages),
 * with one count update per distinct key, costs about a third of a statement per posting.
 */
const ROWS_PER_INSERT = 64;

/** The postings and key counts of a SQLite store (schema v5: in levels, see sqlite-levels.ts). */
export interface PostingIndex {
  /**
   * Adds postings to level 0, raises the keys' counts to match, and merges every level that
   * outgrew its share into the next (inside the caller's transaction).
   * @param docsByKey document ids per key; each (key, id) must not be stored yet
   */
  add(docsByKey: ReadonlyMap<string, readonly string[]>): void;
  /**
   * Takes a document's postings back, in whatever level they are, with their counts.
   * @param docId the document
   * @param keys its keys as a JSON array (its row's `keys`)
   */
  remove(docId: string, keys: string): void;
}

function valuesList(row: string, rows: number): string {
  return Array.from({ length: rows }, () => row).join(', ');
}

/** Runs `many` on full chunks of `rows` (key, value) pairs and `one` on the rest. */
function runChunked(flat: readonly (string | number)[], many: Database.Statement, one: Database.Statement): void {
  let i = 0;
  for (; i + 2 * ROWS_PER_INSERT <= flat.length; i += 2 * ROWS_PER_INSERT) many.run(flat.slice(i, i + 2 * ROWS_PER_INSERT));
  for (; i < flat.length; i += 2) one.run(flat[i], flat[i + 1]);
}

type Run<P extends unknown[]> = Database.Statement<P>;

/**
 * Prepares the posting and count writes of a SQLite store.
 * @param db a connection whose schema is up to date (v5)
 * @param policy when a level is merged into the next
 */
export function preparePostingIndex(db: Database.Database, policy: LevelPolicy): PostingIndex {
  const countUpsert = 'ON CONFLICT (level, key) DO UPDATE SET count = count + excluded.count';
  const insertMany = db.prepare(`INSERT INTO postings (level, key, doc_id) VALUES ${valuesList('(0, ?, ?)', ROWS_PER_INSERT)}`);
  const insertOne = db.prepare('INSERT INTO postings (level, key, doc_id) VALUES (0, ?, ?)');
  const countMany = db.prepare(`INSERT INTO key_counts (level, key, count) VALUES ${valuesList('(0, ?, ?)', ROWS_PER_INSERT)} ${countUpsert}`);
  const countOne = db.prepare(`INSERT INTO key_counts (level, key, count) VALUES (0, ?, ?) ${countUpsert}`);
  const resize: Run<[number, number]> = db.prepare(
    'INSERT INTO posting_levels (level, postings) VALUES (?, ?) ON CONFLICT (level) DO UPDATE SET postings = postings + excluded.postings',
  );
  const dropEmptyLevels: Run<[]> = db.prepare('DELETE FROM posting_levels WHERE postings <= 0');
  const levelSizes = db.prepare<[], { level: number; postings: number }>('SELECT level, postings FROM posting_levels');
  // The merge reads one level in primary-key order and writes it, in that order, into the next:
  // the next level's leaf pages are visited once each, in turn, with many new rows apiece.
  const mergePostings: Run<[{ from: number; to: number }]> = db.prepare(
    'INSERT INTO postings (level, key, doc_id) SELECT @to, key, doc_id FROM postings WHERE level = @from ORDER BY key, doc_id',
  );
  const mergeCounts: Run<[{ from: number; to: number }]> = db.prepare(
    `INSERT INTO key_counts (level, key, count) SELECT @to, key, count FROM key_counts WHERE level = @from ORDER BY key ${countUpsert}`,
  );
  const clearPostings: Run<[number]> = db.prepare('DELETE FROM postings WHERE level = ?');
  const clearCounts: Run<[number]> = db.prepare('DELETE FROM key_counts WHERE level = ?');
  const deletePostings = db.prepare<[{ doc: string; keys: string }], { level: number; key: string }>(
    `DELETE FROM postings WHERE level IN (SELECT level FROM posting_levels)
      AND key IN (SELECT value FROM json_each(@keys)) AND doc_id = @doc RETURNING level, key`,
  );
  const decrementCounts: Run<[{ level: number; keys: string }]> = db.prepare(
    'UPDATE key_counts SET count = count - 1 WHERE level = @level AND key IN (SELECT value FROM json_each(@keys))',
  );
  const deleteEmptyCounts: Run<[{ level: number; keys: string }]> = db.prepare(
    'DELETE FROM key_counts WHERE level = @level AND count <= 0 AND key IN (SELECT value FROM json_each(@keys))',
  );

  const mergeFull = (): void => {
    for (;;) {
      const sizes = new Map(levelSizes.all().map((row) => [row.level, row.postings]));
      const merge = nextMerge(sizes, policy);
      if (merge === undefined) return;
      mergePostings.run(merge);
      mergeCounts.run(merge);
      clearPostings.run(merge.from);
      clearCounts.run(merge.from);
      const moved = sizes.get(merge.from) ?? 0;
      resize.run(merge.to, moved);
      resize.run(merge.from, -moved);
      dropEmptyLevels.run();
    }
  };

  return {
    add(docsByKey) {
      const postings: string[] = [];
      const counts: (string | number)[] = [];
      for (const key of [...docsByKey.keys()].sort(compareIds)) {
        const ids = docsByKey.get(key) ?? [];
        for (const id of ids) postings.push(key, id);
        counts.push(key, ids.length);
      }
      if (postings.length === 0) return;
      runChunked(postings, insertMany, insertOne);
      runChunked(counts, countMany, countOne);
      resize.run(0, postings.length / 2);
      mergeFull();
    },
    remove(docId, keys) {
      const byLevel = new Map<number, string[]>();
      for (const { level, key } of deletePostings.all({ doc: docId, keys })) {
        const list = byLevel.get(level);
        if (list === undefined) byLevel.set(level, [key]);
        else list.push(key);
      }
      for (const [level, removed] of byLevel) {
        const json = JSON.stringify(removed);
        decrementCounts.run({ level, keys: json });
        deleteEmptyCounts.run({ level, keys: json });
        resize.run(level, -removed.length);
      }
      if (byLevel.size > 0) dropEmptyLevels.run();
    },
  };
}
