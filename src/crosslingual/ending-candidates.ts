/** A table of word endings, each with the endings of the base forms it may come from. */
export type EndingTable = readonly (readonly [string, readonly string[]])[];

/**
 * Base forms a word may come from by its ending: for each ending of the table the word ends
 * with, its stem (at least `minStem` letters), each variant of that stem, and each base ending.
 * The dictionary decides which candidates are words.
 * @param word a lowercased word
 * @param endings the table, in the order candidates should come (likeliest first)
 * @param minStem fewest letters a stem may keep
 * @param stemVariants the stem, then the stem with sound changes undone
 * @returns distinct candidates in table order, the word itself excluded
 */
export function candidatesByEnding(word: string, endings: EndingTable, minStem: number, stemVariants: (stem: string) => readonly string[]): string[] {
  const out: string[] = [];
  for (const [ending, bases] of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < minStem) continue;
    for (const variant of stemVariants(stem)) {
      for (const base of bases) {
        const candidate = `${variant}${base}`;
        if (candidate !== word && !out.includes(candidate)) out.push(candidate);
      }
    }
  }
  return out;
}
