import { mix32 } from '../src/sketch/index.js';

// The sketch stage's MinHash before issue 6 (128 full permutations, one mix32 each), kept here
// only so the benchmark can report the speed-up of one-permutation hashing in the same run.
const SEED = 0x5eed_1e55;
const seeds = new Uint32Array(128);
{
  let s = SEED;
  for (let i = 0; i < seeds.length; i++) {
    s = mix32(s + 0x9e3779b9);
    seeds[i] = s;
  }
}

/**
 * 128-permutation MinHash of distinct shingle hashes (the pre-issue-6 algorithm).
 * @returns a fresh 128-value signature
 */
export function referenceMinhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(128).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] ?? 0;
    for (let i = 0; i < 128; i++) {
      const v = mix32(x ^ (seeds[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}
