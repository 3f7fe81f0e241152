import type { PairStats, SideStats } from './pair-stats.js';
import type { Relation } from './types.js';
import { creditedFollowUp } from './credited-follow-up.js';
import { reportsAnotherEvent, restatesLeadWhole } from './lead-particulars.js';
import { RULES } from './relation-rules.js';
import { figuresOfItsOwn, keptEventFigures, otherFiguresStated, restatesFigures } from './figure-verdicts.js';

/** A relation decided from the measurements, before the direction is known. */
export interface Classification {
  relation: Relation;
  /** The side that must be the derived one when the relation itself says so (excerpt: the short side). */
  derived: 'a' | 'b' | null;
  score: number;
  reasons: string[];
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

function bySize(stats: PairStats): { short: SideStats; long: SideStats; shortSide: 'a' | 'b' } {
  return stats.a.sentences <= stats.b.sentences
    ? { short: stats.a, long: stats.b, shortSide: 'a' }
    : { short: stats.b, long: stats.a, shortSide: 'b' };
}

/** A machine-translation round trip: sentences one to one in order, words swapped throughout. */
function retranslation(stats: PairStats, monoCover: number, artefactGap: number): Classification {
  const { a, b } = stats;
  const changed = 1 - Math.max(a.identicalSentences / Math.max(1, a.sentences), b.identicalSentences / Math.max(1, b.sentences));
  const reasons = [
    `${pct(monoCover)} of sentences correspond one to one, in the same order`,
    `but ${pct(changed)} of them came back changed: words were swapped throughout`,
  ];
  if (artefactGap >= 1) reasons.push(`${Math.max(a.artefacts.length, b.artefacts.length)} machine-translation artefacts on one side`);
  const derived = artefactGap >= 1 ? (a.artefacts.length > b.artefacts.length ? 'a' : 'b') : null;
  return { relation: 'retranslation', derived, score: Math.min(a.beadScore, b.beadScore), reasons };
}

/**
 * Decides what one document is of the other: copy, excerpt, edited copy, translation,
 * retranslation, rewrite, derivative, or unrelated (which includes a report on another event
 * with the same people: shared names without shared passages or quotes).
 * @param sameHash true when the two texts are byte-identical after normalisation (a copy
 *   when both keep a sentence after boilerplate removal)
 * @param credited true when one text credits the other's outlet by name ("wie die Northgate
 *   Times berichtete")
 */
export function classifyPair(stats: PairStats, sameHash = false, translationBead = 0.15, credited = false): Classification {
  const { a, b } = stats;
  const { short, long, shortSide } = bySize(stats);
  const reasons: string[] = [];

  // Identical pages with no sentence left once their boilerplate is out share a site's text (a
  // failed scrape's disclaimer), not a story.
  const sameStory = sameHash && a.sentences > 0 && b.sentences > 0;
  if (sameStory || (a.verbatim >= RULES.copyVerbatim && b.verbatim >= RULES.copyVerbatim && stats.shingleJaccard >= RULES.copyJaccard)) {
    reasons.push(sameStory ? 'identical text (same content hash)' : `${pct(Math.min(a.verbatim, b.verbatim))} of the words in identical sentences on both sides`);
    return { relation: 'copy', derived: null, score: 1, reasons };
  }
  if (stats.sameLanguage && short.shingleContainment >= RULES.excerptContainment && long.shingleContainment <= RULES.excerptMaxCover) {
    reasons.push(
      `${pct(short.shingleContainment)} of the shorter text's word 5-grams appear in the longer one (${short.verbatimSentences} sentences word for word)`,
      `they make up only ${pct(long.shingleContainment)} of the longer text`,
    );
    return { relation: 'excerpt', derived: shortSide, score: short.shingleContainment, reasons };
  }
  // Each lead names its own place, day or figures, and lacks the other's, and the two share no
  // quote word for word and fewer than two figures: two events, whatever the rest shares (the
  // officials' standing lines, the city's background). A follow-up names its own news in its
  // lead too, but keeps the event's quote or figures. In any two languages: places, days and
  // figures are read alike in both, and a background paragraph translated is no translation.
  const keepsEvent = stats.sharedQuotes.length > 0 || stats.figures.kept >= RULES.followUpKeptFigures;
  const otherEvent = !keepsEvent && reportsAnotherEvent(stats.leads.a) && reportsAnotherEvent(stats.leads.b);
  const monoCover = Math.min(a.monotoneCoverage, b.monotoneCoverage);
  const artefactGap = Math.abs(a.artefacts.length - b.artefacts.length);
  const correspond = stats.orderAgreement >= RULES.retranslationOrder;
  if (stats.sameLanguage && !otherEvent && correspond && monoCover >= RULES.retranslationCoverage && artefactGap >= 1 && short.identicalSentences <= RULES.roundTripMaxIdentical * short.sentences) {
    return retranslation(stats, monoCover, artefactGap);
  }
  if (stats.sameLanguage && Math.min(a.shingleContainment, b.shingleContainment) >= RULES.editedContainment && Math.min(a.verbatim, b.verbatim) >= RULES.editedVerbatim) {
    reasons.push(
      `word 5-gram Jaccard ${stats.shingleJaccard.toFixed(2)}; ${a.verbatimSentences} / ${b.verbatimSentences} sentences copied word for word or nearly`,
      'the rest was edited, added or dropped',
    );
    return { relation: 'edited-copy', derived: null, score: (a.verbatim + b.verbatim) / 2, reasons };
  }

  const ownFigures = figuresOfItsOwn(stats);
  if (!stats.sameLanguage) {
    const bead = Math.min(a.beadScore, b.beadScore);
    const ratio = Math.max(a.sentences, b.sentences) / Math.max(1, Math.min(a.sentences, b.sentences));
    const rendered = Math.min(a.translatedShare, b.translatedShare);
    if (!otherEvent && bead >= translationBead && ratio <= RULES.translationLengthRatio && rendered >= RULES.translationMinShare && ownFigures === undefined) {
      reasons.push(
        `sentences align in order across languages: bead score ${bead.toFixed(2)} (threshold ${translationBead.toFixed(2)})`,
        `${stats.sharedNumbers} event numbers and ${pct(stats.anchorOverlap)} of names and numbers shared`,
      );
      return { relation: 'translation', derived: null, score: bead, reasons };
    }
    if (!otherEvent && ratio > RULES.translationLengthRatio && short.sentences >= RULES.translatedExcerptSentences && short.translatedShare === 1 &&
      long.translatedSpan <= RULES.translatedExcerptSpread * short.sentences && short.beadScore >= translationBead) {
      reasons.push(
        `all ${short.sentences} sentences of the shorter text translate sentences of the longer one (${long.sentences}), in order: a translated excerpt`,
        `bead score ${short.beadScore.toFixed(2)} on the shorter side (threshold ${translationBead.toFixed(2)})`,
      );
      return { relation: 'translation', derived: shortSide, score: short.beadScore, reasons };
    }
  } else if (!otherEvent && correspond && (monoCover >= RULES.retranslationCoverage || (monoCover >= RULES.retranslationCoverageWithArtefacts && artefactGap >= 1))) {
    return retranslation(stats, monoCover, artefactGap);
  }

  const leadBeads = stats.beads.filter((bead) => (bead.source[0] ?? Infinity) < RULES.derivativeLeadSentences && (bead.target[0] ?? Infinity) < RULES.derivativeLeadSentences);
  const sharesLead = leadBeads.length > 0 && !otherEvent;
  const restatedSentences = Math.round(short.coverage * short.sentences);
  const restatesHalf = short.coverage >= RULES.rewriteShortCover && long.coverage >= RULES.rewriteLongCover &&
    restatedSentences >= Math.min(RULES.rewriteMinSentences, short.sentences);
  // Most of it, not half: a report on another event with the same officials restates half of
  // a six-sentence report (the quote of the same shape, the officials' standing lines), and so
  // does a follow-up; a rewrite restates most of its source.
  const restatesSentences = restatesHalf && restatedSentences > RULES.rewriteShortCover * short.sentences && (!stats.sameLanguage || sharesLead);
  const restatesFacts = stats.sharedNumbers >= RULES.rewriteSharedNumbers && short.numberContainment >= RULES.rewriteNumberContainment && short.softCoverage >= RULES.rewriteSoftCoverage;
  const agreeingFigures = Math.round(short.quantities * short.quantityContainment);
  const keptFigures = keptEventFigures(stats, shortSide);
  const restatesPassages = short.passageCoverage >= RULES.rewritePassageCover && short.contentSoftCoverage >= RULES.rewriteContentSoft;
  const restatesContent = restatesPassages && stats.anchorOverlap >= RULES.rewriteContentAnchors &&
    ((agreeingFigures >= RULES.rewriteContentFigures && short.quantityContainment >= RULES.rewriteContentFigureShare) ||
      (keptFigures.kept >= RULES.rewriteContentFigures && keptFigures.share >= RULES.rewriteContentFigureShare));
  // The shorter side reports another event when its figures mostly disagree: its quantities
  // where they are read (English), else the figures stand in for them. Not when the sentences
  // that restate the other's keep its figures: the others are in sentences of its own, the
  // background a rewriter added ("the nearly 40-year-old dam, one of 200 in the country"),
  // where another event's figures stand in the very sentences that mirror the other's.
  const restatedAgree = short.restatedQuantities >= RULES.rewriteContentFigures && short.restatedQuantityContainment >= RULES.rewriteContentFigureShare;
  const quantitiesDisagree = !restatedAgree && ((short.quantities >= RULES.rewriteQuantities && short.quantityContainment < RULES.rewriteQuantityAgreement) ||
    (short.quantities >= RULES.rewriteDisagreeingQuantities && agreeingFigures === 0));
  const otherStated = !stats.quantitiesRead
    ? otherFiguresStated(stats, shortSide, RULES.rewriteQuantities, RULES.rewriteQuantityAgreement) ?? otherFiguresStated(stats, shortSide, RULES.rewriteDisagreeingQuantities, Number.MIN_VALUE)
    : quantitiesDisagree ? { stated: short.quantities, agreeing: agreeingFigures } : undefined;
  // Across languages this rule gives a translation, which a text telling figures of its own is not.
  const restates = !otherEvent && (restatesSentences || restatesFacts || restatesContent) && otherStated === undefined && stats.documentCosine >= RULES.rewriteCosine;
  // Half its sentences restated and the news credited to an outlet: a follow-up, not a rewrite
  // (unless the leads tell two events: a credit does not make another event's report a follow-up).
  const restatesOnlyHalf = !otherEvent && restatesHalf && !restatesSentences && !restatesFacts && !restatesContent && otherStated === undefined && stats.documentCosine >= RULES.rewriteCosine;
  const followUp = restatesOnlyHalf ? creditedFollowUp([a, b]) : undefined;
  if (followUp !== undefined) {
    reasons.push(
      `one text credits the news to an outlet (${followUp.map((o) => `"${o}"`).join(', ')}) and restates sentences of the other,`,
      'but no more than half of its own: the rest is news of its own, a follow-up, not a rewrite',
    );
    return { relation: 'derivative', derived: null, score: short.coverage * stats.meanMatchSimilarity, reasons };
  }
  if (restates && (stats.sameLanguage || ownFigures === undefined)) {
    if (restatesSentences) reasons.push(`${pct(short.coverage)} of the shorter text's sentences restate sentences of the longer one (order kept for ${pct(stats.orderAgreement)} of pairs)`);
    if (restatesFacts) reasons.push(`the shorter text states ${short.numbers} event numbers, ${pct(short.numberContainment)} of them from the longer one; its sentences resemble the other's at ${short.softCoverage.toFixed(2)} on average`);
    if (restatesContent) reasons.push(`${pct(short.passageCoverage)} of the shorter text's sentences say what passages of the longer one say, names aside (content similarity ${short.contentSoftCoverage.toFixed(2)} on average), about the same particulars (${pct(stats.anchorOverlap)} of names and numbers shared)`);
    if (short.quantities > 0) reasons.push(`${pct(short.quantityContainment)} of the shorter text's ${short.quantities} figures agree with the longer one's, reworded or not`);
    if (keptFigures.kept > agreeingFigures) reasons.push(`${keptFigures.kept} of its figures (numbers, clock times, days of a month) are the other's too (${pct(keptFigures.share)} of those it states)`);
    if (restatedAgree && short.quantityContainment < RULES.rewriteQuantityAgreement) reasons.push(`the figures of its restated sentences agree (${pct(short.restatedQuantityContainment)} of ${short.restatedQuantities}); the others are in sentences of its own`);
    const verbatim = Math.max(a.verbatim, b.verbatim);
    reasons.push(`${verbatim === 0 ? 'no sentence copied word for word' : `only ${pct(verbatim)} of the words in sentences copied word for word`}; word 5-gram Jaccard ${stats.shingleJaccard.toFixed(2)}`);
    const score = Math.max(short.coverage, short.passageCoverage, short.softCoverage) * Math.max(stats.meanMatchSimilarity, short.softCoverage, short.contentSoftCoverage);
    return { relation: stats.sameLanguage ? 'rewrite' : 'translation', derived: null, score, reasons };
  }

  // Reuse evidence: quotes taken word for word weigh most, then strongly matching sentences.
  const verbatimSentences = Math.max(a.verbatimSentences, b.verbatimSentences);
  const evidence = 2 * stats.sharedQuotes.length + stats.strongMatches + verbatimSentences;
  const longReuse = !otherEvent && Math.max(stats.strongMatches, verbatimSentences) >= RULES.derivativeWithoutLead;
  if (evidence >= RULES.derivativeEvidence && stats.documentCosine >= RULES.derivativeCosine && (sharesLead || longReuse)) {
    if (stats.sharedQuotes.length > 0) reasons.push(`${stats.sharedQuotes.length} quote(s) of 5+ words reused word for word`);
    reasons.push(`${stats.strongMatches} sentence(s) restated closely; ${pct(Math.max(a.coverage, b.coverage))} of one side matched at most`);
    return { relation: 'derivative', derived: null, score: Math.min(1, evidence / 10), reasons };
  }

  // A follow-up with figures of its own: the "another event" figures rule kept it from a
  // rewrite, but it restates the other's lead whole and what its passages say.
  const leadRestated = restatesLeadWhole(stats.leads.a, RULES.followUpLeadParticulars) || restatesLeadWhole(stats.leads.b, RULES.followUpLeadParticulars);
  if (stats.sameLanguage && otherStated !== undefined && leadRestated && (restatesHalf || restatesPassages) && stats.documentCosine >= RULES.rewriteCosine &&
    stats.figures.kept >= RULES.followUpKeptFigures) {
    reasons.push(
      `one text's lead is restated with all its particulars (${Math.max(stats.leads.a.kept, stats.leads.b.kept)} names, places, figures and days) and ${pct(Math.max(short.coverage, short.passageCoverage))} of the shorter text's sentences restate the other's`,
      `${stats.figures.kept} figures are the other's, ${otherStated.stated - otherStated.agreeing} of the shorter text's are its own: a follow-up with news of its own, not another event`,
    );
    // Scored as the credited follow-up: how much of the shorter text restates the other, how closely.
    return { relation: 'derivative', derived: null, score: Math.max(short.coverage, short.passageCoverage) * stats.meanMatchSimilarity, reasons };
  }

  // A follow-up that names the other's outlet as its source and restates its lead, in other
  // words or another language: too little is reused word for word for the rule above.
  const leadBead = Math.max(0, ...leadBeads.map((bead) => bead.similarity));
  const leadFloor = stats.sameLanguage ? RULES.creditedLeadSimilarity : translationBead;
  const restatesLead = stats.documentCosine >= RULES.derivativeCosine && leadBead >= leadFloor;
  if (credited && restatesLead && !otherEvent) {
    reasons.push(
      'one text credits the other\'s outlet by name',
      `and its lead restates the other's lead (${stats.sameLanguage ? 'similarity' : 'bead score across languages'} ${leadBead.toFixed(2)}, at least ${leadFloor.toFixed(2)})`,
    );
    if (ownFigures !== undefined) reasons.push(ownFigures);
    return { relation: 'derivative', derived: null, score: leadBead, reasons };
  }
  // Across languages a credited follow-up's lead may be worded too freely for a bead (most of
  // its sentences are news of its own), but it names the particulars of the other's lead.
  if (credited && !stats.sameLanguage && leadRestated) {
    reasons.push(
      'one text credits the other\'s outlet by name',
      `and one lead's particulars (${Math.max(stats.leads.a.kept, stats.leads.b.kept)} names, places and figures) are all in the other text, those of its lead`,
    );
    if (ownFigures !== undefined) reasons.push(ownFigures);
    return { relation: 'derivative', derived: null, score: Math.min(a.beadScore, b.beadScore), reasons };
  }
  // The same without a credit, across languages: the lead, more translated sentences and the
  // event's figures.
  const translatedSentences = Math.min(a.translatedShare * a.sentences, b.translatedShare * b.sentences);
  if (!stats.sameLanguage && restatesLead && translatedSentences >= RULES.derivativeTranslatedSentences + 1 && restatesFigures(stats)) {
    reasons.push(
      `its lead restates the other's lead across languages (bead score ${leadBead.toFixed(2)}, at least ${leadFloor.toFixed(2)}) and ${Math.round(translatedSentences)} sentences are translated`,
      `${stats.figures.kept} figures (numbers, times, dates) of the event stated on both sides`,
    );
    if (ownFigures !== undefined) reasons.push(ownFigures);
    // Scored by how much of both texts translates (the bead score), not by its lead: a weaker
    // link than a rewrite or translation of a version in the follow-up's own language.
    return { relation: 'derivative', derived: null, score: Math.min(a.beadScore, b.beadScore), reasons };
  }

  if (otherStated) reasons.push(`the shorter text states ${otherStated.stated} figures and only ${otherStated.agreeing} agree with the other's: another event`);
  if (evidence >= RULES.derivativeEvidence && !sharesLead && !longReuse) {
    reasons.push(`no sentence of one lead (headline and first ${RULES.derivativeLeadSentences - 1} sentences) matches the other lead: the shared passages are background reused by a report on another event`);
  }
  reasons.push(
    `no reused passage: ${stats.strongMatches} close sentence match(es), ${stats.sharedQuotes.length} shared quote(s)`,
    `shared names and numbers: ${pct(stats.anchorOverlap)}`,
  );
  return { relation: 'unrelated', derived: null, score: 0, reasons };
}
