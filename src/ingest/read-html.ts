import { buildDocument } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';
import { findHtmlCharset } from './find-html-charset.js';
import { type DocumentReader, type IngestItem, type IngestOptions, type RawDocument, ingestWarning } from './types.js';

/** Reads `.html`/`.htm`/`.xhtml` pages: main text by Readability, metadata from the markup. */
export const htmlReader: DocumentReader = {
  format: 'html',
  accepts: (fileName) => /\.(?:html?|xhtml)$/.test(fileName),
  read: (bytes, id, options) => [readHtmlPage(bytes, id, options)],
};

/** What a container knows about a page it carries (a WARC record's HTTP headers and WARC fields). */
export interface PageContext {
  /** Format recorded on the document; default `html`. */
  format?: RawDocument['format'];
  /** Charset from the HTTP `Content-Type`; wins over the page's own `<meta charset>`. */
  charset?: string | undefined;
  /** Where the page was fetched from; wins over the page's canonical link. */
  url?: string | undefined;
  /** Used when the page states no publication date of its own (e.g. the capture date). */
  fallbackDate?: string | undefined;
}

/**
 * Decodes one HTML page (HTTP charset, else `<meta charset>`, else detection) and reduces it
 * to a document.
 * @param bytes the page as served
 * @param id document id
 * @param options resolved ingest options
 * @param context what the container knows about the page
 * @returns a document, or a warning when the page is binary, undecodable or empty
 */
export function readHtmlPage(bytes: Uint8Array, id: string, options: Required<IngestOptions>, context: PageContext = {}): IngestItem {
  const declaredCharset = context.charset ?? findHtmlCharset(bytes);
  const decoded = decodeBytes(bytes, declaredCharset === undefined ? {} : { declaredCharset });
  if (!decoded.ok) return ingestWarning(id, decoded.reason);
  const page = extractHtml(decoded.text, options.maxChars);
  return buildDocument(
    {
      ...page,
      id,
      format: context.format ?? 'html',
      url: context.url ?? page.url,
      date: page.date ?? context.fallbackDate,
      warnings: [...decoded.warnings, ...page.warnings],
    },
    options,
  );
}
