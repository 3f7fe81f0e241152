import { bytesToSignature, signatureToBytes } from './signature-bytes.js';
import type { StoredDocument } from './store.js';

/** A document as the Redis store writes it: data JSON, signature bytes, keys JSON. */
export interface EncodedDocument {
  hash: string;
  data: string;
  signature: Buffer;
  keys: string;
}

type DocumentData = Omit<StoredDocument, 'id' | 'contentHash' | 'signature' | 'keys'>;

/**
 * Encodes a document; the signature stays binary (4 bytes per value) rather than JSON numbers
 * (up to 11 bytes each), and the id lives in the key name, not the data.
 * @param keys the document's keys, already sorted and unique
 */
export function encodeDocument(doc: StoredDocument, keys: readonly string[]): EncodedDocument {
  const { id: _id, contentHash, signature, keys: _keys, ...data } = doc;
  const bytes = signatureToBytes(signature);
  return { hash: contentHash, data: JSON.stringify(data satisfies DocumentData), signature: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), keys: JSON.stringify(keys) };
}

/** Decodes what `encodeDocument` wrote; optional fields absent there stay absent. */
export function decodeDocument(id: string, encoded: { hash: Buffer; data: Buffer; signature: Buffer; keys: Buffer }): StoredDocument {
  const data = JSON.parse(encoded.data.toString('utf8')) as DocumentData;
  return {
    id,
    contentHash: encoded.hash.toString('utf8'),
    ...data,
    signature: bytesToSignature(encoded.signature),
    keys: JSON.parse(encoded.keys.toString('utf8')) as string[],
  };
}
