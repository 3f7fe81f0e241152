import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliDecompress, createGunzip, gunzip, inflate } from 'node:zlib';

/** How far a gzip stream may inflate. */
export interface InflateLimits {
  /** Inflated bytes allowed unconditionally. */
  maxBytes: number;
  /**
   * When set, inflating beyond `maxBytes` goes on as long as inflated / compressed stays at or
   * below this ratio. Made for streamed containers (WARC.gz) whose size is legitimately
   * unbounded; a bomb (zeros deflate about 1000:1) still trips it.
   */
  maxRatioBeyond?: number;
}

/** Thrown when a gzip stream inflates past its {@link InflateLimits}: most likely a decompression bomb. */
export class InflateLimitError extends Error {
  /**
   * @param inflated bytes inflated when the limit was hit
   * @param compressed compressed bytes consumed by then
   * @param limits the limits that were exceeded
   */
  constructor(
    readonly inflated: number,
    readonly compressed: number,
    readonly limits: InflateLimits,
  ) {
    const ratio = limits.maxRatioBeyond === undefined ? '' : ` at a ratio above ${limits.maxRatioBeyond}:1`;
    super(`decompressed size exceeds ${limits.maxBytes} bytes${ratio} (possible decompression bomb)`);
    this.name = 'InflateLimitError';
  }
}

/** The two magic bytes every gzip member starts with. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Inflates a gzip stream (all members, as WARC.gz writes one per record) chunk by chunk with
 * Node's zlib, counting as it goes and stopping the moment the limits are passed, so a bomb
 * costs at most about `maxBytes` of work and one chunk of memory.
 * @param source compressed bytes, e.g. a file read stream
 * @param limits byte cap and optional ratio allowance beyond it
 * @returns an async stream of inflated chunks
 * @throws InflateLimitError past the limits; zlib's error for corrupt or truncated data
 */
export async function* inflateGzip(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: InflateLimits,
): AsyncGenerator<Uint8Array> {
  let compressed = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      compressed += chunk.length;
      yield chunk;
    }
  }
  const gunzip = createGunzip();
  const piped = pipeline(Readable.from(counted(), { objectMode: false }), gunzip);
  // Leaving early destroys the gunzip stream; the pipeline then rejects, which is expected.
  piped.catch(() => undefined);
  let inflated = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    inflated += chunk.length;
    if (inflated > limits.maxBytes) {
      const ratioAllows = limits.maxRatioBeyond !== undefined && inflated <= limits.maxRatioBeyond * compressed;
      if (!ratioAllows) throw new InflateLimitError(inflated, compressed, limits);
    }
    yield chunk;
  }
  await piped;
}

/** Compressions an in-memory payload may carry (gzip files, HTTP `Content-Encoding`). */
export type Compression = 'gzip' | 'deflate' | 'br';

const INFLATERS = {
  gzip: promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
} as const;

/**
 * Inflates a whole compressed payload held in memory with zlib's own `maxOutputLength`, which
 * stops inflating as soon as the output would pass the cap.
 * @param bytes the compressed payload
 * @param compression `gzip` (all members), `deflate` (zlib) or `br`
 * @param maxBytes largest inflated size accepted
 * @returns the inflated bytes
 * @throws InflateLimitError beyond `maxBytes`; zlib's error for corrupt data
 */
export async function inflateWithCap(bytes: Uint8Array, compression: Compression, maxBytes: number): Promise<Uint8Array> {
  try {
    return await INFLATERS[compression](bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw new InflateLimitError(maxBytes + 1, bytes.length, { maxBytes });
    throw error;
  }
}
