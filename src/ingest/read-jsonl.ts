import { buildDocument, type DocumentDraft } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';
import { isLanguageCode } from './language-tag.js';
import { normalizeDate } from './normalize-date.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/**
 * Reads JSON Lines: one object per line with `id`, `text` or `html`, and optional `title`,
 * `url`, `date`, `source` (site) and `language`. A bad line becomes a warning naming
 * `<file>:<line>` and the following lines are still read. A file over `maxFileBytes` (a crawl
 * export of millions of lines) is read line by line as a stream instead of whole.
 */
export const jsonlReader: DocumentReader = {
  format: 'jsonl',
  accepts: (fileName) => fileName.endsWith('.jsonl') || fileName.endsWith('.ndjson'),
  read: readJsonl,
  readStream: readJsonlStream,
  streams: 'large',
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

const NEWLINE = 0x0a;

/**
 * The streamed form of {@link readJsonl}: lines are cut from the byte stream and decoded one by
 * one as UTF-8 (JSON's encoding); a line that is not UTF-8 is decoded by guessing, as a whole
 * file would be, with the guess's warning given once per file. Only one line is held at a time,
 * and a line longer than `maxFileBytes` is skipped with a warning.
 */
async function* readJsonlStream(chunks: AsyncIterable<Uint8Array>, fileId: string, options: Required<IngestOptions>): AsyncGenerator<IngestItem> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const warned = new Set<string>();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  let sawContent = false;
  function* finishLine(): Generator<IngestItem> {
    lineNumber++;
    const parts = pending;
    const tooLong = pendingBytes > options.maxFileBytes;
    pending = [];
    pendingBytes = 0;
    if (tooLong) {
      sawContent = true;
      yield ingestWarning(`${fileId}:${lineNumber}`, `line too large (more than ${options.maxFileBytes} bytes), skipped`);
      return;
    }
    const bytes = parts.length === 1 && parts[0] !== undefined ? parts[0] : Buffer.concat(parts);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) {
        sawContent = true;
        yield ingestWarning(`${fileId}:${lineNumber}`, decoded.reason);
        return;
      }
      for (const message of decoded.warnings) if (!warned.has(message)) {
        warned.add(message);
        yield ingestWarning(fileId, message);
      }
      text = decoded.text;
    }
    const line = text.trim();
    if (line === '') return;
    sawContent = true;
    yield readLine(line, fileId, lineNumber, options);
  }
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, end));
      yield* finishLine();
      start = end + 1;
    }
    keep(chunk.subarray(start));
  }
  if (pendingBytes > 0) yield* finishLine();
  if (!sawContent) yield ingestWarning(fileId, 'empty document, skipped');

  // Bytes of the line being cut; past the limit only the count grows, so memory stays bounded.
  function keep(part: Uint8Array): void {
    if (part.length === 0) return;
    if (pendingBytes + part.length <= options.maxFileBytes) pending.push(Uint8Array.from(part));
    pendingBytes += part.length;
  }
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
    const page = extractHtml(html, options.maxChars);
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
  const language = stringOf(record['language']);
  if (language !== undefined && !isLanguageCode(language)) {
    warnings.push(`language ${JSON.stringify(language)} at ${where} is not a language code; the language is detected from the text`);
  }
  draft.declaredLanguage = language ?? draft.declaredLanguage;
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
