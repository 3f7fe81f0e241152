import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/**
 * Runs a reader on a whole input so that a reader throwing part-way loses only the rest of
 * its own input, as a warning naming it.
 * @param reader the reader chosen for the input
 * @param bytes the input
 * @param id id of the input
 * @param options resolved ingest options
 * @returns the reader's items, then a warning if it failed
 */
export async function* runReader(
  reader: DocumentReader,
  bytes: Uint8Array,
  id: string,
  options: Required<IngestOptions>,
): AsyncGenerator<IngestItem> {
  try {
    for await (const item of reader.read(bytes, id, options)) yield item;
  } catch (error) {
    yield readerFailed(reader, id, error);
  }
}

/**
 * Same as {@link runReader} for a reader that takes a stream.
 * @param reader a reader with `readStream`
 * @param chunks the input as a byte stream
 * @param id id of the input
 * @param options resolved ingest options
 * @returns the reader's items, then a warning if it failed
 */
export async function* runStreamReader(
  reader: DocumentReader,
  chunks: AsyncIterable<Uint8Array>,
  id: string,
  options: Required<IngestOptions>,
): AsyncGenerator<IngestItem> {
  try {
    const items = reader.readStream === undefined ? [] : reader.readStream(chunks, id, options);
    for await (const item of items) yield item;
  } catch (error) {
    yield readerFailed(reader, id, error);
  }
}

function readerFailed(reader: DocumentReader, id: string, error: unknown): IngestItem {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return ingestWarning(id, `${reader.format} reader failed (${detail})`);
}
