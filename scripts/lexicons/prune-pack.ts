/** A phrase's words must each start at least this many keys of the pack to count as common. */
export const MIN_WORD_KEYS = 3;
/** Largest pack kept, in keys (see lexicons/README.md for why). */
export const MAX_KEYS = 250_000;
/** Packs up to this many keys are kept whole: in a small lexicon every phrase counts. */
export const PRUNE_ABOVE_KEYS = 100_000;

/**
 * Prunes a pack of more than {@link PRUNE_ABOVE_KEYS} keys: single words are kept; a phrase is kept only if each of its words is
 * common in the dictionary itself, i.e. appears in at least {@link MIN_WORD_KEYS} keys
 * (Ding's 500k headwords hold many idioms of rare words that running news text never
 * contains). Over {@link MAX_KEYS}, the longest single words go first: long compounds are
 * rare in text, and a text word that is not a key is still kept as itself.
 * @param entries the combined table of a language (key → its stems or votes)
 * @returns the kept entries and a one-line note of what was dropped
 */
export function prunePack<T>(entries: Map<string, T>): { entries: Map<string, T>; note: string } {
  if (entries.size <= PRUNE_ABOVE_KEYS) return { entries, note: 'not pruned' };
  const wordKeys = new Map<string, number>();
  for (const key of entries.keys()) {
    for (const word of new Set(key.split(' '))) wordKeys.set(word, (wordKeys.get(word) ?? 0) + 1);
  }
  const kept = new Map<string, T>();
  let rarePhrases = 0;
  for (const [key, stems] of entries) {
    const words = key.split(' ');
    if (words.length > 1 && words.some((word) => (wordKeys.get(word) ?? 0) < MIN_WORD_KEYS)) {
      rarePhrases += 1;
      continue;
    }
    kept.set(key, stems);
  }
  const longWords = Math.max(0, kept.size - MAX_KEYS);
  if (longWords > 0) {
    const singles = [...kept.keys()].filter((key) => !key.includes(' '));
    singles.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of singles.slice(0, longWords)) kept.delete(key);
  }
  return { entries: kept, note: `dropped ${rarePhrases} phrases of rare words, ${longWords} longest single words` };
}
