import { contentHash } from './content-hash.js';
import { type IngestItem, type IngestOptions, type RawDocument, ingestWarning } from './types.js';

/** What a reader found before the shared finishing steps; `undefined` fields are dropped. */
export interface DocumentDraft {
  id: string;
  text: string;
  format: RawDocument['format'];
  title?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  site?: string | undefined;
  declaredLanguage?: string | undefined;
  warnings?: string[];
}

/**
 * Finishes a reader's draft the same way for every format: unifies line endings, refuses an
 * empty text, truncates text beyond `maxChars` (with a warning on the document), fills `site`
 * from the url's host when missing, and hashes the final text.
 * @param draft text and metadata found by a reader
 * @param options resolved ingest options (`maxChars`)
 * @returns one document item, or one warning item when the text is empty
 */
export function buildDocument(draft: DocumentDraft, options: Required<IngestOptions>): IngestItem {
  const warnings = [...(draft.warnings ?? [])];
  let text = draft.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return ingestWarning(draft.id, 'empty document, skipped');
  }
  if (text.length > options.maxChars) {
    const originalLength = text.length;
    text = truncate(text, options.maxChars);
    warnings.push(`text truncated from ${originalLength} to ${text.length} characters (maxChars ${options.maxChars})`);
  }
  const document: RawDocument = { id: draft.id, text, contentHash: contentHash(text), format: draft.format, warnings };
  const title = clean(draft.title);
  const url = clean(draft.url);
  const date = clean(draft.date);
  const site = clean(draft.site) ?? hostOf(url);
  const declaredLanguage = clean(draft.declaredLanguage);
  if (title !== undefined) document.title = title;
  if (url !== undefined) document.url = url;
  if (date !== undefined) document.date = date;
  if (site !== undefined) document.site = site;
  if (declaredLanguage !== undefined) document.declaredLanguage = declaredLanguage;
  return { kind: 'document', document };
}

/** Cuts at `maxChars` but never between the two halves of a surrogate pair. */
function truncate(text: string, maxChars: number): string {
  const last = text.charCodeAt(maxChars - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
