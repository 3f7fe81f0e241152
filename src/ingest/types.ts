/** What a reader yields: one document as found in the input, before any text processing. */
export interface RawDocument {
  /** Stable id: path relative to the input root (forward slashes), or the JSONL `id`. */
  id: string;
  /** Plain text of the document body (HTML already reduced to its main text). */
  text: string;
  /** Hex SHA-256 of `text` after NFC; equal hashes mean exact duplicates. */
  contentHash: string;
  /** Input format the document was read from. */
  format: 'txt' | 'md' | 'html' | 'jsonl' | 'warc' | 'feed';
  title?: string;
  url?: string;
  /** ISO 8601 date (publication date from metadata), if known. */
  date?: string;
  /** Site or outlet name (HTML site name, JSONL `source`, or the url's host). */
  site?: string;
  /** Language given by the input (JSONL `language`, `<html lang>`), not yet verified. */
  declaredLanguage?: string;
  /** Warnings about this document that did not stop it from being read (truncation, guessed encoding). */
  warnings: string[];
}

/** A problem with one input item; the batch goes on. */
export interface IngestWarning {
  /** Document id or path the warning is about. */
  document: string;
  message: string;
}

export type IngestItem =
  | { kind: 'document'; document: RawDocument }
  | { kind: 'warning'; warning: IngestWarning };

/** The item that warns about a document or record and lets the batch go on. */
export function ingestWarning(document: string, message: string): IngestItem {
  return { kind: 'warning', warning: { document, message } };
}

export interface IngestOptions {
  /** Maximum characters of text kept per document; longer text is truncated with a warning. Default 5,000,000. */
  maxChars?: number;
  /** Files (and stdin) larger than this many bytes are refused with a warning (streamed WARC files excepted). Default 200 MB. */
  maxFileBytes?: number;
  /**
   * Cap on bytes inflated from one compressed input (a `.gz` file, a compressed HTTP payload in
   * a WARC record); past it the input is refused as a likely decompression bomb. A streamed
   * WARC.gz may inflate further only at a plausible compression ratio. Default 10 × `maxChars`.
   */
  maxInflatedBytes?: number;
}

/** A reader for one input format. */
export interface DocumentReader {
  /** Short format name used in messages. */
  readonly format: RawDocument['format'];
  /** True when this reader handles the file, judged by its name (lowercased) and first bytes. */
  accepts(fileName: string, head: Uint8Array): boolean;
  /** Reads one input; `id` is the id the input gets (relative path). Yields documents and warnings. */
  read(bytes: Uint8Array, id: string, options: Required<IngestOptions>): AsyncIterable<IngestItem> | Iterable<IngestItem>;
  /**
   * Reads a file as a stream instead of whole, for inputs too big for memory (WARC, large JSON
   * Lines exports). A streamed file is not bound by `maxFileBytes`; the reader bounds its own memory.
   */
  readStream?(chunks: AsyncIterable<Uint8Array>, id: string, options: Required<IngestOptions>): AsyncIterable<IngestItem>;
  /**
   * When files go to `readStream`: `always` (containers such as WARC), or `large` (only files over
   * `maxFileBytes`; smaller ones are read whole, as `read` decodes a whole file best). Default `always`.
   */
  readonly streams?: 'always' | 'large';
}
