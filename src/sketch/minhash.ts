import { mix32 } from './hash.js';

/** Signature length: 128 values, the usual trade-off (≈0.05 error on a Jaccard estimate). */
export const DEFAULT_NUM_HASHES = 128;
const SEED = 0x5eed_1e55;

const seedCache = new Map<number, Uint32Array>();

/** Per-permutation seeds, derived deterministically so signatures are stable across runs and machines. */
function seedsFor(numHashes: number): Uint32Array {
  let seeds = seedCache.get(numHashes);
  if (!seeds) {
    seeds = new Uint32Array(numHashes);
    let s = SEED;
    for (let i = 0; i < numHashes; i++) {
      s = mix32(s + 0x9e3779b9);
      seeds[i] = s;
    }
    seedCache.set(numHashes, seeds);
  }
  return seeds;
}

/**
 * MinHash signature of a set of shingle hashes: for each of `numHashes` permutations
 * (mix32 of the hash xor a seed, a bijection), the minimum permuted value.
 * @param shingles shingle hashes (repeats do not matter)
 * @param numHashes signature length (default 128)
 * @returns the signature; all 0xffffffff for an empty set
 */
export function minhashSignature(shingles: Uint32Array, numHashes = DEFAULT_NUM_HASHES): Uint32Array {
  const seeds = seedsFor(numHashes);
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] ?? 0;
    for (let i = 0; i < numHashes; i++) {
      const v = mix32(x ^ (seeds[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

/** Share of equal positions of two signatures: an estimate of the Jaccard similarity of the sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) equal++;
  return equal / n;
}
