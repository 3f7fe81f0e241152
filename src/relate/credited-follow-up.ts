import type { SideStats } from './pair-stats.js';
import { RULES } from './relation-rules.js';

/**
 * A follow-up that credits the news to an outlet restates part of a report (the lead, the
 * quote, a fact or two) and tells the rest as its own: the next days' news. A content-farm
 * rewrite restates most of its source and credits no outlet. When the only sign of a rewrite
 * is that one side restates sentences of the other, and the side that credits an outlet for
 * the news restates no more than this share of its sentences, it is a follow-up (a derivative):
 * the share above which the sentence rule calls a rewrite, so the two rules meet at one boundary.
 */
const FOLLOW_UP_MAX_RESTATED = RULES.rewriteShortCover;

/**
 * Whether one side of a pair is a credited follow-up rather than a rewrite: it credits an
 * outlet for the news with a verb of reporting or publishing (`Attribution.publishing`: "según informó el Oberland Kurier", "as reported by") and restates at
 * most {@link FOLLOW_UP_MAX_RESTATED} of its sentences, so most of it is not the other's.
 * Only asked when the rewrite rests on restated sentences alone: a text that also restates the
 * other's figures or content is a rewrite whatever it credits.
 * @param sides both sides' stats
 * @returns the crediting side's outlets, or undefined when neither side is such a follow-up
 */
export function creditedFollowUp(sides: readonly SideStats[]): string[] | undefined {
  for (const s of sides) {
    const credits = s.attributions.filter((x) => x.publishing);
    if (credits.length > 0 && Math.round(s.coverage * s.sentences) <= FOLLOW_UP_MAX_RESTATED * s.sentences) return credits.map((x) => x.outlet);
  }
  return undefined;
}
