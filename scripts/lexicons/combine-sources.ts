import type { SourceTable } from './source-table.js';

/** Stems per key kept in a pack. */
export const MAX_STEMS_PER_KEY = 3;
// Only a source's first few stems for a key vote; the tail of a long Ding article is
// rare senses that would otherwise win ties against a short dictionary's main sense.
const STEMS_VOTING_PER_SOURCE = 5;

interface Vote {
  sources: number;
  /** Sum over sources of 1 / (1 + rank in that source). */
  weight: number;
}

/**
 * Merges several dictionaries' tables into one: per key, English stems ranked by how
 * many sources give them, then by the sum over sources of 1 / (1 + rank inside the source), then alphabetically.
 * A key that every source translates to stop words only keeps an empty list.
 * @param tables the sources, in any order (the result does not depend on it)
 * @param maxStems stems kept per key (default 3)
 * @returns key → ranked stems
 */
export function combineSources(tables: readonly SourceTable[], maxStems = MAX_STEMS_PER_KEY): SourceTable {
  const votes = new Map<string, Map<string, Vote>>();
  for (const table of tables) {
    for (const [key, stems] of table) {
      let keyVotes = votes.get(key);
      if (keyVotes === undefined) {
        keyVotes = new Map();
        votes.set(key, keyVotes);
      }
      stems.slice(0, STEMS_VOTING_PER_SOURCE).forEach((stem, rank) => {
        const vote = keyVotes.get(stem);
        if (vote === undefined) keyVotes.set(stem, { sources: 1, weight: 1 / (1 + rank) });
        else {
          vote.sources += 1;
          vote.weight += 1 / (1 + rank);
        }
      });
    }
  }
  const combined: SourceTable = new Map();
  for (const key of [...votes.keys()].sort()) {
    const keyVotes = votes.get(key) ?? new Map<string, Vote>();
    const ranked = [...keyVotes.entries()]
      .sort((a, b) => b[1].sources - a[1].sources || b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, maxStems)
      .map(([stem]) => stem);
    combined.set(key, ranked);
  }
  return combined;
}
