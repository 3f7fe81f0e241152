import { combine, hex32 } from './hash.js';

/** 32 bands of 4 rows: candidates from a Jaccard of about 0.4 (0.5 chance at 0.38, 0.96 at 0.6). */
export const DEFAULT_BANDS = 32;
export const DEFAULT_ROWS = 4;
// Char codes of the hex digits 0-9a-f.
const HEX_CODE = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DIGIT_0 = 48;
const LETTER_B = 98;
const COLON = 58;

/**
 * One band key, `b` + the band number (two digits at least) + `:` + eight hex digits of `h`.
 * Built from its twelve char codes in one call (one string instead of five concatenations:
 * 32 keys a document); bands past 99 take the general form.
 */
export function bandKey(band: number, h: number): string {
  if (band < 0 || band > 99) return `b${band}:${hex32(h)}`;
  return String.fromCharCode(
    LETTER_B, DIGIT_0 + Math.floor(band / 10), DIGIT_0 + (band % 10), COLON,
    hexCode(h >>> 28), hexCode(h >>> 24), hexCode(h >>> 20), hexCode(h >>> 16),
    hexCode(h >>> 12), hexCode(h >>> 8), hexCode(h >>> 4), hexCode(h),
  );
}

/** Char code of the hex digit of the low four bits of `x`. */
function hexCode(x: number): number {
  return HEX_CODE[x & 15] ?? DIGIT_0;
}

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
    if (!empty) keys.push(bandKey(b, h));
  }
  return keys;
}

/** Probability that a pair with Jaccard `j` shares at least one band. */
export function lshCandidateProbability(j: number, bands = DEFAULT_BANDS, rows = DEFAULT_ROWS): number {
  return 1 - (1 - j ** rows) ** bands;
}
