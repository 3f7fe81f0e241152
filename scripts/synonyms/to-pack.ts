import type { StemConcepts } from './select-concepts.js';

/** The JSON inside `lexicons/en-synonyms.json.gz`. */
export interface SynonymPack {
  version: 1;
  source: string;
  entries: Record<string, number[]>;
}

/**
 * Renumbers synsets compactly (0..N-1, in key order) and lays out the pack with stems and
 * ids sorted, so the same WordNet gives a byte-identical pack.
 * @param concepts stem → synset keys (see selectConcepts)
 * @param source what the pack was built from, e.g. `WordNet 3.0`
 * @returns the pack and the number of distinct synsets in it
 */
export function toPack(concepts: StemConcepts, source: string): { pack: SynonymPack; synsetCount: number } {
  const allKeys = new Set<string>();
  for (const keys of concepts.values()) for (const key of keys) allKeys.add(key);
  const ids = new Map([...allKeys].sort().map((key, index) => [key, index] as const));
  const entries: Record<string, number[]> = {};
  for (const stem of [...concepts.keys()].sort()) {
    const keys = concepts.get(stem) ?? new Set<string>();
    entries[stem] = [...keys].map((key) => ids.get(key) ?? -1).filter((id) => id >= 0).sort((a, b) => a - b);
  }
  return { pack: { version: 1, source, entries }, synsetCount: ids.size };
}
