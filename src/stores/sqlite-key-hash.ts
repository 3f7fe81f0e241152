/**
 * Index keys are stored in SQLite as 53-bit integers (schema v6; v8: 52 bits and a resident half): a posting row is two
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

/** 2^32: a 53-bit key hash is `high * TWO_32 + low`. */
export const TWO_32 = 0x1_0000_0000;

/** A 32-bit avalanche step (every input bit flips about half the output bits). */
function avalanche(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 2^52: resident keys' hashes are at or above it, every other key's below it (schema v8; v9: fingerprints too). */
export const RESIDENT_FLOOR = 2 ** 52;

/**
 * Whether a key is resident: an LSH band key (`b<band>:<hex>`, src/sketch/lsh.ts) or, from
 * schema v9, a fingerprint key (`f:<hex>`, src/candidates/index-keys.ts). These are what a
 * near-duplicate query asks (32 bands and ≈ 76 fingerprints a document, all at once), and each
 * has few postings, so their postings are worth keeping decoded in memory (≈ 108 pairs, ≈ 0.9 KB,
 * a document); their hashes are put in the top half of the range so that they sit together at
 * the end of every sorted run (sqlite-resident.ts), and a connection reads that tail alone.
 * Which keys are resident changes only where they are found, never an answer.
 */
export function isResidentKey(key: string): boolean {
  return isBandKey(key) || (key.charCodeAt(0) === 102 && key.charCodeAt(1) === 58);
}

/** Whether a key is an LSH band key: `b` and a digit. */
function isBandKey(key: string): boolean {
  const digit = key.charCodeAt(1);
  return key.charCodeAt(0) === 98 && digit >= 48 && digit <= 57;
}

/**
 * A hash of a key's UTF-16 code units, `32 + highBits` bits wide. Two independent multiply
 * lanes, each mixed with the other at the end, so the high bits and the 32 low bits both
 * depend on every character.
 */
function laneHash(key: string, highBits: number): number {
  let a = 0x9e3779b9 ^ key.length;
  let b = 0x7f4a7c15;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b ^ c) + (b >>> 7), 0x5bd1e995);
  }
  const low = avalanche(a ^ Math.imul(b, 0x27d4eb2f));
  const high = avalanche(Math.imul(b ^ avalanche(a), 0x165667b1) ^ low) >>> (32 - highBits);
  return high * TWO_32 + low;
}

/**
 * The stored integer of an index key: a 52-bit hash of its UTF-16 code units, plus
 * {@link RESIDENT_FLOOR} for a resident key, so in [0, 2^53).
 * @param key an index key
 * @returns a non-negative safe integer; equal keys always give equal numbers
 */
export function keyHash(key: string): number {
  return (isResidentKey(key) ? RESIDENT_FLOOR : 0) + laneHash(key, 20);
}

/**
 * The 53-bit hash schemas 6 and 7 stored (no resident half): migration 6 writes it, and
 * migration 8 drops every posting made with it. Kept so that an old store migrates through
 * the steps as they shipped.
 */
export function keyHashV6(key: string): number {
  return laneHash(key, 21);
}

/**
 * The hash schema 8 stored: band keys resident, fingerprint keys in the lower half. No
 * migration needs it (migration 9 writes every posting again from the documents' rows); tests
 * build a v8 store with it to check that step.
 */
export function keyHashV8(key: string): number {
  return (isBandKey(key) ? RESIDENT_FLOOR : 0) + laneHash(key, 20);
}
