import type { BoilerplateLine, LanguageCode } from '../text/types.js';
import { compareIds } from './compare-ids.js';
import { bytesToSignature, signatureToBytes } from './signature-bytes.js';
import type { StoredDocument } from './store.js';

/** A row of the `documents` table; absent optional fields are NULL. */
export interface DocumentRow {
  id: string;
  content_hash: string;
  format: StoredDocument['format'];
  title: string | null;
  url: string | null;
  date: string | null;
  site: string | null;
  language: LanguageCode;
  text: string;
  clean_text: string;
  boilerplate: string;
  warnings: string;
  signature: Uint8Array;
  /** The document's index keys: a JSON array without duplicates, in the order given (sorted when read back; their postings are in the levels' tables). */
  keys: string;
}

/**
 * Turns a document into its row (keys without duplicates, not sorted: they are sorted when
 * read, which is rarer than writing; their postings are written apart, in the levels' tables).
 * @param doc the document
 * @param keys its keys' JSON as {@link keysJson} writes it, when already made (`EncodedKeys`)
 * @returns the row, with JSON for the list fields and bytes for the signature
 */
export function documentToRow(doc: StoredDocument, keys?: string): DocumentRow {
  return {
    id: doc.id,
    content_hash: doc.contentHash,
    format: doc.format,
    title: doc.title ?? null,
    url: doc.url ?? null,
    date: doc.date ?? null,
    site: doc.site ?? null,
    language: doc.language,
    text: doc.text,
    clean_text: doc.cleanText,
    boilerplate: JSON.stringify(doc.boilerplate),
    warnings: JSON.stringify(doc.warnings),
    signature: signatureToBytes(doc.signature),
    keys: keys ?? keysJson(doc.keys),
  };
}

/**
 * A key list as the row keeps it: JSON, each key once, in the order given. The pipeline gives
 * its keys sorted and distinct (flattenKeys), and a strictly ascending list has no repeats, so
 * it is written as it is: building a Set of a document's ≈ 280 fresh strings hashed every one
 * of them, which cost the main thread more than the JSON (≈ 26 µs against 22 µs a document).
 * @param keys a document's index keys
 * @returns the JSON array of its distinct keys, first occurrences kept
 */
export function keysJson(keys: readonly string[]): string {
  for (let i = 1; i < keys.length; i++) if (!((keys[i - 1] ?? '') < (keys[i] ?? ''))) return JSON.stringify([...new Set(keys)]);
  return JSON.stringify(keys);
}

/**
 * Turns a row back into a document; NULL optional fields stay absent.
 * @param row the `documents` row
 */
export function rowToDocument(row: DocumentRow): StoredDocument {
  // Sorted here: rows are written in the order given (and rows migrated from schema 3 were sorted by SQLite, UTF-8 bytes).
  const keys = (JSON.parse(row.keys) as string[]).sort(compareIds);
  const doc: StoredDocument = {
    id: row.id,
    contentHash: row.content_hash,
    format: row.format,
    language: row.language,
    text: row.text,
    cleanText: row.clean_text,
    boilerplate: JSON.parse(row.boilerplate) as BoilerplateLine[],
    warnings: JSON.parse(row.warnings) as string[],
    signature: bytesToSignature(row.signature),
    keys,
  };
  if (row.title !== null) doc.title = row.title;
  if (row.url !== null) doc.url = row.url;
  if (row.date !== null) doc.date = row.date;
  if (row.site !== null) doc.site = row.site;
  return doc;
}
