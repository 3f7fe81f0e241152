import { loadSynonyms, type SynonymMap } from '../synonyms/index.js';
import { creditsOutlet } from './attribution.js';
import { classifyPair } from './classify.js';
import { translationThreshold } from './translation-thresholds.js';
import { decideDirection } from './direction.js';
import { diffFacts } from './facts.js';
import { factOptions } from './fact-options.js';
import type { PairDocument } from './pair-document.js';
import { measurePair, type PairStats } from './pair-stats.js';
import type { PairEvidence, PairFeatures, PairResult } from './types.js';

function features(docs: { a: PairDocument; b: PairDocument }, stats: PairStats, from: 'a' | 'b'): PairFeatures {
  const to = from === 'a' ? 'b' : 'a';
  const s = stats[from];
  const t = stats[to];
  return {
    sameLanguage: stats.sameLanguage,
    sourceCoverage: s.coverage,
    targetCoverage: t.coverage,
    verbatimShare: t.verbatim,
    orderAgreement: stats.orderAgreement,
    meanMatchSimilarity: stats.meanMatchSimilarity,
    beadScore: s.beadScore,
    shingleContainment: t.shingleContainment,
    shingleJaccard: stats.shingleJaccard,
    documentCosine: stats.documentCosine,
    sharedQuotes: stats.sharedQuotes.length,
    anchorOverlap: stats.anchorOverlap,
    mtArtefacts: t.artefacts.length,
    sourceSentences: s.sentences,
    targetSentences: t.sentences,
    sourcePassageCoverage: s.passageCoverage,
    targetPassageCoverage: t.passageCoverage,
    targetContentSimilarity: t.contentSoftCoverage,
    targetFigures: t.quantities,
    targetFigureAgreement: t.quantityContainment,
    creditsSourceText: creditsOutlet(t.attributions.filter((x) => x.credits === 'text'), docs[from]),
  };
}

function evidence(docs: { a: PairDocument; b: PairDocument }, stats: PairStats, from: 'a' | 'b'): PairEvidence {
  const to = from === 'a' ? 'b' : 'a';
  const beads = from === 'a' ? stats.beads : stats.beads.map((bead) => ({ ...bead, source: bead.target, target: bead.source })).sort((x, y) => (x.source[0] ?? 0) - (y.source[0] ?? 0));
  return {
    sourceLanguage: docs[from].language,
    targetLanguage: docs[to].language,
    beads,
    added: stats[to].unmatched,
    dropped: stats[from].unmatched,
    facts: diffFacts(docs[from].sentences.map((s) => s.anchors), docs[to].sentences.map((s) => s.anchors), factOptions(docs[from], docs[to], stats.sameLanguage)),
    artefacts: stats[to].artefacts,
    attributions: stats[to].attributions.map((x) => x.phrase),
  };
}

/** Sentences aligned per document at most: bounds the similarity matrix (n × m) and the DP. */
export const MAX_ALIGNED_SENTENCES = 1000;

function capSentences(d: PairDocument): PairDocument {
  return d.sentences.length <= MAX_ALIGNED_SENTENCES ? d : { ...d, sentences: d.sentences.slice(0, MAX_ALIGNED_SENTENCES) };
}

function emptyEvidence(a: PairDocument, b: PairDocument): PairEvidence {
  return { sourceLanguage: a.language, targetLanguage: b.language, beads: [], added: [], dropped: [], facts: [], artefacts: [], attributions: [] };
}

/**
 * Verifies a candidate pair: aligns it, decides the relation and which side is the source,
 * and gathers the evidence (aligned sentences, added and dropped sentences, changed facts,
 * MT artefacts, attributions) oriented from source to target.
 * @param synonyms English synonym concepts for paraphrase matching (default: the shipped WordNet pack)
 * @returns the pair with `a < b` by id; `source` is null when no clue gives a direction
 */
export function verifyPair(x: PairDocument, y: PairDocument, synonyms: SynonymMap | undefined = loadSynonyms()): PairResult {
  const [a, b] = (x.id <= y.id ? [x, y] : [y, x]).map(capSentences) as [PairDocument, PairDocument];
  const capped = [x, y].filter((d) => d.sentences.length > MAX_ALIGNED_SENTENCES).map((d) => `${d.id}: only its first ${MAX_ALIGNED_SENTENCES} of ${d.sentences.length} sentences were aligned`);
  const docs = { a, b };
  const stats = measurePair(a, b, synonyms);
  const credited = creditsOutlet(stats.a.attributions, b) || creditsOutlet(stats.b.attributions, a);
  const c = classifyPair(stats, a.contentHash === b.contentHash, translationThreshold(a.language, b.language), credited);
  const direction = c.relation === 'unrelated' ? { source: null, margin: 0, reasons: [] } : decideDirection(docs, stats, c);
  const from = direction.source ?? 'a';
  return {
    a: a.id,
    b: b.id,
    relation: c.relation,
    source: direction.source ? docs[direction.source].id : null,
    score: Math.round(c.score * 1000) / 1000,
    features: features(docs, stats, from),
    reasons: [...c.reasons, ...direction.reasons, ...capped],
    // An unrelated pair keeps its numbers and reasons but not the passage evidence: most
    // verified pairs are unrelated and their evidence would dominate the store.
    evidence: c.relation === 'unrelated' ? emptyEvidence(a, b) : evidence(docs, stats, from),
  };
}
