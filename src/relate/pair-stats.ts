import { alignMonotone, matchQuantities, alignUnordered, CROSS_LANGUAGE_ALIGNER, orderAgreement, similarityMatrix, vectorize, type Bead, type Quantity } from '../align/index.js';
import { beadKinds } from './bead-kind.js';
import { byFirstSentence, withLeftOutMatches } from './shown-beads.js';
import { measureContent } from './content-passages.js';
import { compareFigures, type FigureComparison } from './facts.js';
import { factOptions } from './fact-options.js';
import { leadParticulars, type LeadParticulars } from './lead-particulars.js';
import { setOverlap } from '../sketch/index.js';
import { mean, meanBest, stemCosine } from './similarity-summaries.js';
import { untranslatedFigures } from './untranslated-figures.js';
import type { Attribution } from './attribution.js';
import { distinctQuantities, measuresOf, type DocumentMeasures } from './document-measures.js';
import type { PairDocument } from './pair-document.js';
import type { AlignedBead } from './types.js';
import type { SynonymMap } from '../synonyms/index.js';

/** Sentence similarity from which two sentences count as the same passage. */
export const MATCH_SIMILARITY = 0.35;
/** Similarity of a strong match (the same statement, lightly reworded). */
export const STRONG_SIMILARITY = 0.6;
/** Content similarity a strong match keeps once the names are out. */
export const CONTENT_STRONG = 0.45;
/**
 * Across languages a sentence is compared through its projected stems, so a faithful
 * translation scores lower (0.2-0.35 is common): a bead of the monotone alignment from this
 * similarity is shown as aligned (the level from which `typicalLogRatio` trusts a match).
 */
const CROSS_LANGUAGE_SHOWN = 0.2;
/** Word 5-gram containment (either side) from which the content measures are not taken: the wording decides. */
const CONTENT_MAX_CONTAINMENT = 0.5;
/** Document cosine below which the content measures are not taken: no rewrite rule can pass there. */
const CONTENT_MIN_COSINE = 0.3;

/** One side's view of the pair. */
export interface SideStats {
  sentences: number;
  /** Share of this side's sentences matched (order-free) at MATCH_SIMILARITY. */
  coverage: number;
  /** Share of this side's sentences in monotone beads at MATCH_SIMILARITY. */
  monotoneCoverage: number;
  /** Share of this side's words in sentences copied word for word or nearly so. */
  verbatim: number;
  /** Sentences copied word for word or nearly so. */
  verbatimSentences: number;
  /** Sentences copied word for word (the same tokens). */
  identicalSentences: number;
  /** Across languages, share of this side's sentences in monotone beads shown as translated ({@link CROSS_LANGUAGE_SHOWN}); 0 within one language. */
  translatedShare: number;
  /** Sentences from this side's first to its last sentence in those beads (0 when none): how spread the translated part is. */
  translatedSpan: number;
  /** Across languages, figures stated in this side's sentences outside those beads that the other text lacks: material of its own (0 within one language). */
  untranslatedFigures: number;
  /** Monotone bead score: Σ bead similarity × this side's sentences in it, per sentence. */
  beadScore: number;
  /** Share of this side's 5-gram shingles found in the other. */
  shingleContainment: number;
  /** Mean over this side's sentences of the best similarity to any sentence of the other. */
  softCoverage: number;
  /** Distinct event numbers (not years, not below 10) this side states. */
  numbers: number;
  /** Share of those numbers also stated by the other side. */
  numberContainment: number;
  artefacts: string[];
  attributions: Attribution[];
  /** Sentence indexes with no match on the other side, in words or (rewrites) in what they say. */
  unmatched: number[];
  /**
   * Mean over this side's sentences of the best similarity of what they say (names taken out,
   * quantities read, synonyms matched) to a sentence or two adjacent sentences of the other;
   * 0 when not measured (across languages, documents about different things, or sharing much
   * of their wording).
   */
  contentSoftCoverage: number;
  /** Share of this side's sentences in order-free passages matched on content at `CONTENT_MATCH` (content-passages.ts); 0 when not measured. */
  passageCoverage: number;
  /** Quantities this side states (English pairs: digits or words, hedged; see readQuantities). */
  quantities: number;
  /** Share of them that agree with a quantity of the other side ("almost four weeks" with "27 days"). */
  quantityContainment: number;
  /** Quantities stated in this side's sentences that match a sentence of the other (not in `unmatched`). */
  restatedQuantities: number;
  /** Share of those that agree with a quantity of the other side. */
  restatedQuantityContainment: number;
}

