// Shared by the pack builder (one dictionary's table) and the loader (a pivot read through
// another pack on the user's machine): both must rank a source's stems alike.

interface Tally {
  weight: number;
  first: number;
}

/**
 * Collects what one source says each foreign key means, and ranks it: a stem given by more
 * (and more central) senses or articles first; ties keep the order stems were added in, which
 * in FreeDict puts the main sense first, unless a commonness table is given: then the more
 * common English stem wins a tie (for dictionaries whose order means nothing).
 */
export class RankedTableBuilder {
  private readonly tallies = new Map<string, Map<string, Tally>>();
  private position = 0;

  /** @param commonness English stem → how common it is (higher first); absent stems count 0 */
  constructor(private readonly commonness?: ReadonlyMap<string, number>) {}

  /**
   * Adds stems for a key; an empty list still makes the key known.
   * @param weight how central this translation is in its article (the first listed is the main sense)
   */
  add(key: string, stems: readonly string[], weight = 1): void {
    if (key === '') return;
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = new Map();
      this.tallies.set(key, tally);
    }
    for (const stem of stems) {
      const seen = tally.get(stem);
      if (seen === undefined) tally.set(stem, { weight, first: this.position++ });
      else seen.weight += weight;
    }
  }

  /** @returns key → stems, best first */
  build(): Map<string, string[]> {
    const table = new Map<string, string[]>();
    const common = this.commonness;
    const commonOf = (stem: string): number => common?.get(stem) ?? 0;
    for (const [key, tally] of this.tallies) {
      const ranked = [...tally.entries()].sort((a, b) => b[1].weight - a[1].weight || commonOf(b[0]) - commonOf(a[0]) || a[1].first - b[1].first);
      table.set(key, ranked.map(([stem]) => stem));
    }
    return table;
  }
}

/** Weight of the index-th translation in an article: the first listed is the main sense. */
export const translationWeight = (index: number): number => 1 / (1 + index);
