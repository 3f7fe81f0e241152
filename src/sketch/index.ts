import { hashString } from './hash.js';
import { lshBandKeys } from './lsh.js';
import { DEFAULT_NUM_HASHES, minhashOf } from './minhash.js';
import { scanCapacity, scanWordHashes } from './scan-words.js';
import { DEFAULT_SHINGLE_SIZE, shingleCount, shinglesOf } from './shingles.js';
import { DEFAULT_WINNOW_WINDOW, winnowOf } from './winnow.js';

export { hashRange, hashString, hex32, mix32 } from './hash.js';
export { DEFAULT_BANDS, DEFAULT_ROWS, lshBandKeys, lshCandidateProbability } from './lsh.js';
export { DEFAULT_NUM_HASHES, estimateJaccard, minhashSignature } from './minhash.js';
export { scanWordHashes, scanWords } from './scan-words.js';
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

// Scratch buffers reused across calls (grown on demand): the hot path allocates only its outputs.
let tokenBuffer = new Uint32Array(4096);
let shingleBuffer = new Uint32Array(4096);

function ensureBuffers(tokens: number): void {
  if (tokenBuffer.length < tokens) tokenBuffer = new Uint32Array(tokens * 2);
  if (shingleBuffer.length < tokens) shingleBuffer = new Uint32Array(tokens * 2);
}

function sketchTokenHashes(count: number): DocumentSketch {
  const shingles = shinglesOf(tokenBuffer, count, DEFAULT_SHINGLE_SIZE, shingleBuffer);
  const signature = minhashOf(shingleBuffer, shingles, DEFAULT_NUM_HASHES);
  return { signature, bandKeys: lshBandKeys(signature), fingerprints: winnowOf(shingleBuffer, shingles, DEFAULT_WINNOW_WINDOW) };
}

/**
 * Sketches a document from its word tokens (lowercased, stop words included, in order).
 * Pure and deterministic: the same tokens give the same sketch on every run and machine; equal
 * to hashing `shingleHashes(tokens)` through `minhashSignature`, `lshBandKeys` and `winnow`.
 */
export function sketchTokens(tokens: readonly string[]): DocumentSketch {
  ensureBuffers(shingleCount(tokens.length) + tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenBuffer[i] = hashString(tokens[i] ?? '');
  return sketchTokenHashes(tokens.length);
}

/**
 * Sketches a raw text without building a string per word: words are scanned and hashed from
 * the code units (see `scanWordHashes`). Gives the same sketch as `sketchTokens(scanWords(text))`;
 * it is the fast path for bulk near-duplicate indexing, where the text stage's tokens are not needed.
 */
export function sketchText(text: string): DocumentSketch {
  ensureBuffers(scanCapacity(text) + 1);
  return sketchTokenHashes(scanWordHashes(text, tokenBuffer));
}
