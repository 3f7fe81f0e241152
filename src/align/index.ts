export type { AlignSentence, Bead } from './types.js';
export { sentenceSimilarity, similarityMatrix, vectorize, mergeVectors, type SentenceVector } from './sentence-similarity.js';
export { alignMonotone, type MonotoneOptions } from './align-monotone.js';
export { alignUnordered, orderAgreement } from './align-unordered.js';
