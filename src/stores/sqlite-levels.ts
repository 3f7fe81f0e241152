/**
 * The postings of a SQLite store live in levels (schema v5): a batch's postings go to level 0,
 * and a level that outgrows its share is merged into the next in one sorted pass. Inserting a
 * batch's rows at random places of one large B-tree touched a leaf page per row once the tree
 * had more leaves than the batch had rows, so every store write cost more as the store grew;
 * level 0 stays small, and a merge writes the rows of a level in key order into a level
 * `growth` times bigger, many rows per leaf page. A lookup reads each key in every level.
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

/**
 * The level where postings migrated from schema v4 were put, and the deepest level: merged into,
 * never from. Levels above it fill in turn (level 7 holds 2^18 × 8^7 ≈ 5.5 × 10^11 postings by
 * default before it would merge), so nothing in practice reaches it but the migrated postings.
 */
export const BOTTOM_LEVEL = 8;

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
