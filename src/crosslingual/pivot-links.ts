import { translationWeight } from './ranked-table.js';

/** One pivot-language word an X key translates, as a `P-X` dictionary article gives it. */
export interface PivotLink {
  /** Folded P headword. */
  pivotWord: string;
  /** Position of the X translation in that article (0 = main sense). */
  index: number;
}

/**
 * A `P-X` dictionary reduced to what reading it through P's meanings needs: X key → its P
 * words in article order. It holds nothing from any P→English dictionary, so a pack can ship
 * it under the `P-X` dictionary's licence and the meanings can come from another pack.
 */
export type PivotLinks = Map<string, PivotLink[]>;

/** How many of a pivot word's English stems an X key inherits: the first senses; more adds P's other meanings, which X rarely shares. */
export const STEMS_PER_PIVOT_WORD = 2;

/** P word → English stems best first; undefined or [] when P does not know it. */
export type PivotMeaning = (pivotWord: string) => readonly string[] | undefined;

interface Tally {
  weight: number;
  first: number;
}

/**
 * Reads one X key through P's English meanings: it gets the first stems of the P words it
 * translates, a stem weighted by how central the key is in each article that gives it, ties
 * in article order (as RankedTableBuilder ranks a dictionary's own table).
 * @param pivotWords the key's P words, in article order
 * @param indexes position of the key in each of those articles
 * @param meaning P's meanings
 * @returns stems best first; [] when no P word has a meaning
 */
export function rankThroughPivot(pivotWords: readonly string[], indexes: readonly number[], meaning: PivotMeaning): string[] {
  // Most keys translate one pivot word: its stems in its order, which is what the tally gives.
  if (pivotWords.length === 1) return [...new Set((meaning(pivotWords[0] ?? '') ?? []).slice(0, STEMS_PER_PIVOT_WORD))];
  const tallies = new Map<string, Tally>();
  pivotWords.forEach((pivotWord, i) => {
    const stems = meaning(pivotWord);
    if (stems === undefined) return;
    const weight = translationWeight(indexes[i] ?? 0);
    for (const stem of stems.slice(0, STEMS_PER_PIVOT_WORD)) {
      const seen = tallies.get(stem);
      if (seen === undefined) tallies.set(stem, { weight, first: tallies.size });
      else seen.weight += weight;
    }
  });
  return [...tallies.entries()].sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first).map(([stem]) => stem);
}

/**
 * Reads every X key through P's English meanings (see {@link rankThroughPivot}).
 * @param links X key → P words
 * @param meaning P's meanings
 * @returns X key → stems, best first (keys none of whose P words has a meaning are left out)
 */
export function readThroughPivot(links: ReadonlyMap<string, readonly PivotLink[]>, meaning: PivotMeaning): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [key, keyLinks] of links) {
    const stems = rankThroughPivot(keyLinks.map((link) => link.pivotWord), keyLinks.map((link) => link.index), meaning);
    if (stems.length > 0) table.set(key, stems);
  }
  return table;
}
