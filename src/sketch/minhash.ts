import { mix32 } from './hash.js';

/** Signature length: 128 values, the usual trade-off (≈0.05 error on a Jaccard estimate). */
export const DEFAULT_NUM_HASHES = 128;
/** Marks an empty signature slot (empty set). */
const EMPTY = 0xffffffff;
// One multiply-add permutation of the 32-bit shingle hashes (an odd multiplier makes it a
// bijection, so equal values mean equal shingles). The shingle hashes are already mixed, so one
// cheap permutation is enough; its high bits pick the bin.
const PERMUTE_MUL = 0x9e3779b1;
const PERMUTE_ADD = 0x7f4a7c15;
const DENSIFY_SEED = 0x5eed_1e55;
/** Probes an empty bin makes for a donor before the deterministic linear fallback. */
const MAX_PROBES = 64;

/**
 * MinHash signature by one-permutation hashing with optimal densification (Li, Owen & Zhang
 * 2012; Shrivastava 2017): each shingle is permuted once, the high bits of the permuted value
 * choose one of `numHashes` bins, and each bin keeps its minimum. An empty bin borrows the value
 * of a non-empty bin chosen by a probe sequence that depends only on the bin's number, so two
 * documents agree on a slot with probability equal to their Jaccard similarity, as with
 * `numHashes` independent permutations, at 1/`numHashes` of the cost.
 * @param shingles shingle hashes (repeats and order do not matter)
 * @param numHashes signature length (default 128)
 * @returns the signature; all 0xffffffff for an empty set
 */
export function minhashSignature(shingles: Uint32Array, numHashes = DEFAULT_NUM_HASHES): Uint32Array {
  return minhashOf(shingles, shingles.length, numHashes);
}

/**
 * The signature of the first `count` values of `shingles` (lets the sketch stage pass a reused
 * buffer without copying it).
 */
export function minhashOf(shingles: Uint32Array, count: number, numHashes = DEFAULT_NUM_HASHES): Uint32Array {
  const sig = new Uint32Array(numHashes).fill(EMPTY);
  if (numHashes <= 0) return sig;
  // For a power of two the bin is the top bits: a shift instead of a float multiply.
  const shift = (numHashes & (numHashes - 1)) === 0 ? 32 - Math.log2(numHashes) : -1;
  if (shift >= 0 && shift < 32) keepBinMinimaByShift(shingles, count, shift, sig);
  else keepBinMinimaByScale(shingles, count, numHashes, sig);
  // A bin still at EMPTY is empty (a shingle permuted to exactly 0xffffffff counts as absent,
  // the same way in every document).
  let nonEmpty = 0;
  for (let bin = 0; bin < numHashes; bin++) if (sig[bin] !== EMPTY) nonEmpty++;
  if (nonEmpty === 0 || nonEmpty === numHashes) return sig;
  densify(sig, numHashes);
  return sig;
}

/** Permutes each shingle once and keeps each bin's minimum; the bin is the top bits (`p >>> shift`). */
function keepBinMinimaByShift(shingles: Uint32Array, count: number, shift: number, sig: Uint32Array): void {
  for (let s = 0; s < count; s++) {
    const p = (Math.imul(shingles[s] ?? 0, PERMUTE_MUL) + PERMUTE_ADD) >>> 0;
    const bin = p >>> shift;
    if (p < (sig[bin] ?? 0)) sig[bin] = p;
  }
}

/** {@link keepBinMinimaByShift} for a length that is not a power of two. */
function keepBinMinimaByScale(shingles: Uint32Array, count: number, numHashes: number, sig: Uint32Array): void {
  // (p * n) / 2^32 as a float is exact below 2^53 and monotone in p, so each bin holds one
  // contiguous range of permuted values and a bin's values never equal another bin's.
  const scale = numHashes / 4294967296;
  for (let s = 0; s < count; s++) {
    const p = (Math.imul(shingles[s] ?? 0, PERMUTE_MUL) + PERMUTE_ADD) >>> 0;
    const bin = Math.floor(p * scale);
    if (p < (sig[bin] ?? 0)) sig[bin] = p;
  }
}

// Which bins were filled before densifying (reused: densify runs on most documents).
let filledScratch = new Uint8Array(DEFAULT_NUM_HASHES);

/** Fills each empty bin from a donor bin picked by a per-bin probe sequence (same on every document). */
function densify(sig: Uint32Array, n: number): void {
  if (filledScratch.length < n) filledScratch = new Uint8Array(n);
  const filled = filledScratch;
  for (let bin = 0; bin < n; bin++) filled[bin] = sig[bin] === EMPTY ? 0 : 1;
  for (let bin = 0; bin < n; bin++) {
    if (filled[bin] === 1) continue;
    let donor = -1;
    for (let attempt = 1; attempt <= MAX_PROBES && donor < 0; attempt++) {
      const j = Math.floor(mix32(Math.imul(bin + 1, 0x85ebca6b) ^ Math.imul(attempt, 0xc2b2ae35) ^ DENSIFY_SEED) * (n / 4294967296));
      if (filled[j] === 1) donor = j;
    }
    for (let step = 1; step < n && donor < 0; step++) {
      const j = (bin + step) % n;
      if (filled[j] === 1) donor = j;
    }
    sig[bin] = sig[donor] ?? EMPTY;
  }
}

/** Share of equal positions of two signatures: an estimate of the Jaccard similarity of the sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== EMPTY) equal++;
  return equal / n;
}
