import { compareFigures } from './facts.js';

/**
 * Figures a side states in the sentences no bead translates, that the other text states
 * nowhere: the material of its own a derivative brings (a sum, a count, a date of its news).
 * A translator's sentences may read a figure otherwise ("bei einer Inspektion 2025 verschlissene
 * Bänder": a year read with the next word as its unit), but those sentences translate the
 * other's: only what lies outside them tells a text of its own.
 * @param sentences the side's sentences, with their anchors
 * @param translated indexes of the side's sentences in translated beads
 * @param other anchors of every sentence of the other side
 * @returns how many figures of its untranslated sentences the other lacks
 */
export function untranslatedFigures(sentences: readonly { index: number; anchors: readonly string[] }[], translated: ReadonlySet<number>, other: readonly (readonly string[])[]): number {
  const outside = sentences.filter((s) => !translated.has(s.index)).map((s) => s.anchors);
  return outside.length === 0 ? 0 : compareFigures(outside, other, false).dropped;
}
