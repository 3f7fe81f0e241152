import { compareIds } from '../stores/compare-ids.js';
import { hashString, mix32 } from '../sketch/index.js';

/** How many of a document's term and anchor keys are indexed, and which. */
export interface TermSelection {
  /** Share of the hash range whose stems are indexed: a stem is kept when its hash falls below it. */
  stemRate: number;
  /** Short documents keep at least this many stems (their lowest hashes) when fewer fall below the rate. */
  minStems: number;
  /** At most this many stems (the lowest hashes) however long the document. */
  maxStems: number;
  /** At most this many anchors (the lowest hashes). */
  maxAnchors: number;
}

/**
 * The selection the index uses (index format 4). Half of the stems kept the candidate recall of
 * the evaluation sets' tuning halves within 1–3 % of indexing every stem (a quarter lost 7 % of
 * the related SemEval pairs; docs/benchmarks.md, "Session 4"). The cap is far above a news
 * article's ≈ 300 distinct stems: a cap that binds turns the rate into bottom-k, and bottom-k lost
 * half of the Indonesian plagiarism pairs, because a long document's k lowest hashes rarely
 * reach the hashes a short source keeps.
 */
export const TERM_SELECTION: Readonly<TermSelection> = Object.freeze({ stemRate: 0.5, minStems: 24, maxStems: 1024, maxAnchors: 64 });

/** The sampling hash of a key: FNV-1a spread by Murmur3's finaliser (FNV alone clusters similar strings). */
export function keyRank(key: string): number {
  return mix32(hashString(key));
}

/**
 * Positions of `keys` ordered by (rank, key); `ranks[i]` is the rank of `prefix + keys[i]`, and a
 * common prefix leaves the key order as it is. Only the positions in `among` (default all).
 */
function byRank(keys: readonly string[], ranks: Float64Array, among?: readonly number[]): number[] {
  const order = among === undefined ? Array.from(keys, (_, i) => i) : [...among];
  return order.sort((x, y) => (ranks[x] ?? 0) - (ranks[y] ?? 0) || compareIds(keys[x] ?? '', keys[y] ?? ''));
}

/**
 * The stems a document is indexed under: those whose hash falls below the rate (the same stems
 * in every document that has them, so an excerpt keeps the keys of the passage it shares with a
 * long text), topped up to `minStems` for short texts and cut to `maxStems` for very long ones.
 * Depends on the document alone, never on what else is stored, so the index does not depend on
 * input order.
 * @param stems distinct stem keys, or distinct stems when `prefix` is given
 * @param prefix ranks `prefix + stem` (its key) without making that string: only the chosen
 *   stems become keys, and most documents keep about half of theirs
 * @returns the chosen keys (stems when `prefix` is given), lowest hash first
 */
export function selectStems(stems: readonly string[], selection: Readonly<TermSelection> = TERM_SELECTION, prefix = ''): string[] {
  return lowestRanked(stems, rankStems(stems, selection, prefix));
}

/**
 * The stems {@link selectStems} chooses, in no particular order, for callers that sort the keys
 * themselves: when every stem below the rate is kept (most documents), they are not sorted by
 * rank first.
 */
export function chooseStems(stems: readonly string[], selection: Readonly<TermSelection> = TERM_SELECTION, prefix = ''): string[] {
  const ranked = rankStems(stems, selection, prefix);
  if (ranked.keep === ranked.below.length) return ranked.below.map((i) => stems[i] ?? '');
  return lowestRanked(stems, ranked);
}

interface RankedStems {
  /** `ranks[i]`: the rank of `prefix + stems[i]`. */
  ranks: Float64Array;
  /** Positions whose rank falls below the rate, in input order. */
  below: number[];
  /** How many stems are kept. */
  keep: number;
}

/** The `keep` lowest-ranked stems, lowest first (only those below the rate are sorted unless the floor reaches past them). */
function lowestRanked(stems: readonly string[], { ranks, below, keep }: RankedStems): string[] {
  return byRank(stems, ranks, keep <= below.length ? below : undefined)
    .slice(0, keep)
    .map((i) => stems[i] ?? '');
}

function rankStems(stems: readonly string[], selection: Readonly<TermSelection>, prefix: string): RankedStems {
  const seed = hashString(prefix);
  const ranks = new Float64Array(stems.length);
  for (let i = 0; i < stems.length; i++) ranks[i] = mix32(hashString(stems[i] ?? '', seed));
  return belowRate(ranks, stems.length, selection);
}

function belowRate(ranks: Float64Array, count: number, selection: Readonly<TermSelection>): RankedStems {
  const limit = selection.stemRate * 2 ** 32;
  const below: number[] = [];
  for (let i = 0; i < count; i++) if ((ranks[i] ?? 0) < limit) below.push(i);
  return { ranks, below, keep: Math.min(selection.maxStems, Math.max(below.length, selection.minStems)) };
}

/** The rank {@link selectStems} gives a stem under `prefix` (the rank of the key `prefix + stem`). */
export function stemRank(stem: string, prefix: string): number {
  return mix32(hashString(stem, hashString(prefix)));
}

/**
 * {@link chooseStems} of `count` distinct stems whose ranks ({@link stemRank}) are known:
 * `stemOf(i)` is asked only for the chosen stems, unless a short text is topped up to the floor.
 * @param ranks `ranks[i]`: the rank of the i-th stem (at least `count` entries)
 */
export function chooseRankedStems(count: number, ranks: Float64Array, stemOf: (i: number) => string, selection: Readonly<TermSelection> = TERM_SELECTION): string[] {
  const ranked = belowRate(ranks, count, selection);
  if (ranked.keep === ranked.below.length) return ranked.below.map(stemOf);
  return lowestRanked(Array.from({ length: count }, (_, i) => stemOf(i)), ranked);
}

/**
 * The anchors a document is indexed under: all of them up to `maxAnchors`, else the lowest
 * hashes (a page of numbers or names is bounded like any other).
 * @param anchors distinct anchor keys
 */
export function selectAnchors(anchors: readonly string[], selection: Readonly<TermSelection> = TERM_SELECTION): string[] {
  if (anchors.length <= selection.maxAnchors) return [...anchors];
  const ranks = Float64Array.from(anchors, keyRank);
  return byRank(anchors, ranks).slice(0, selection.maxAnchors).map((i) => anchors[i] ?? '');
}
