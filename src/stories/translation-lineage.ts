import type { PairResult } from '../relate/types.js';

/**
 * Which of two linked versions a translation came from, read from what each leaves out of the
 * other. Translation scores do not compare across language pairs (cross-lingual comparisons go
 * through English stems, so a pair with an English side scores higher than two projected
 * languages), so when a translation aligns with both an original and another translation of it,
 * the stronger score says little. What does: a translation follows its source sentence for
 * sentence, with its gaps (a sentence left out) and additions (an explainer), so it aligns with
 * its source with fewer sentences left over on either side than with the other version.
 */

/**
 * Sentence indexes of `doc` that the pair aligns with no sentence of the other side, where the
 * other side leaves nothing unaligned in the same place. A gap on both sides between the same two
 * beads is one sentence translated too loosely to align (a substitution), not a sentence one
 * version has and the other lacks.
 */
function leftOver(pair: PairResult, doc: string): number[] {
  // Evidence is oriented from the source, or from `a` when the pair has no direction.
  const fromSource = doc === (pair.source ?? pair.a);
  const [mine, theirs] = fromSource ? [pair.evidence.dropped, pair.evidence.added] : [pair.evidence.added, pair.evidence.dropped];
  const beads = pair.evidence.beads.map((b) => (fromSource ? { mine: b.source, theirs: b.target } : { mine: b.target, theirs: b.source }));
  return mine.filter((i) => {
    const low = Math.max(-1, ...beads.filter((b) => b.mine.every((j) => j < i)).flatMap((b) => b.theirs));
    const high = Math.min(Infinity, ...beads.filter((b) => b.mine.every((j) => j > i)).flatMap((b) => b.theirs));
    return !theirs.some((j) => j > low && j < high);
  });
}

/** Sentences either side of a translation's link leaves without a counterpart, substitutions aside. */
export function unmatchedSentences(link: PairResult): number {
  return leftOver(link, link.a).length + leftOver(link, link.b).length;
}

/** A translation's links to two candidate sources, the earlier one ranked as more likely original. */
export interface LineageQuestion {
  earlier: PairResult;
  later: PairResult;
}

/**
 * Decides which of two versions a translation was made from: the one it aligns with leaving fewer
 * sentences over (on either side, a loosely translated sentence facing another not counted). Even
 * counts (often none: two complete translations) go to the version ranked as more likely
 * original, the story's origin first: a translator works from the original unless the text shows
 * otherwise.
 * @returns `earlier` or `later`
 */
export function translationLineage(q: LineageQuestion): 'earlier' | 'later' {
  return unmatchedSentences(q.later) < unmatchedSentences(q.earlier) ? 'later' : 'earlier';
}
