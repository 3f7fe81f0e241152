import { buildDocument, type DocumentDraft } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';
import { normalizeDate } from './normalize-date.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/**
 * Reads JSON Lines: one object per line with `id`, `text` or `html`, and optional `title`,
 * `url`, `date`, `source` (site) and `language`. A bad line becomes a warning naming
 * `<file>:<line>` and the following lines are still read.
 */
export const jsonlReader: DocumentReader = {
  format: 'jsonl',
  accepts: (fileName) => fileName.endsWith('.jsonl') || fileName.endsWith('.ndjson'),
  read: readJsonl,
};

function* readJsonl(bytes: Uint8Array, fileId: string, options: Required<IngestOptions>): Iterable<IngestItem> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield ingestWarning(fileId, decoded.reason);
    return;
  }
  for (const message of decoded.warnings) yield ingestWarning(fileId, message);
  const lines = decoded.text.split('\n');
  let sawContent = false;
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    sawContent = true;
    yield readLine(line, fileId, index + 1, options);
  }
  if (!sawContent) yield ingestWarning(fileId, 'empty document, skipped');
}

function readLine(line: string, fileId: string, lineNumber: number, options: Required<IngestOptions>): IngestItem {
  const where = `${fileId}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return ingestWarning(where, `malformed JSON line, skipped (${detail})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ingestWarning(where, 'line is not a JSON object, skipped');
  }
  const record = value as Record<string, unknown>;
  const warnings: string[] = [];
  let id = idOf(record['id']);
  if (id === undefined) {
    id = `${fileId}#${lineNumber}`;
    warnings.push(`no id field at ${where}; using ${id}`);
  }
  const rawText = record['text'];
  const rawHtml = record['html'];
  if (typeof rawText !== 'string' && typeof rawHtml !== 'string') {
    return ingestWarning(id, `no text or html field at ${where}, skipped`);
  }
  const text = stringOf(rawText);
  const html = stringOf(rawHtml);
  // A blank text goes on to buildDocument, which reports it as an empty document.
  const draft: DocumentDraft = { id, text: text ?? (typeof rawText === 'string' ? rawText : ''), format: 'jsonl', warnings };
  if (text === undefined && html !== undefined) {
    const page = extractHtml(html);
    Object.assign(draft, { text: page.text, title: page.title, url: page.url, date: page.date, site: page.site,
      declaredLanguage: page.declaredLanguage });
    warnings.push(...page.warnings);
  }
  // Fields given in the line describe the document better than what its markup claims.
  const rawDate = record['date'];
  const date = typeof rawDate === 'number' ? dateFromEpoch(rawDate) : normalizeDate(stringOf(rawDate));
  if (rawDate !== undefined && rawDate !== null && date === undefined) warnings.push(`unreadable date ${JSON.stringify(rawDate)} ignored`);
  draft.title = stringOf(record['title']) ?? draft.title;
  draft.url = stringOf(record['url']) ?? draft.url;
  draft.date = date ?? draft.date;
  draft.site = stringOf(record['source']) ?? draft.site;
  draft.declaredLanguage = stringOf(record['language']) ?? draft.declaredLanguage;
  return buildDocument(draft, options);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return stringOf(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Epoch numbers below 1e11 are seconds (1e11 s is the year 5138), larger ones milliseconds. */
function dateFromEpoch(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const date = new Date(Math.abs(value) < 1e11 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
