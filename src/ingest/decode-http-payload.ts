import { AsyncIterReader } from 'warcio';
import { inflateWithCap, type Compression } from './inflate-gzip.js';

/** `Content-Encoding` names and the compression each stands for. */
const CONTENT_ENCODINGS: Readonly<Record<string, Compression>> = {
  gzip: 'gzip',
  'x-gzip': 'gzip',
  deflate: 'deflate',
  br: 'br',
};

/**
 * Undoes the HTTP transfer and content encodings of a payload as a WARC stores it (raw off the
 * wire): chunked framing by warcio's de-chunker, compression by zlib with the inflation cap, so
 * a compressed bomb inside a crawl is refused like a `.gz` file.
 * @param raw the payload bytes after the HTTP headers
 * @param headers `Transfer-Encoding` and `Content-Encoding` header values, if present
 * @param maxInflatedBytes cap on inflated bytes
 * @returns the entity body
 * @throws InflateLimitError past the cap; an Error naming an unsupported content encoding; zlib's error for corrupt data
 */
export async function decodeHttpPayload(
  raw: Uint8Array,
  headers: { transferEncoding?: string | undefined; contentEncoding?: string | undefined },
  maxInflatedBytes: number,
): Promise<Uint8Array> {
  let body = raw;
  if (headers.transferEncoding !== undefined && /\bchunked\b/i.test(headers.transferEncoding)) {
    body = await new AsyncIterReader([raw], null, true).readFully();
  }
  // Applied in order, so undone in reverse (`gzip, br` was gzipped first).
  const codings = (headers.contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .reverse();
  for (const coding of codings) {
    const compression = CONTENT_ENCODINGS[coding];
    if (compression === undefined) throw new Error(`unsupported Content-Encoding ${coding}`);
    body = await inflateWithCap(body, compression, maxInflatedBytes);
  }
  return body;
}
