import { LimitReader, type WARCRecord } from 'warcio';
import { decodeHttpPayload } from './decode-http-payload.js';
import { InflateLimitError } from './inflate-gzip.js';
import { normalizeDate } from './normalize-date.js';
import { readHtmlPage } from './read-html.js';
import { readPlainText } from './read-txt.js';
import { type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/** What became of one WARC record. */
export type RecordOutcome =
  | { kind: 'item'; item: IngestItem }
  | { kind: 'skipped'; reason: string }
  /** The file ended inside the record; nothing after it can be read. */
  | { kind: 'truncated'; warning: IngestItem };

/** Payload types read as HTML; `text/plain` is read as text; everything else is skipped. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Turns one `response` (or `resource`) record into a document: HTML through the HTML path,
 * plain text as text, the HTTP charset winning over the page's own; other record types and
 * payloads are skipped with a reason for the file's summary. The record body is always
 * consumed here, so the parser never has to skip a record that ends early (warcio's skip
 * would wait forever for the missing bytes).
 * @param record the record as the parser yields it
 * @param where the record's id (see {@link recordId}), used for its document and its warnings
 * @param options resolved ingest options
 * @returns a document or warning, a skip reason, or a truncation warning
 */
export async function readWarcRecord(record: WARCRecord, where: string, options: Required<IngestOptions>): Promise<RecordOutcome> {
  // warcio takes whatever line comes next for a record; junk between records is not one.
  const firstLine = record.warcHeaders.statusline;
  if (!firstLine.startsWith('WARC/')) return problem(record, where, `not a WARC record (starts with ${JSON.stringify(firstLine.slice(0, 40))}), skipped`);
  const type = record.warcType as string | undefined;
  if (type !== 'response' && type !== 'resource') return skip(record, where, type ?? 'untyped');
  const http = record.httpHeaders;
  if (type === 'response') {
    if (http === null) return problem(record, where, 'response without HTTP headers (corrupt record), skipped');
    const status = Number(http.statusCode);
    if (!(status >= 200 && status < 300)) return skip(record, where, `HTTP ${Number.isNaN(status) ? '?' : status} response`);
  }
  const contentType = (type === 'response' ? http?.headers.get('content-type') : record.warcContentType) ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const isHtml = HTML_TYPES.has(mime);
  if (!isHtml && mime !== 'text/plain') return skip(record, where, `non-HTML ${type} (${mime === '' ? 'no Content-Type' : mime})`);
  if (record.warcContentLength > options.maxFileBytes) {
    return problem(record, where, `record too large (${record.warcContentLength} bytes > ${options.maxFileBytes}), skipped`);
  }

  const { bytes, missing } = await readBody(record);
  if (missing > 0) return { kind: 'truncated', warning: ingestWarning(where, `record truncated (${missing} bytes missing at the end of the file), skipped`) };
  let body: Uint8Array;
  try {
    body = await decodeHttpPayload(
      bytes,
      { transferEncoding: http?.headers.get('transfer-encoding') ?? undefined, contentEncoding: http?.headers.get('content-encoding') ?? undefined },
      options.maxInflatedBytes,
    );
  } catch (error) {
    const detail = error instanceof InflateLimitError ? error.message : `payload not decodable (${error instanceof Error ? error.message : String(error)})`;
    return { kind: 'item', item: ingestWarning(where, `${detail}, skipped`) };
  }

  const uri = record.warcTargetURI ?? undefined;
  const date = normalizeDate(record.warcDate ?? undefined);
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  const item = isHtml
    ? readHtmlPage(body, where, options, { format: 'warc', charset, url: uri, fallbackDate: date })
    : readPlainText(body, where, options, { format: 'warc', charset, url: uri, date });
  return { kind: 'item', item };
}

/**
 * A capture is named by its URL and capture time: stable across runs, and two captures of
 * one page (two versions of a story) stay two documents.
 * @param uri `WARC-Target-URI`
 * @param warcDate `WARC-Date` as written
 * @param fallback name used when the record has no URI (file and offset)
 * @returns `uri@date`, `uri`, or `fallback`
 */
export function recordId(uri: string | undefined, warcDate: string | undefined, fallback: string): string {
  if (uri === undefined || uri === '') return fallback;
  return warcDate === undefined || warcDate === '' ? uri : `${uri}@${warcDate}`;
}

async function skip(record: WARCRecord, where: string, reason: string): Promise<RecordOutcome> {
  const { missing } = await readBody(record, false);
  if (missing > 0) return { kind: 'truncated', warning: ingestWarning(where, `record truncated (${missing} bytes missing at the end of the file)`) };
  return { kind: 'skipped', reason };
}

async function problem(record: WARCRecord, where: string, message: string): Promise<RecordOutcome> {
  const { missing } = await readBody(record, false);
  if (missing > 0) return { kind: 'truncated', warning: ingestWarning(where, `record truncated (${missing} bytes missing at the end of the file)`) };
  return { kind: 'item', item: ingestWarning(where, message) };
}

/** Reads (or, with `keep` false, just drains) the record body and says how many declared bytes never came. */
async function readBody(record: WARCRecord, keep = true): Promise<{ bytes: Uint8Array; missing: number }> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of record.reader) if (keep) chunks.push(chunk);
  const missing = record.reader instanceof LimitReader ? Math.max(0, record.reader.limit) : 0;
  return { bytes: Buffer.concat(chunks), missing };
}

