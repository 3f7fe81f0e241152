import { addSourceVotes, MAX_STEMS_PER_KEY, rankVotes, type VoteTable } from '../../src/crosslingual/stem-votes.js';
import type { SourceTable } from './source-table.js';

/**
 * Every source's votes for every key ("union re-rank", src/crosslingual/stem-votes.ts): what
 * a pack stores, so that the loader can add another family's votes to it on the user's machine.
 * @param tables the sources, in any order (the result does not depend on it)
 * @returns key → stem → votes, keys sorted
 */
export function voteSources(tables: readonly SourceTable[]): VoteTable {
  const votes: VoteTable = new Map();
  const keys = [...new Set(tables.flatMap((table) => [...table.keys()]))].sort();
  for (const key of keys) {
    for (const table of tables) {
      const stems = table.get(key);
      if (stems !== undefined) addSourceVotes(votes, key, stems);
    }
  }
  return votes;
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
  const combined: SourceTable = new Map();
  for (const [key, keyVotes] of voteSources(tables)) combined.set(key, rankVotes(keyVotes, maxStems));
  return combined;
}
