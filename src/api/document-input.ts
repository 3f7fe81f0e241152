import { buildDocument, extractHtml, isLanguageCode, normalizeDate, resolveIngestOptions, type DocumentDraft, type IngestItem, type IngestOptions } from '../ingest/index.js';

/** A document as POSTed (already validated against `documentSchema`). */
export interface DocumentInput {
  id: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  date?: string;
  site?: string;
  language?: string;
}

/**
 * Turns a posted document into an ingest item with the ingest stage's own helpers, so a
 * document sent to the API is read exactly like the same document in a JSONL file: HTML is
 * reduced to its main text, fields given explicitly win over what the markup claims, an
 * unreadable date is dropped with a warning, a `language` that is no language code is warned
 * about, and an empty text is a warning, not a document.
 */
export function documentFromInput(input: DocumentInput, options: IngestOptions = {}): IngestItem {
  const warnings: string[] = [];
  const resolved = resolveIngestOptions(options);
  const draft: DocumentDraft = { id: input.id, text: input.text ?? '', format: input.text !== undefined ? 'txt' : 'html', warnings };
  if (input.text === undefined && input.html !== undefined) {
    const page = extractHtml(input.html, resolved.maxChars);
    Object.assign(draft, { text: page.text, title: page.title, url: page.url, date: page.date, site: page.site, declaredLanguage: page.declaredLanguage });
    warnings.push(...page.warnings);
  }
  const date = normalizeDate(input.date);
  if (input.date !== undefined && date === undefined) warnings.push(`unreadable date ${JSON.stringify(input.date)} ignored`);
  draft.title = input.title ?? draft.title;
  draft.url = input.url ?? draft.url;
  draft.date = date ?? draft.date;
  draft.site = input.site ?? draft.site;
  if (input.language !== undefined && !isLanguageCode(input.language)) {
    warnings.push(`language ${JSON.stringify(input.language)} is not a language code; the language is detected from the text`);
  }
  draft.declaredLanguage = input.language ?? draft.declaredLanguage;
  return buildDocument(draft, resolved);
}