/** Everything measured about a pair, side A (rows) and side B (columns). */
export interface PairStats {
  a: SideStats;
  b: SideStats;
  sameLanguage: boolean;
  orderAgreement: number;
  meanMatchSimilarity: number;
  strongMatches: number;
  /** Event numbers stated on both sides. */
  sharedNumbers: number;
  /** Figures (numbers by value, clock times, days of a month; not bare years) of A against B, in any languages. */
  figures: FigureComparison;
  /** True when quantities were read (both sides English: the reader knows English words); else `figures` stand in. */
  quantitiesRead: boolean;
  shingleJaccard: number;
  documentCosine: number;
  sharedQuotes: string[];
  anchorOverlap: number;
  /** Beads A → B: monotone when order holds, order-free matches otherwise. */
  beads: AlignedBead[];
  /** Each side's lead against the other text: what it keeps of the other's lead, what it names of its own. */
  leads: { a: LeadParticulars; b: LeadParticulars };
}

/** Share of a document's words that lie in the given sentences. */
function wordShare(d: PairDocument, sentences: ReadonlySet<number>): number {
  let inside = 0;
  let total = 0;
  for (const s of d.sentences) {
    total += s.tokens.length;
    if (sentences.has(s.index)) inside += s.tokens.length;
  }
  return total === 0 ? 0 : inside / total;
}

/** Sentences from the first to the last of a set of sentence indexes (0 when empty). */
function span(sentences: ReadonlySet<number>): number {
  if (sentences.size === 0) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const i of sentences) { first = Math.min(first, i); last = Math.max(last, i); }
  return last - first + 1;
}

/**
 * Measures a pair: both alignments, coverage and verbatim share per side, shingle overlap,
 * shared quotes and anchors, MT artefacts and attributions. Pure; the same inputs give the
 * same numbers.
 */
