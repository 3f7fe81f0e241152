/**
 * Index keys are stored in SQLite as 53-bit integers (schema v6): a posting row is two
 * integers (≈ 16 bytes with its cell header) instead of the key text and the document id, its
 * B-tree compares integers, and JavaScript binds a number instead of converting a string to
 * UTF-8. 53 bits, not 64, so the hash is an exact JavaScript number (no BigInt per key).
 *
 * Collisions: two keys with the same hash share postings, so a lookup of one also returns the
 * other's documents and adds its count. The pipeline verifies every candidate against its
 * signature, so an extra document is rejected there; an added count can push a rare key over
 * the lookup limit, which drops that one key's ids (the document's other keys still find its
 * candidates). With K distinct keys stored, a looked-up key collides with probability ≈ K / 2^53:
 * ≈ 1e-8 at 1M documents (≈ 1e8 distinct keys), ≈ 1e-5 at 1B (≈ 1e11) — far below the
 * collisions already inside the keys, whose band and fingerprint values are 32-bit hashes.
 */

/** 2^32, to put the high lane above the low one. */
/** 2^32: a 53-bit key hash is `high * TWO_32 + low`. */
export const TWO_32 = 0x1_0000_0000;

/** A 32-bit avalanche step (every input bit flips about half the output bits). */
function avalanche(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The stored integer of an index key: a hash of its UTF-16 code units in [0, 2^53).
 * Two independent multiply lanes, each mixed with the other at the end, so the 21 high bits
 * and the 32 low bits both depend on every character.
 * @param key an index key
 * @returns a non-negative safe integer; equal keys always give equal numbers
 */
export function keyHash(key: string): number {
  let a = 0x9e3779b9 ^ key.length;
  let b = 0x7f4a7c15;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b ^ c) + (b >>> 7), 0x5bd1e995);
  }
  const low = avalanche(a ^ Math.imul(b, 0x27d4eb2f));
  const high = avalanche(Math.imul(b ^ avalanche(a), 0x165667b1) ^ low) >>> 11;
  return high * TWO_32 + low;
}
