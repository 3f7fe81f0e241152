import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { capMarkup } from './cap-markup.js';
import { htmlBlocksToText } from './html-blocks-to-text.js';
import { extractHtmlMetadata, type HtmlMetadata } from './html-metadata.js';
import { ensureHtmlSkeleton } from './html-skeleton.js';
import { DEFAULT_INGEST_OPTIONS } from './ingest-options.js';

/** Main text of a page, its metadata, and what went wrong on the way. */
export interface ExtractedHtml extends HtmlMetadata {
  /** Blocks separated by blank lines; empty when the page has no text at all. */
  text: string;
  warnings: string[];
}

/**
 * Reduces a page to its main text with Readability (run on linkedom), keeping one block per
 * paragraph or line. When Readability finds no article (broken or tiny pages), the whole body
 * is read by blocks instead, with a warning. Markup over `maxChars` characters is cut first,
 * with a warning (see {@link capMarkup}).
 * @param html page markup (a full page or a fragment)
 * @param maxChars the most markup parsed (the ingest option `maxChars`; default 5,000,000)
 * @returns text, metadata and warnings; never throws for bad markup
 */
export function extractHtml(html: string, maxChars: number = DEFAULT_INGEST_OPTIONS.maxChars): ExtractedHtml {
  const capped = capMarkup(html, maxChars);
  const markup = ensureHtmlSkeleton(capped.markup);
  const warnings: string[] = capped.warning === undefined ? [] : [capped.warning];
  const { document } = parseHTML(markup);
  const metadata = extractHtmlMetadata(document);
  let text = '';
  try {
    // Serializing to a node instead of an HTML string saves a re-parse and keeps the blocks.
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (article?.content !== undefined && article.content !== null) text = htmlBlocksToText(article.content);
  } catch (error) {
    warnings.push(`readability failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === '') {
    // Readability rewrote the first document, so read the body from a fresh parse.
    const fresh = parseHTML(markup).document;
    text = htmlBlocksToText(fresh.body ?? fresh.documentElement);
    if (text !== '') warnings.push('main text not found by readability; used the whole page');
  }
  return { ...metadata, text, warnings };
}
