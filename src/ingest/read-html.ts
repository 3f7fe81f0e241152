import { buildDocument } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';
import { findHtmlCharset } from './find-html-charset.js';
import type { DocumentReader, IngestItem, IngestOptions } from './types.js';

/** Reads `.html`/`.htm`/`.xhtml` pages: main text by Readability, metadata from the markup. */
export const htmlReader: DocumentReader = {
  format: 'html',
  accepts: (fileName) => /\.(?:html?|xhtml)$/.test(fileName),
  read: (bytes, id, options) => [readHtml(bytes, id, options)],
};

function readHtml(bytes: Uint8Array, id: string, options: Required<IngestOptions>): IngestItem {
  const declaredCharset = findHtmlCharset(bytes);
  const decoded = decodeBytes(bytes, declaredCharset === undefined ? {} : { declaredCharset });
  if (!decoded.ok) return { kind: 'warning', warning: { document: id, message: decoded.reason } };
  const page = extractHtml(decoded.text);
  return buildDocument({ ...page, id, format: 'html', warnings: [...decoded.warnings, ...page.warnings] }, options);
}
