import { combine, hex32 } from './hash.js';

/** 32 bands of 4 rows: candidates from a Jaccard of about 0.4 (0.5 chance at 0.38, 0.96 at 0.6). */
export const DEFAULT_BANDS = 32;
export const DEFAULT_ROWS = 4;
const BAND_PREFIX = Array.from({ length: 100 }, (_, b) => `b${b.toString().padStart(2, '0')}:`);

/**
 * LSH band keys of a MinHash signature: two documents that share a key agree on all rows of
 * that band. Keys look like `b07:1a2b3c4d`.
 * @param signature MinHash signature with at least bands × rows values
 */
export function lshBandKeys(signature: Uint32Array, bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = b;
    let empty = true;
    for (let r = 0; r < rows; r++) {
      const v = signature[b * rows + r];
      if (v === undefined) return keys;
      if (v !== 0xffffffff) empty = false;
      h = combine(h, v);
    }
    if (!empty) keys.push((BAND_PREFIX[b] ?? `b${b}:`) + hex32(h));
  }
  return keys;
}

/** Probability that a pair with Jaccard `j` shares at least one band. */
export function lshCandidateProbability(j: number, bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): number {
  return 1 - (1 - j ** rows) ** bands;
}
