import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { bytesToSignature, signatureToBytes } from './signature-bytes.js';
import type { StoredDocument } from './store.js';

/** A document as the Redis store writes it: compressed data JSON, signature bytes, compressed keys JSON. */
export interface EncodedDocument {
  hash: string;
  data: Buffer;
  signature: Buffer;
  keys: Buffer;
}

type DocumentData = Omit<StoredDocument, 'id' | 'contentHash' | 'signature' | 'keys'>;

// Raw deflate: the data holds the text twice (as read and cleaned), within deflate's 32 KB
// window for news-sized documents, so the second copy costs little; text is most of a
// document hash's bytes in Redis, where every byte is RAM.
const pack = (json: string): Buffer => deflateRawSync(Buffer.from(json, 'utf8'));
const unpack = (bytes: Buffer): string => inflateRawSync(bytes).toString('utf8');

/** Compresses a document's sorted keys (they are read back only to remove its postings). */
export function encodeKeys(keys: readonly string[]): Buffer {
  return pack(JSON.stringify(keys));
}

/** Decodes what `encodeKeys` wrote. */
export function decodeKeys(bytes: Buffer): string[] {
  return JSON.parse(unpack(bytes)) as string[];
}

/**
 * Encodes a document; the signature stays binary (4 bytes per value) and uncompressed (it is
 * random), and the id lives in the key name, not the data.
 * @param keys the document's keys, already sorted and unique
 */
export function encodeDocument(doc: StoredDocument, keys: readonly string[]): EncodedDocument {
  const { id: _id, contentHash, signature, keys: _keys, ...data } = doc;
  const bytes = signatureToBytes(signature);
  return { hash: contentHash, data: pack(JSON.stringify(data satisfies DocumentData)), signature: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), keys: encodeKeys(keys) };
}

/** Decodes what `encodeDocument` wrote; optional fields absent there stay absent. */
export function decodeDocument(id: string, encoded: { hash: Buffer; data: Buffer; signature: Buffer; keys: Buffer }): StoredDocument {
  const data = JSON.parse(unpack(encoded.data)) as DocumentData;
  return {
    id,
    contentHash: encoded.hash.toString('utf8'),
    ...data,
    signature: bytesToSignature(encoded.signature),
    keys: decodeKeys(encoded.keys),
  };
}
