import { keyHash } from './sqlite-key-hash.js';
import type { StoredDocument } from './store.js';

/**
 * A document's index keys as a SQLite store writes them: the row's JSON list and each key's
 * hash, in order. Made on the worker thread that made the keys, so that the ≈ 280 key strings
 * of a document do not cross to the main thread (a structured clone of each, then a second walk
 * over them there for the JSON and the hashes): the main thread gets one string and one typed
 * array, and builds the strings only if something asks for `keys`.
 */
export interface EncodedKeys {
  /** The row's `keys` column: `JSON.stringify(keys)`. */
  json: string;
  /** `keyHash` of each key, in the same order. */
  hashes: Float64Array;
}

/**
 * The encoding of a key list, when the list is strictly ascending (as the pipeline's are, see
 * `flattenKeys`): then it holds no repeats, so the JSON is the row's as `keysJson` would write it
 * and parsing it gives the same list back. Undefined for any other list (it is sent as strings).
 * @param keys a document's index keys
 */
export function encodeKeys(keys: readonly string[]): EncodedKeys | undefined {
  const hashes = new Float64Array(keys.length);
  let previous: string | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (previous !== undefined && !(previous < key)) return undefined;
    hashes[i] = keyHash(key);
    previous = key;
  }
  return { json: JSON.stringify(keys), hashes };
}

// Encodings of documents whose `keys` nobody has read or replaced since.
const encodings = new WeakMap<StoredDocument, EncodedKeys>();

/**
 * Gives a document whose key strings were left behind their encoded keys back: `doc.keys`
 * becomes a property that parses the JSON on first read. Until then a SQLite store writes the
 * encoding as it is ({@link encodedKeysOf}); any other reader gets the same list as before.
 * @param doc a document (its `keys` is replaced)
 * @param encoded its keys, from {@link encodeKeys}
 */
export function readKeysLazily(doc: StoredDocument, encoded: EncodedKeys): void {
  encodings.set(doc, encoded);
  const settle = (keys: string[]): string[] => {
    // Once handed out the list may change in place: the encoding no longer speaks for it.
    encodings.delete(doc);
    Object.defineProperty(doc, 'keys', { value: keys, writable: true, enumerable: true, configurable: true });
    return keys;
  };
  Object.defineProperty(doc, 'keys', {
    get: () => settle(JSON.parse(encoded.json) as string[]),
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

/**
 * The encoding of a document's keys when it has one and its `keys` was never read or replaced
 * (see {@link readKeysLazily}), else undefined.
 * @param doc a document
 */
export function encodedKeysOf(doc: StoredDocument): EncodedKeys | undefined {
  return encodings.get(doc);
}
