import type { PairList } from './sqlite-pair-sort.js';
import { keyHash } from './sqlite-key-hash.js';

/** A document's keys for {@link documentPairs}: as strings, or as their hashes already (`EncodedKeys`). */
export type DocumentKeys = { ordinal: number; keys: readonly string[] } | { ordinal: number; hashes: Float64Array };

/**
 * The postings of documents as (key hash, ordinal) pairs, in the given order.
 * @param docs documents in ascending ordinal order, with their keys or their keys' hashes
 */
export function documentPairs(docs: readonly DocumentKeys[]): PairList {
  const total = docs.reduce((sum, doc) => sum + ('hashes' in doc ? doc.hashes.length : doc.keys.length), 0);
  const keys = new Float64Array(total);
  const ordinals = new Uint32Array(total);
  let length = 0;
  for (const doc of docs) {
    if ('hashes' in doc) {
      keys.set(doc.hashes, length);
      ordinals.fill(doc.ordinal, length, length + doc.hashes.length);
      length += doc.hashes.length;
      continue;
    }
    for (const key of doc.keys) {
      keys[length] = keyHash(key);
      ordinals[length++] = doc.ordinal;
    }
  }
  return { keys, docs: ordinals, length };
}
