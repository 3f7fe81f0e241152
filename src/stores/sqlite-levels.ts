/**
 * The postings of a SQLite store live in levels (schema v5), one pair of tables per level
 * (`postings_N`, `key_counts_N`): a batch's postings go to level 0, and a level that outgrows
 * its share is merged into the next in one sorted pass, then emptied at once. Inserting a
 * batch's rows at random places of one large B-tree touched a leaf page per row once the tree
 * had more leaves than the batch had rows, so every store write cost more as the store grew;
 * level 0 stays small, and a merge writes a level's rows in key order into a level `growth`
 * times bigger, many rows per leaf page. A lookup reads each key in every non-empty level.
 */

/** When levels are merged. */
export interface LevelPolicy {
  /** Postings level 0 holds before it is merged into level 1. */
  firstLevelPostings: number;
  /** How many times more postings each level holds than the one above it. */
  growth: number;
}

/** Level 0 of ≈ 1,000 documents of ≈ 280 keys, ×8 a level. */
export const DEFAULT_LEVEL_POLICY: Readonly<LevelPolicy> = Object.freeze({ firstLevelPostings: 1 << 18, growth: 8 });

/** Levels 0 to 8 (schema v5 made their tables). */
export const LEVEL_COUNT = 9;

/**
 * The deepest level: merged into, never from, and where postings migrated from schema v4 were
 * put. Levels above it fill in turn (level 7 holds 2^18 × 8^7 ≈ 5.5 × 10^11 postings by default
 * before it would merge), so in practice nothing but the migrated postings reaches it.
 */
export const BOTTOM_LEVEL = LEVEL_COUNT - 1;

/** The postings table of a level: (key, doc), both integers (schema v6), primary key (key, doc). */
export function postingsTable(level: number): string {
  return `postings_${level}`;
}

/** The key counts table of a level: (key INTEGER PRIMARY KEY, count), the postings of the key in that level. */
export function countsTable(level: number): string {
  return `key_counts_${level}`;
}

/**
 * Whether a level keeps its keys' counts (schema v6: every level but 0). Level 0 is small and
 * written by every batch at random places; upserting a count per key there cost about as much
 * as the postings themselves, so its keys are counted from its postings when a lookup needs a
 * frequent key's count (at most one posting per document of level 0), and the counts are
 * made when it is merged into level 1.
 */
export function keepsCounts(level: number): boolean {
  return level > 0;
}

/** SQL for the postings of `key` (an SQL expression) in `level`. */
function levelCount(level: number, key: string): string {
  return keepsCounts(level)
    ? `coalesce((SELECT count FROM ${countsTable(level)} WHERE key = ${key}), 0)`
    : `(SELECT count(*) FROM ${postingsTable(level)} WHERE key = ${key})`;
}

/**
 * The first level holding more postings than its share, and the level it merges into, or
 * undefined when every level is within its share.
 * @param sizes postings per level (levels absent or 0 are empty)
 * @param policy the level shares
 */
export function nextMerge(sizes: ReadonlyMap<number, number>, policy: LevelPolicy): { from: number; to: number } | undefined {
  let share = Math.max(1, policy.firstLevelPostings);
  for (let level = 0; level < BOTTOM_LEVEL; level++, share *= Math.max(2, policy.growth)) {
    if ((sizes.get(level) ?? 0) > share) return { from: level, to: level + 1 };
  }
  return undefined;
}

/**
 * Ids read per key before its counts are: most sketch keys have one or two documents, so their
 * ids tell their count and the count probes are skipped; a frequent key costs this many ids
 * (and one more, read to tell that there are more) beyond a count-first lookup.
 */
export const HEAD_IDS = 8;

/**
 * The non-empty levels as a lookup statement reports them (its first row), to check that it
 * was written for the levels it read.
 */
const LEVELS_IN_STORE = "(SELECT coalesce(group_concat(level, ','), '') FROM (SELECT level FROM posting_levels ORDER BY level))";

/**
 * The connection's count of other connections' commits, as of the statement's snapshot: two
 * statements that report the same value read the same data.
 */
const DATA_VERSION = '(SELECT data_version FROM pragma_data_version)';

function docsSql(levels: readonly number[], key: string): string {
  return levels.map((l) => `SELECT doc FROM ${postingsTable(l)} WHERE key = ${key}`).join(' UNION ALL ');
}

/**
 * The first lookup statement for a set of non-empty levels: each asked key's first ordinals, at
 * most `@head` + 1 (one index probe per key and level). A key with at most `@head` is answered
 * by them (most sketch keys: no count probe); the others are frequent, for {@link countSql}.
 * Parameters: `@keys` (a JSON array of distinct key hashes), `@head`.
 *
 * Rows: first `(NULL, levels, version)`: the non-empty levels read in the statement's snapshot
 * (comma-separated; the caller runs the statement for those levels instead when they differ
 * from `levels`: one statement reads one snapshot, so no transaction is needed) and the
 * snapshot's data version; then `key`, `ids` (a JSON array of ordinals, `[]` when absent),
 * NULL for each asked key.
 * @param levels the non-empty levels, ascending
 */
export function headSql(levels: readonly number[]): string {
  const first = `SELECT NULL AS key, ${LEVELS_IN_STORE} AS ids, ${DATA_VERSION} AS version`;
  if (levels.length === 0) return first;
  return `${first} UNION ALL
    SELECT j.value, (SELECT json_group_array(doc) FROM (${docsSql(levels, 'j.value')} LIMIT @head + 1)), NULL FROM json_each(@keys) j`;
}

/**
 * The second lookup statement, for frequent keys only: each key's count summed over the levels
 * (a count probe per level; level 0 counts its postings), and its ordinals when the count is
 * within `@limit`. So a key shared by half the corpus costs counts, not a list. Parameters:
 * `@keys` (a JSON array of distinct key hashes), `@limit`.
 *
 * Rows: first `(NULL, levels, version)` as in {@link headSql}, which the caller compares with
 * the first statement's: the same version means the same data; then `key`, `count`, `ids` (a
 * JSON array of ordinals, or NULL over the limit) for each asked key.
 * @param levels the non-empty levels, ascending
 */
export function countSql(levels: readonly number[]): string {
  const first = `SELECT NULL AS key, ${LEVELS_IN_STORE} AS count, ${DATA_VERSION} AS ids`;
  if (levels.length === 0) return first;
  const count = levels.map((l) => levelCount(l, 'j.value')).join(' + ');
  // MATERIALIZED: a flattened CTE would count again for each use of `count`.
  return `WITH c (key, count) AS MATERIALIZED (SELECT j.value, ${count} FROM json_each(@keys) j)
    ${first}
    UNION ALL
    SELECT c.key, c.count, CASE WHEN c.count > @limit THEN NULL ELSE (SELECT json_group_array(doc) FROM (${docsSql(levels, 'c.key')})) END FROM c`;
}
