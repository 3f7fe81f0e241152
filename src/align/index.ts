export type { AlignSentence, Bead } from './types.js';
export { sentenceSimilarity, similarityMatrix, vectorize, mergeVectors, type SentenceVector, type VectorizeOptions } from './sentence-similarity.js';
export { alignMonotone, CROSS_LANGUAGE_ALIGNER, type MonotoneOptions } from './align-monotone.js';
export { logLengthRatio, typicalLogRatio } from './bead-prior.js';
export { alignUnordered, orderAgreement } from './align-unordered.js';
export { matchQuantities, quantitiesAgree, readQuantities, type Quantity, type QuantityDimension } from './read-quantities.js';
export { quantitiesOfText } from './text-quantities.js';
export { alignPassages, type PassageMatch } from './align-passages.js';
