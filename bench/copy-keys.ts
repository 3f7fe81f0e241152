/** A band key (`b07:1a2b3c4d`) or a fingerprint key (`f:1a2b3c4d`), split at its value. */
const SKETCH_KEY = /^(b\d+:|f:)([0-9a-f]{8})$/;

/**
 * A stand-in for another document of a bigger corpus, made from a stored document's keys, for
 * lookups at sizes no corpus here has (1M documents from the 100k corpus's keys). Copy `copy`
 * (≥ 1) of a document keeps its term and anchor keys (a bigger corpus of the same vocabulary:
 * a term's postings grow with the copies) and XORs the 32-bit hex value of each band and
 * fingerprint key with a mask of its own, so each copy's sketch keys are new keys with the
 * postings the original's had: a planted family stays a family within its copy, and is
 * distinct from the other copies. It does not make new vocabulary, nor the chance overlaps of
 * 32-bit sketch values a corpus of that size would have.
 * @param keys the original document's keys
 * @param copy which copy; 0 returns the keys unchanged
 */
export function copyKeys(keys: readonly string[], copy: number): string[] {
  if (copy === 0) return [...keys];
  const mask = Math.imul(copy, 0x9e3779b1) >>> 0 || 1;
  return keys.map((key) => {
    const match = SKETCH_KEY.exec(key);
    if (match === null) return key;
    const [, prefix = '', hex = ''] = match;
    return `${prefix}${((Number.parseInt(hex, 16) ^ mask) >>> 0).toString(16).padStart(8, '0')}`;
  });
}

/** The id of copy `copy` of a document (`copy` 0: the id itself). */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}~${copy}`;
}
