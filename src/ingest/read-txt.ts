import { buildDocument } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { markdownToText } from './markdown-to-text.js';
import { normalizeDate } from './normalize-date.js';
import { type DocumentReader, type IngestItem, type IngestOptions, type RawDocument, ingestWarning } from './types.js';

/** Reads `.txt` files as they are (after encoding detection). */
export const txtReader: DocumentReader = {
  format: 'txt',
  accepts: (fileName) => fileName.endsWith('.txt'),
  read: (bytes, id, options) => [readPlainText(bytes, id, options)],
};

/** What a container knows about a plain-text document it carries. */
export interface PlainTextContext {
  format?: RawDocument['format'];
  /** Declared charset (HTTP `Content-Type`). */
  charset?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
}

/** Reads `.md`/`.markdown` files with light Markdown clean-up; the first `# heading` is the title. */
export const markdownReader: DocumentReader = {
  format: 'md',
  accepts: (fileName) => fileName.endsWith('.md') || fileName.endsWith('.markdown'),
  read: (bytes, id, options) => [readMarkdown(bytes, id, options)],
};

/**
 * Decodes plain text into one document.
 * @param bytes the text as stored
 * @param id document id
 * @param options resolved ingest options
 * @param context declared charset, url and date from a container, if any
 * @returns a document, or a warning when the bytes are binary, undecodable or empty
 */
export function readPlainText(bytes: Uint8Array, id: string, options: Required<IngestOptions>, context: PlainTextContext = {}): IngestItem {
  const decoded = decodeBytes(bytes, context.charset === undefined ? {} : { declaredCharset: context.charset });
  if (!decoded.ok) return ingestWarning(id, decoded.reason);
  const { format = 'txt', url, date } = context;
  return buildDocument({ id, text: decoded.text, format, url, date, warnings: decoded.warnings }, options);
}

function readMarkdown(bytes: Uint8Array, id: string, options: Required<IngestOptions>): IngestItem {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return ingestWarning(id, decoded.reason);
  const markdown = markdownToText(decoded.text);
  return buildDocument(
    { id, text: markdown.text, format: 'md', title: markdown.title, date: normalizeDate(markdown.date), warnings: decoded.warnings },
    options,
  );
}