export function measurePair(a: PairDocument, b: PairDocument, synonyms?: SynonymMap): PairStats {
  // An undetermined language (too short, unsure, or one we have no lexicon for) counts as the
  // other side's when both are written in the same script; a Japanese article against an English
  // one is a cross-language pair, matched on the names, numbers and quotes both keep.
  const undetermined = a.language === 'und' || b.language === 'und';
  const sameLanguage = a.language === b.language || (undetermined && measuresOf(a).script() === measuresOf(b).script());
  // Number words and hedged figures are read in English only (the reader knows English words).
  const v = vectorize(a.sentences, b.sentences, synonyms, { quantities: a.language === 'en' && b.language === 'en' });
  const sim = similarityMatrix(v.source, v.target, sameLanguage);
  const n = a.sentences.length;
  const m = b.sentences.length;
  // Across languages sentence similarities are projected and low: the aligner's options for
  // that case (length prior, no score floor) were chosen on UDHR development halves.
  const monotone = alignMonotone(v.source, v.target, sim, sameLanguage ? { sameScript: true } : CROSS_LANGUAGE_ALIGNER);
  const unordered = alignUnordered(n, m, sim, MATCH_SIMILARITY);
  const order = orderAgreement(unordered);
  const beadKind = beadKinds(a, b, MATCH_SIMILARITY);
  const kinds = unordered.map(beadKind);
  const verbatimA = new Set<number>();
  const verbatimB = new Set<number>();
  let identicalA = 0;
  let identicalB = 0;
  unordered.forEach((bead, k) => {
    if (kinds[k] === 'identical' || kinds[k] === 'near') {
      bead.source.forEach((i) => verbatimA.add(i));
      bead.target.forEach((j) => verbatimB.add(j));
    }
    if (kinds[k] === 'identical') {
      identicalA += bead.source.length;
      identicalB += bead.target.length;
    }
  });
  const matchedA = new Set(unordered.flatMap((bead) => bead.source));
  const matchedB = new Set(unordered.flatMap((bead) => bead.target));
  const strongMono = monotone.filter((bead) => bead.similarity >= MATCH_SIMILARITY);
  const monoA = new Set(strongMono.flatMap((bead) => bead.source));
  const monoB = new Set(strongMono.flatMap((bead) => bead.target));
  const translated = sameLanguage ? [] : monotone.filter((bead) => bead.similarity >= CROSS_LANGUAGE_SHOWN);
  const translatedA = new Set(translated.flatMap((bead) => bead.source));
  const translatedB = new Set(translated.flatMap((bead) => bead.target));
  const beadSum = (side: 'source' | 'target'): number => monotone.reduce((acc, bead) => acc + bead.similarity * bead[side].length, 0);

  const ma = measuresOf(a);
  const mb = measuresOf(b);
  const overlap = setOverlap(ma.shingles, mb.shingles);

  const qa = ma.quotes;
  // A quote restated in part, word for word (a follow-up quoting half of what was said), is a
  // quote shared: the shorter must be whole words of the longer.
  const within = (short: string, long: string): boolean => ` ${long} `.includes(` ${short} `);
  const sharedQuotes = [...new Set([...mb.quotes].flatMap((q) => (qa.has(q) ? [q] : [...qa].flatMap((r) => (within(q, r) ? [q] : within(r, q) ? [r] : [])))))].sort();
  const anA = ma.nonQuoteAnchors;
  const anB = mb.nonQuoteAnchors;
  const sharedAnchors = [...anA].filter((x) => anB.has(x)).length;
  const anchorUnion = anA.size + anB.size - sharedAnchors;

  const numA = ma.eventNumbers;
  const numB = mb.eventNumbers;
  const sharedNumbers = [...numA].filter((x) => numB.has(x)).length;

  const documentCosine = stemCosine(ma.stemWeights, mb.stemWeights);
  // Pairs that share much of their wording are copies, excerpts or edited copies, judged on the
  // wording: the content view is for pairs that say things in other words.
  const sharesWording = Math.max(overlap.containmentOfA, overlap.containmentOfB) >= CONTENT_MAX_CONTAINMENT;
  const content = sameLanguage && !sharesWording && documentCosine >= CONTENT_MIN_COSINE ? measureContent(a, b, synonyms) : undefined;

  const english = a.language === 'en' && b.language === 'en';
  const anchorsA = a.sentences.map((x) => x.anchors);
  const anchorsB = b.sentences.map((x) => x.anchors);
  const quantA = english ? ma.quantities() : [];
  const quantB = english ? mb.quantities() : [];

  const inOrder = order >= 0.9;
  const unorderedBeads = unordered.map((bead, k): AlignedBead => ({ ...bead, kind: kinds[k] ?? 'weak' }));
  const wordBeads: AlignedBead[] = inOrder ? strongMono.map((bead) => ({ ...bead, kind: beadKind(bead) })) : unorderedBeads;
  const leftOut = [
    ...(inOrder ? unorderedBeads : []),
    ...(content?.beads ?? []).map((bead): AlignedBead => ({ ...bead, kind: 'paraphrase' })),
    ...translated.filter((bead) => bead.similarity < MATCH_SIMILARITY).map((bead): AlignedBead => ({ ...bead, kind: 'paraphrase' })),
  ];
  // A sentence shown in an aligned bead is not also added or dropped (a monotone 2-1 bead can
  // hold a sentence that matches nothing on its own).
  const shown = withLeftOutMatches(wordBeads, leftOut);
  const evidenceBeads = shown.beads.length === 0 ? wordBeads : [...wordBeads, ...shown.beads].sort(byFirstSentence);

  const side = (d: PairDocument, measures: DocumentMeasures, count: number, matched: Set<number>, mono: Set<number>, verbatim: Set<number>, beadTotal: number, containment: number, byRow: boolean, numbers: ReadonlySet<string>): SideStats => ({
    sentences: count,
    identicalSentences: byRow ? identicalA : identicalB,
    translatedShare: count === 0 ? 0 : (byRow ? translatedA : translatedB).size / count,
    translatedSpan: span(byRow ? translatedA : translatedB),
    untranslatedFigures: sameLanguage ? 0 : untranslatedFigures(d.sentences, byRow ? translatedA : translatedB, byRow ? anchorsB : anchorsA),
    coverage: count === 0 ? 0 : matched.size / count,
    monotoneCoverage: count === 0 ? 0 : mono.size / count,
    verbatim: wordShare(d, verbatim),
    verbatimSentences: verbatim.size,
    beadScore: count === 0 ? 0 : beadTotal / count,
    shingleContainment: containment,
    softCoverage: meanBest(sim, n, m, byRow),
    numbers: numbers.size,
    numberContainment: numbers.size === 0 ? 0 : sharedNumbers / numbers.size,
    artefacts: sameLanguage ? measures.artefacts() : [],
    attributions: [...measures.attributions],
    unmatched: Array.from({ length: count }, (_, i) => i).filter((i) => !(byRow ? shown.source : shown.target).has(i)),
    contentSoftCoverage: content ? mean(byRow ? content.bestSource : content.bestTarget) : 0,
    quantities: (byRow ? quantA : quantB).length,
    quantityContainment: (byRow ? quantA : quantB).length === 0 ? 0 : matchQuantities(byRow ? quantA : quantB, byRow ? quantB : quantA) / (byRow ? quantA : quantB).length,
    passageCoverage: content && count > 0 ? content.covered[byRow ? 'source' : 'target'].size / count : 0,
    ...restatedQuantities(english ? measures.sentenceQuantities() : [], byRow ? shown.source : shown.target, byRow ? quantB : quantA),
  });


  return {
    a: side(a, ma, n, matchedA, monoA, verbatimA, beadSum('source'), overlap.containmentOfA, true, numA),
    b: side(b, mb, m, matchedB, monoB, verbatimB, beadSum('target'), overlap.containmentOfB, false, numB),
    sameLanguage,
    orderAgreement: order,
    meanMatchSimilarity: unordered.length === 0 ? 0 : unordered.reduce((acc, bead) => acc + bead.similarity, 0) / unordered.length,
    // A close match that owes its closeness to the names it shares ("Graham Oduya, the chief
    // executive of the Port Authority, said…") restates nothing; with the content measured, a
    // strong match must also say the same without the names.
    strongMatches: unordered.filter((bead) => bead.similarity >= STRONG_SIMILARITY && (content === undefined || (content.sim[(bead.source[0] ?? 0) * m + (bead.target[0] ?? 0)] ?? 0) >= CONTENT_STRONG)).length,
    sharedNumbers,
    figures: compareFigures(anchorsA, anchorsB, sameLanguage),
    quantitiesRead: english,
    shingleJaccard: overlap.jaccard,
    documentCosine,
    sharedQuotes,
    anchorOverlap: anchorUnion === 0 ? 0 : sharedAnchors / anchorUnion,
    beads: evidenceBeads,
    leads: {
      a: leadParticulars(a.sentences, b.sentences, factOptions(a, b, sameLanguage)),
      b: leadParticulars(b.sentences, a.sentences, factOptions(b, a, sameLanguage)),
    },
  };
}

/** The quantities of the sentences shown in beads, and the share of them the other side states too. */
function restatedQuantities(bySentence: readonly (readonly Quantity[])[], shown: ReadonlySet<number>, other: readonly Quantity[]): { restatedQuantities: number; restatedQuantityContainment: number } {
  const restated = distinctQuantities(bySentence.filter((_, i) => shown.has(i)));
  return { restatedQuantities: restated.length, restatedQuantityContainment: restated.length === 0 ? 0 : matchQuantities(restated, other) / restated.length };
}
