import { detectReader, guessStdinFileName } from './detect-format.js';
import { InflateLimitError, inflateWithCap } from './inflate-gzip.js';
import { runReader } from './run-reader.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/** Bytes of the inflated content handed to `accepts` for sniffing. */
const HEAD_BYTES = 4096;

/**
 * Reads a gzip-compressed input (`story.html.gz`, `feed.xml.gz`, a gzipped pipe) by inflating
 * it with the `maxInflatedBytes` cap and handing the content to the reader its inner name
 * (the name without `.gz`) and first bytes call for. A bomb or corrupt gzip is a warning
 * naming the input.
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
    const message = error instanceof InflateLimitError
      ? `${error.message}, skipped`
      : `gzip data corrupt (${error instanceof Error ? error.message : String(error)}), skipped`;
    yield ingestWarning(id, message);
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
