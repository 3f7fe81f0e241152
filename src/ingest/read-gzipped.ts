import { peekFirstChunk, sliceIntoChunks } from './byte-streams.js';
import { detectReader, guessStdinFileName } from './detect-format.js';
import { inflateGzip, InflateLimitError, inflateWithCap } from './inflate-gzip.js';
import { runReader, runStreamReader } from './run-reader.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/** Bytes of the inflated content handed to `accepts` for sniffing. */
const HEAD_BYTES = 4096;

/**
 * How far past `maxInflatedBytes` a gzip read by a streaming reader (a JSON Lines export) may
 * inflate, as a ratio of inflated to compressed bytes: text compresses 3–10×, a bomb ≫ 100×.
 * The reader bounds its memory, so a big export costs time, never RAM.
 */
export const MAX_STREAMED_INFLATE_RATIO = 100;

/**
 * Reads a gzip-compressed input (`story.html.gz`, `feed.xml.gz`, a gzipped pipe) by inflating
 * it with the `maxInflatedBytes` cap and handing the content to the reader its inner name
 * (the name without `.gz`) and first bytes call for. Content past the cap goes to a streaming
 * reader when its format has one (`items.jsonl.gz` of a whole crawl); otherwise it is refused as
 * a likely bomb. A bomb or corrupt gzip is a warning naming the input.
 * @param bytes the compressed input
 * @param innerName file name without `.gz`, or undefined to guess it from the content (stdin)
 * @param id id of the input
 * @param options resolved ingest options
 * @param readers candidate readers
 * @returns the inner reader's items, or one warning
 */
export async function* readGzipped(
  bytes: Uint8Array,
  innerName: string | undefined,
  id: string,
  options: Required<IngestOptions>,
  readers: readonly DocumentReader[],
): AsyncGenerator<IngestItem> {
  let inflated: Uint8Array;
  try {
    inflated = await inflateWithCap(bytes, 'gzip', options.maxInflatedBytes);
  } catch (error) {
    if (error instanceof InflateLimitError) {
      yield* readGzippedStream(sliceIntoChunks(bytes), innerName, id, options, readers, `${error.message}, skipped`);
      return;
    }
    yield ingestWarning(id, corruptMessage(error));
    return;
  }
  const name = innerName ?? guessStdinFileName(inflated);
  const reader = detectReader(name, inflated.subarray(0, HEAD_BYTES), readers);
  if (reader === undefined) {
    yield ingestWarning(id, 'unsupported format inside gzip, skipped');
    return;
  }
  yield* runReader(reader, inflated, id, options);
}

/**
 * Reads a gzip stream too big to inflate whole through the streaming reader of its inner format.
 * @param compressed the compressed bytes, in chunks
 * @param innerName file name without `.gz`, or undefined to guess it from the content
 * @param id id of the input
 * @param options resolved ingest options
 * @param readers candidate readers
 * @param refusal the warning when the inner format has no streaming reader
 * @returns the inner reader's items, or one warning
 */
export async function* readGzippedStream(
  compressed: AsyncIterable<Uint8Array>,
  innerName: string | undefined,
  id: string,
  options: Required<IngestOptions>,
  readers: readonly DocumentReader[],
  refusal: string,
): AsyncGenerator<IngestItem> {
  let peeked: Awaited<ReturnType<typeof peekFirstChunk>>;
  try {
    peeked = await peekFirstChunk(inflateGzip(compressed, { maxBytes: options.maxInflatedBytes, maxRatioBeyond: MAX_STREAMED_INFLATE_RATIO }));
  } catch (error) {
    yield ingestWarning(id, error instanceof InflateLimitError ? `${error.message}, skipped` : corruptMessage(error));
    return;
  }
  const head = peeked.head.subarray(0, HEAD_BYTES);
  const reader = detectReader(innerName ?? guessStdinFileName(head), head, readers);
  if (reader === undefined) {
    yield ingestWarning(id, 'unsupported format inside gzip, skipped');
    return;
  }
  if (reader.readStream === undefined) {
    yield ingestWarning(id, refusal);
    return;
  }
  yield* runStreamReader(reader, peeked.stream, id, options);
}

function corruptMessage(error: unknown): string {
  return `gzip data corrupt (${error instanceof Error ? error.message : String(error)}), skipped`;
}
