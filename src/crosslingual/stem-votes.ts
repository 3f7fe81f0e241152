// The one rule that merges dictionaries into a lexicon ("union re-rank"). The pack builder
// applies it to the dictionaries of one licence family; the loader applies it again on the
// user's machine across the packs of several families and the pivots read through another
// family's pack, so both must rank exactly alike.

/** Stems per key a lexicon answers with. */
export const MAX_STEMS_PER_KEY = 3;
/**
 * Only a source's first few stems for a key vote: the tail of a long Ding article is rare
 * senses that would otherwise win ties against a short dictionary's main sense.
 */
export const STEMS_VOTING_PER_SOURCE = 5;
/**
 * Weights count in sixtieths: 1 / (1 + rank) for the five voting ranks is then a whole number
 * (60, 30, 20, 15, 12), so sums written to a pack and added up later compare exactly.
 */
export const WEIGHT_UNIT = 60;

/** What the sources together say for one stem of one key. */
export interface StemVote {
  /** How many sources give the stem. */
  sources: number;
  /** Sum over those sources of WEIGHT_UNIT / (1 + rank in the source). */
  weight: number;
}

/** key → stem → vote. A key with an empty map is known but means English stop words only. */
export type VoteTable = Map<string, Map<string, StemVote>>;

function keyVotesOf(table: VoteTable, key: string): Map<string, StemVote> {
  let keyVotes = table.get(key);
  if (keyVotes === undefined) {
    keyVotes = new Map();
    table.set(key, keyVotes);
  }
  return keyVotes;
}

/**
 * Adds a vote (or the sum of several, as a pack stores them) for one stem of a key.
 * @param table the table to add to
 * @param key folded foreign key
 * @param stem English stem
 * @param sources sources giving it
 * @param weight their weight, in WEIGHT_UNIT
 */
export function addVote(table: VoteTable, key: string, stem: string, sources: number, weight: number): void {
  const keyVotes = keyVotesOf(table, key);
  const vote = keyVotes.get(stem);
  if (vote === undefined) keyVotes.set(stem, { sources, weight });
  else {
    vote.sources += sources;
    vote.weight += weight;
  }
}

/**
 * Adds one source's ranked stems for a key: its first {@link STEMS_VOTING_PER_SOURCE} vote.
 * An empty list still makes the key known.
 * @param table the table to add to
 * @param key folded foreign key
 * @param ranked the source's stems, best first
 */
export function addSourceVotes(table: VoteTable, key: string, ranked: readonly string[]): void {
  keyVotesOf(table, key);
  ranked.slice(0, STEMS_VOTING_PER_SOURCE).forEach((stem, rank) => addVote(table, key, stem, 1, WEIGHT_UNIT / (1 + rank)));
}

/**
 * Ranks a key's stems: by how many sources give them, then by weight, then alphabetically.
 * @param keyVotes the key's votes
 * @param max stems kept (all when omitted)
 * @returns stems, best first
 */
export function rankVotes(keyVotes: ReadonlyMap<string, StemVote>, max = Number.POSITIVE_INFINITY): string[] {
  return [...keyVotes.entries()]
    .sort((a, b) => b[1].sources - a[1].sources || b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([stem]) => stem);
}
