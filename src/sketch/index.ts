import { lshBandKeys } from './lsh.js';
import { minhashSignature } from './minhash.js';
import { distinctSorted, shingleHashes } from './shingles.js';
import { winnow } from './winnow.js';

export { hashString, hex32, mix32 } from './hash.js';
export { DEFAULT_BANDS, DEFAULT_ROWS, lshBandKeys, lshCandidateProbability } from './lsh.js';
export { DEFAULT_NUM_HASHES, estimateJaccard, minhashSignature } from './minhash.js';
export { DEFAULT_SHINGLE_SIZE, distinctSorted, setOverlap, shingleHashes } from './shingles.js';
export { DEFAULT_WINNOW_WINDOW, winnow } from './winnow.js';

/** What the sketch stage keeps of a document. */
export interface DocumentSketch {
  /** MinHash signature of the word 5-gram shingles. */
  signature: Uint32Array;
  /** LSH band keys of the signature (copy and edited-copy candidates). */
  bandKeys: string[];
  /** Winnowed shingle fingerprints (containment candidates: excerpts, reused passages). */
  fingerprints: Uint32Array;
}

/**
 * Sketches a document from its word tokens (lowercased, stop words included, in order).
 * Pure and deterministic: the same tokens give the same sketch on every run and machine.
 */
export function sketchTokens(tokens: readonly string[]): DocumentSketch {
  const shingles = shingleHashes(tokens);
  const signature = minhashSignature(distinctSorted(shingles));
  return { signature, bandKeys: lshBandKeys(signature), fingerprints: winnow(shingles) };
}
