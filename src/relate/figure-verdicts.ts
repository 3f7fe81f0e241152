import type { PairStats } from './pair-stats.js';

/**
 * Thresholds of the rules that read the figures two texts state (numbers by value, clock
 * times, days of a month; see `compareFigures`). Across languages the wording says little
 * (projected stems score 0.2–0.35 even for a faithful translation), but "230 passengers",
 * "6:40" and "March 12" survive translation: they tell a follow-up from a translation, and
 * the event from another one with the same people.
 */
export const FIGURE_RULES = Object.freeze({
  /**
   * A translation: when fewer than this share of either side's sentences are translated, the
   * two state the same figures, at most `translationFigureChange` of the figures the two state
   * (at least `translationFigures` of them) added, dropped or altered. A translator renders
   * the figures with the sentences; a follow-up that restates the lead, the quote and a few
   * facts of a report in another language, and leaves the rest for its own news, keeps some
   * figures and drops or adds others (the dev set's follow-ups: 0.43–0.63 of their figures
   * changed, 43–71 % of their sentences translated; the translations of the fixture sets:
   * 0–0.29 changed, 74–100 % translated). From this share translated the figures are not
   * read: a text translated nearly whole is a translation whatever the anchors misread in it.
   */
  translationFullShare: 0.75,
  translationFigureChange: 1 / 3,
  translationFigures: 3,
  /**
   * A follow-up across languages without a credit states at least this many of the other's
   * figures, and they make at least `derivativeFigureShare` of one side's figures: a
   * follow-up restates the event and adds a few facts, while a report on a later event of the
   * same kind may recall the first one's figures in a sentence of background among many of
   * its own, and one on another event with the same officials states none.
   */
  derivativeSharedFigures: 2,
  derivativeFigureShare: 0.5,
});

/**
 * Across languages, why a pair whose sentences partly translate is not a translation: the
 * figures differ (see `translationFigureChange`); undefined when they agree, when the pair is
 * in one language, when nearly all of both texts is translated, or when nearly all of one is
 * and it states no figure of its own (an abridged translation).
 */
export function figuresOfItsOwn(stats: PairStats): string | undefined {
  if (stats.sameLanguage || Math.min(stats.a.translatedShare, stats.b.translatedShare) >= FIGURE_RULES.translationFullShare) return undefined;
  const { kept, added, dropped, altered } = stats.figures;
  // An abridged translation: one side rendered nearly whole in the other (in order: the beads
  // are monotone), no figure altered, and none of its own: the figures only the other states
  // went with the sentences the translator left out; a follow-up brings figures of its own. A
  // figure it alone states is its own when it stands outside its translated sentences; inside
  // them it is the translator's reading of the other's ("2025 verschlissene Bänder"), as long
  // as the figures kept outnumber such readings.
  const abridged = (side: PairStats['a'], ownFigures: number): boolean => side.translatedShare >= FIGURE_RULES.translationFullShare && altered === 0 &&
    (ownFigures === 0 || (side.untranslatedFigures === 0 && kept > ownFigures));
  if (abridged(stats.a, dropped) || abridged(stats.b, added)) return undefined;
  const changed = added + dropped + altered;
  if (changed + kept < FIGURE_RULES.translationFigures || changed <= FIGURE_RULES.translationFigureChange * (changed + kept)) return undefined;
  return `${changed} of the ${changed + kept} figures (numbers, times, dates) the two state are not the other's (${added + dropped} on one side only, ${altered} altered): one tells facts of its own, not a translation`;
}

/**
 * Where quantities are not read (the reader knows English words only), the shorter side's
 * figures stand in for them: at least `least` numbers, clock times and days of a month, fewer
 * than `agreement` of them the other's. A Spanish report of a flood at the station and one of
 * a landslide on the line share the operator, its spokesman and the shape of his quote, not
 * "60 centímetros", "800.000 euros" or "20 de octubre".
 * @returns what the shorter side states and how much of it agrees, when it reports another event
 */
export function otherFiguresStated(stats: PairStats, shortSide: 'a' | 'b', least: number, agreement: number): { stated: number; agreeing: number } | undefined {
  const { kept, stated } = keptEventFigures(stats, shortSide);
  return stated >= least && kept < agreement * stated ? { stated, agreeing: kept } : undefined;
}

/** Across languages, enough of one side's figures stated by the other for a follow-up (see `derivativeFigureShare`). */
export function restatesFigures(stats: PairStats): boolean {
  const { kept, added, dropped, altered } = stats.figures;
  const stated = Math.min(kept + altered + dropped, kept + altered + added);
  return kept >= FIGURE_RULES.derivativeSharedFigures && kept >= FIGURE_RULES.derivativeFigureShare * stated;
}

/**
 * The figures the shorter side states, how many of them the other states too, and their share.
 * Numbers in digits, clock times and days of a month are read in every language, so they count
 * where quantities are not read, and where small counts in words are left out of the
 * quantities ("five workers", "4:40 a.m.", "120 rescuers": one quantity, two figures).
 */
export function keptEventFigures(stats: PairStats, shortSide: 'a' | 'b'): { kept: number; stated: number; share: number } {
  const { kept, added, dropped, altered } = stats.figures;
  const stated = kept + altered + (shortSide === 'a' ? dropped : added);
  return { kept, stated, share: stated === 0 ? 0 : kept / stated };
}
