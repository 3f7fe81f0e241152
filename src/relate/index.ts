export type { AlignedBead, FactChange, PairEvidence, PairFeatures, PairResult, Relation } from './types.js';
export type { PairDocument } from './pair-document.js';
export { findAttributions, creditsOutlet, type Attribution } from './attribution.js';
export { findMtArtefacts } from './mt-artefacts.js';
export { diffFacts } from './facts.js';
export { measurePair, MATCH_SIMILARITY, STRONG_SIMILARITY, type PairStats, type SideStats } from './pair-stats.js';
export { classifyPair, RULES, type Classification } from './classify.js';
export { decideDirection, DIRECTION_WEIGHTS, type Direction } from './direction.js';
export { verifyPair } from './verify-pair.js';
