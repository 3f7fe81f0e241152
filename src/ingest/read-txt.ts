import { buildDocument } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { markdownToText } from './markdown-to-text.js';
import { normalizeDate } from './normalize-date.js';
import type { DocumentReader, IngestItem, IngestOptions } from './types.js';

/** Reads `.txt` files as they are (after encoding detection). */
export const txtReader: DocumentReader = {
  format: 'txt',
  accepts: (fileName) => fileName.endsWith('.txt'),
  read: (bytes, id, options) => [readPlainText(bytes, id, options)],
};

/** Reads `.md`/`.markdown` files with light Markdown clean-up; the first `# heading` is the title. */
export const markdownReader: DocumentReader = {
  format: 'md',
  accepts: (fileName) => fileName.endsWith('.md') || fileName.endsWith('.markdown'),
  read: (bytes, id, options) => [readMarkdown(bytes, id, options)],
};

function readPlainText(bytes: Uint8Array, id: string, options: Required<IngestOptions>): IngestItem {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { kind: 'warning', warning: { document: id, message: decoded.reason } };
  return buildDocument({ id, text: decoded.text, format: 'txt', warnings: decoded.warnings }, options);
}

function readMarkdown(bytes: Uint8Array, id: string, options: Required<IngestOptions>): IngestItem {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { kind: 'warning', warning: { document: id, message: decoded.reason } };
  const markdown = markdownToText(decoded.text);
  return buildDocument(
    { id, text: markdown.text, format: 'md', title: markdown.title, date: normalizeDate(markdown.date), warnings: decoded.warnings },
    options,
  );
}
