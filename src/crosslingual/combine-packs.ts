// Combines the packs of one language in memory, on the user's machine: the only place where
// dictionaries of different licence families meet (see lexicons/README.md).
import { decodeLinks, decodeVotes, type LexiconPackFile, type LexiconSource } from './lexicon-pack.js';
import { readThroughPivot, type PivotMeaning } from './pivot-links.js';
import { addSourceVotes, MAX_STEMS_PER_KEY, rankVotes, type VoteTable } from './stem-votes.js';

/**
 * P's meanings of the given P words, from P's packs; undefined when P has no lexicon. Only
 * those words are asked for, so a large pack need not be loaded whole.
 */
export type PivotMeanings = (pivotLang: string, pivotWords: ReadonlySet<string>) => PivotMeaning | undefined;

/** A language's packs combined. */
export interface CombinedPacks {
  /** key → `stem|stem|stem`, best first; '' for keys that mean English stop words only. */
  entries: Map<string, string>;
  /** Sources of every pack, and of the pivots that could be read. */
  sources: LexiconSource[];
  /** Pivots left out because their pivot language had no lexicon (e.g. its family was left out). */
  skippedPivots: string[];
}

/**
 * Adds up the votes of every pack of a language and of the pivots they ship (each read through
 * its pivot language's lexicon) and ranks each key's stems by the same rule the builder used,
 * so that packs split by licence rank together as one pack built from all their sources would.
 * @param packs the language's packs (any order: the result does not depend on it)
 * @param meanings the lexicons pivots are read through (never including pivots of their own)
 * @param keep only keys it accepts are combined (default: all)
 * @returns the combined entries
 */
export function combinePacks(packs: readonly LexiconPackFile[], meanings: PivotMeanings, keep?: (key: string) => boolean): CombinedPacks {
  const votes: VoteTable = new Map();
  const sources: LexiconSource[] = [];
  const skippedPivots: string[] = [];
  for (const pack of packs) {
    decodeVotes(pack.entries, votes, keep);
    sources.push(...pack.sources.filter((source) => !pack.pivots.some((pivot) => pivot.code === source.code)));
    for (const pivot of pack.pivots) {
      const links = decodeLinks(pivot.links);
      if (keep !== undefined) for (const key of [...links.keys()]) if (!keep(key)) links.delete(key);
      const meaning = meanings(pivot.pivotLang, new Set([...links.values()].flatMap((keyLinks) => keyLinks.map((link) => link.pivotWord))));
      if (meaning === undefined) {
        skippedPivots.push(pivot.code);
        continue;
      }
      for (const [key, stems] of readThroughPivot(links, meaning)) addSourceVotes(votes, key, stems);
      sources.push(...pack.sources.filter((source) => source.code === pivot.code));
    }
  }
  const entries = new Map<string, string>();
  for (const [key, keyVotes] of votes) entries.set(key, rankVotes(keyVotes, MAX_STEMS_PER_KEY).join('|'));
  return { entries, sources, skippedPivots: skippedPivots.sort() };
}
