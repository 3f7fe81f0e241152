import type { StoredDocument } from '../stores/store.js';

/**
 * An analysed document as a worker posts it: the stored document with an empty `text` (the
 * main thread holds the text it sent and puts it back, instead of the largest field crossing
 * the thread boundary twice) and its keys joined by {@link KEY_SEPARATOR} into one string when
 * none holds it. A news document has ≈ 280 keys: as one string they are copied in one piece
 * each way, where the structured clone wrote and read 280 strings (the main thread, which also
 * writes the store, read them back at ≈ 0.1 µs each); the main thread splits them when it takes
 * the document.
 */
export type PostedDocument = Omit<StoredDocument, 'keys'> & { keys: string | string[] };

/** Joins a posted document's keys: no key holds it (else the list travels as it is). */
export const KEY_SEPARATOR = '\u0000';

/** The stored document, text emptied and keys joined, as a worker posts it. */
export function toPosted(stored: StoredDocument): PostedDocument {
  // An empty list stays a list: '' is the join of [''] alone.
  const joinable = stored.keys.length > 0 && stored.keys.every((k) => !k.includes(KEY_SEPARATOR));
  // Spread, then the two fields overwritten in place: the field order stays the stored one.
  return { ...stored, text: '', keys: joinable ? stored.keys.join(KEY_SEPARATOR) : stored.keys };
}

/** The stored document a worker posted, with its text put back. */
export function fromPosted(posted: PostedDocument, text: string): StoredDocument {
  const keys = posted.keys;
  return { ...posted, text, keys: typeof keys === 'string' ? keys.split(KEY_SEPARATOR) : keys };
}
