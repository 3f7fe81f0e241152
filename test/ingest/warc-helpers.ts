import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/** One record to write: a `response` with an HTTP status line and headers, or another WARC type. */
export interface TestRecord {
  type?: 'response' | 'request' | 'metadata' | 'warcinfo' | 'revisit' | 'resource';
  url: string;
  date?: string;
  contentType?: string;
  status?: string;
  /** Extra HTTP headers (e.g. Content-Encoding). */
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

/**
 * Writes records with warcio's own serializer, so the reader is tested against what the
 * library (not our idea of the format) produces.
 * @param records records in file order
 * @param gzip one gzip member per record, as crawlers write `.warc.gz`
 * @returns the whole WARC file
 */
export async function makeWarc(records: TestRecord[], gzip: boolean): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const spec of records) {
    const body = typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : spec.body;
    const type = spec.type ?? 'response';
    const hasHttp = type === 'response' || type === 'request' || type === 'revisit';
    const opts: Parameters<typeof WARCRecord.create>[0] = { url: spec.url, date: spec.date ?? '2024-03-01T10:00:00Z', type };
    if (hasHttp) {
      opts.statusline = type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${spec.status ?? '200 OK'}`;
      opts.httpHeaders = { 'Content-Type': spec.contentType ?? 'text/html; charset=utf-8', ...spec.headers };
    } else {
      opts.warcHeaders = { 'Content-Type': spec.contentType ?? 'text/html' };
    }
    const record = WARCRecord.create(opts, [body]);
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

/** Gzips `prefix` followed by `zeros` zero bytes without ever holding the zeros in memory at once. */
export async function gzipWithZeros(prefix: Uint8Array, zeros: number, suffix: Uint8Array, level = 9): Promise<Buffer> {
  const gzip = createGzip({ level });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(gzip, 'end');
  gzip.write(prefix);
  const block = Buffer.alloc(1 << 20);
  for (let written = 0; written < zeros; written += block.length) {
    if (!gzip.write(block.subarray(0, Math.min(block.length, zeros - written)))) await once(gzip, 'drain');
  }
  gzip.end(suffix);
  await ended;
  return Buffer.concat(out);
}
