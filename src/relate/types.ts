import type { LanguageCode } from '../text/types.js';

/** How a document relates to its source. `unrelated` never enters a story. */
export type Relation =
  | 'copy'
  | 'excerpt'
  | 'edited-copy'
  | 'translation'
  | 'retranslation'
  | 'rewrite'
  | 'derivative'
  | 'unrelated';

/** One aligned group of sentences ("bead"): sentence indexes on each side and their similarity. */
export interface AlignedBead {
  source: number[];
  target: number[];
  similarity: number;
  /** `identical` after normalisation, `near` (small edits), `paraphrase`, or `weak`. */
  kind: 'identical' | 'near' | 'paraphrase' | 'weak';
}

/** A fact (name, number, date, quote) seen on one or both sides of a pair. */
export interface FactChange {
  type: 'name' | 'number' | 'date' | 'quote';
  /** `kept` on both sides, `altered` (a close variant on the other side), `added` (target only), `dropped` (source only). */
  change: 'kept' | 'altered' | 'added' | 'dropped';
  source?: string;
  target?: string;
}

/** The numbers that decided a pair's relation; every rule reads only these. */
export interface PairFeatures {
  sameLanguage: boolean;
  /** Share of source / target sentences in beads with similarity at or above the match threshold. */
  sourceCoverage: number;
  targetCoverage: number;
  /** Share of target sentences identical or near-identical to a source sentence. */
  verbatimShare: number;
  /** Share of matched sentence pairs that keep their relative order (1 = same order). */
  orderAgreement: number;
  /** Mean similarity of matched sentence pairs. */
  meanMatchSimilarity: number;
  /** Weighted bead score of the monotone alignment, per source sentence (0..1). */
  beadScore: number;
  /** Containment of target word 5-gram shingles in the source. */
  shingleContainment: number;
  /** Word 5-gram Jaccard of the two cleaned texts. */
  shingleJaccard: number;
  /** Stem-vector cosine of the whole documents. */
  documentCosine: number;
  /** Quotes of ≥ 5 words found word for word on both sides. */
  sharedQuotes: number;
  /** Names and numbers shared / on either side (Jaccard). */
  anchorOverlap: number;
  /** Machine-translation artefacts found in the target (". .", broken sentence starts…). */
  mtArtefacts: number;
  /** Sentence counts of source and target. */
  sourceSentences: number;
  targetSentences: number;
  /**
   * Share of source / target sentences in order-free passages that say the same once names are
   * out (synonyms matched, figures read as quantities, two adjacent sentences joinable); 0 when
   * not measured (across languages, unrelated vocabulary, or shared wording). Absent from pairs
   * stored by versions before these were measured, as are the three below.
   */
  sourcePassageCoverage?: number;
  targetPassageCoverage?: number;
  /** Mean over target sentences of that content similarity to their best passage of the source. */
  targetContentSimilarity?: number;
  /** Figures the target states (English: digits or words, hedged), and the share agreeing with the source's. */
  targetFigures?: number;
  targetFigureAgreement?: number;
  /** The target says its text came from the source's outlet ("translated from a report by …", "first appeared in …"). */
  creditsSourceText?: boolean;
}

/** A verified pair: what one document is of another, with the evidence. */
export interface PairResult {
  /** The pair, ordered so that `a < b`. */
  a: string;
  b: string;
  relation: Relation;
  /** Which side is the source (the other was derived from it), or null when unknown. */
  source: string | null;
  /** Strength of the relation, 0..1. */
  score: number;
  features: PairFeatures;
  /** Reasons for the relation and the direction, in words a person can check. */
  reasons: string[];
  evidence: PairEvidence;
}

/** Passage-by-passage evidence for a pair, oriented from source to target. */
export interface PairEvidence {
  sourceLanguage: LanguageCode;
  targetLanguage: LanguageCode;
  beads: AlignedBead[];
  /** Target sentences with no counterpart (added), source sentences with none (dropped). */
  added: number[];
  dropped: number[];
  facts: FactChange[];
  /** MT artefacts found in the target, as short excerpts. */
  artefacts: string[];
  /** Phrases in the target that credit another outlet ("according to a report by …"). */
  attributions: string[];
}
