export type { AlignSentence, Bead } from './types.js';
export { sentenceSimilarity, similarityMatrix, vectorize, mergeVectors, type SentenceVector } from './sentence-similarity.js';
export { alignMonotone, CROSS_LANGUAGE_ALIGNER, type MonotoneOptions } from './align-monotone.js';
export { logLengthRatio, typicalLogRatio } from './bead-prior.js';
export { alignUnordered, orderAgreement } from './align-unordered.js';
