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

/** Level 0 of ≈ 1,000 documents of ≈ 280 keys (a few MB: its pages stay in the OS cache), ×8 a level. */
export const DEFAULT_LEVEL_POLICY: Readonly<LevelPolicy> = Object.freeze({ firstLevelPostings: 1 << 18, growth: 8 });

/** Levels 0 to 8 (schema v5 made their tables). */
export const LEVEL_COUNT = 9;

/**
 * The deepest level: merged into, never from, and where postings migrated from schema v4 were
 * put. Levels above it fill in turn (level 7 holds 2^18 × 8^7 ≈ 5.5 × 10^11 postings by default
 * before it would merge), so in practice nothing but the migrated postings reaches it.
 */
export const BOTTOM_LEVEL = LEVEL_COUNT - 1;

/** The postings table of a level: (key, doc_id), primary key (key, doc_id). */
export function postingsTable(level: number): string {
  return `postings_${level}`;
}

/** The key counts table of a level: (key, count), the postings of the key in that level. */
export function countsTable(level: number): string {
  return `key_counts_${level}`;
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
 * The lookup statement: each asked key's count summed over the levels (one index probe per key
 * and non-empty level), and its ids only when the count is within `@limit`, so a key shared by
 * half the corpus costs counts, not a list. Parameters: `@keys` (a JSON array without
 * duplicates), `@limit`. One statement reads one snapshot, so no transaction is needed for
 * the level list and the postings to agree; whether a level is empty is read once per run (a
 * subquery that does not depend on the row), and an empty level costs no probe.
 *
 * It returns one row, `found`: a JSON array of `[key, count, ids or null]`. One row and one
 * JSON.parse per lookup instead of a row object and a parse per key: the lookup of a
 * document's ≈ 108 sketch keys was mostly that per-key overhead.
 */
export function lookupSql(): string {
  const levels = Array.from({ length: LEVEL_COUNT }, (_, level) => level);
  const present = (level: number): string => `(SELECT 1 FROM posting_levels WHERE level = ${level})`;
  const count = levels
    .map((l) => `coalesce(CASE WHEN ${present(l)} THEN (SELECT count FROM ${countsTable(l)} WHERE key = j.value) END, 0)`)
    .join(' + ');
  const ids = levels.map((l) => `SELECT doc_id FROM ${postingsTable(l)} WHERE ${present(l)} AND key = counted.key`).join(' UNION ALL ');
  // MATERIALIZED: a flattened CTE would run the count's probes again for each use of `count`.
  return `WITH counted (key, count) AS MATERIALIZED (SELECT j.value, ${count} FROM json_each(@keys) j)
    SELECT json_group_array(json_array(key, count,
      CASE WHEN count <= @limit THEN json((SELECT json_group_array(doc_id) FROM (${ids}))) END)) AS found
    FROM counted WHERE count > 0`;
}
