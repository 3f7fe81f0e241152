import type { AlignedBead } from './types.js';

/**
 * Matches the shown beads leave out, added to them: with the order kept, the monotone beads
 * are shown, and a sentence matched out of order (order-free, at the same similarity) would
 * be neither aligned nor added; and the content passages (order-free, names out, adjacent
 * sentences joinable) a rewrite restates in other words and places are evidence of what it
 * kept, not sentences it added or dropped; across languages, the translation's monotone beads
 * under the same-language match level. A bead is added when a sentence of it is not shown
 * yet (its partner may already be, in a bead that joins it with a neighbour).
 * @returns the added beads, and every sentence of each side then shown aligned
 */
export function withLeftOutMatches(shown: readonly AlignedBead[], others: readonly AlignedBead[]): { beads: AlignedBead[]; source: Set<number>; target: Set<number> } {
  const inSource = new Set(shown.flatMap((bead) => bead.source));
  const inTarget = new Set(shown.flatMap((bead) => bead.target));
  const beads: AlignedBead[] = [];
  for (const bead of others) {
    if (bead.source.every((i) => inSource.has(i)) && bead.target.every((j) => inTarget.has(j))) continue;
    beads.push({ ...bead, source: [...bead.source], target: [...bead.target] });
    for (const i of bead.source) inSource.add(i);
    for (const j of bead.target) inTarget.add(j);
  }
  // The sentences in the shown beads and the added ones: every sentence shown aligned.
  return { beads, source: inSource, target: inTarget };
}

/** Orders beads by their first source sentence, then their first target sentence. */
export function byFirstSentence(x: AlignedBead, y: AlignedBead): number {
  return (x.source[0] ?? 0) - (y.source[0] ?? 0) || (x.target[0] ?? 0) - (y.target[0] ?? 0);
}
