/**
 * The postings of a SQLite store live in sorted runs (schema v7, sqlite-runs.ts) grouped in
 * levels: each batch's postings are one new run of level 0, and when a level holds more
 * postings than its share, all its runs are merged into one run of the next level (tiered:
 * a posting is rewritten once per level it passes, not once per merge below it). A lookup
 * reads each key in every run whose Bloom filter may hold it.
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

/** Levels 0 to 8. */
const LEVEL_COUNT = 9;

/**
 * The deepest level: merged into, never from, and where postings migrated from schema v4 were
 * put. Levels above it fill in turn (level 7 holds 2^18 × 8^7 ≈ 5.5 × 10^11 postings by default
 * before it would merge), so in practice nothing but the migrated postings reaches it.
 */
export const BOTTOM_LEVEL = LEVEL_COUNT - 1;

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

