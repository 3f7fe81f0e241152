import { open, readFile, stat } from 'node:fs/promises';
import { createReadStream, type Stats } from 'node:fs';
import { basename, normalize, sep } from 'node:path';
import { DEFAULT_READERS, detectReader, guessStdinFileName } from './detect-format.js';
import { isGzip } from './inflate-gzip.js';
import { resolveIngestOptions } from './ingest-options.js';
import { readGzipped, readGzippedStream } from './read-gzipped.js';
import { runReader, runStreamReader } from './run-reader.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';
import { walkFolder } from './walk-folder.js';

/** Bytes handed to `accepts` so readers can sniff content (a feed's root may follow a long prolog). */
const HEAD_BYTES = 4096;
/** Id stdin gets when it is one text or HTML document. */
const STDIN_ID = 'stdin';

/** Where input comes from besides the paths; replaceable in tests and embedders. */
export interface ReadInputsContext {
  /** Readers in order of preference; default `DEFAULT_READERS`. */
  readers?: readonly DocumentReader[];
  /** What `-` reads; default `process.stdin`. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}

/**
 * Reads every document from the given inputs, in argument order. A folder is walked
 * recursively (sorted, hidden entries and `node_modules` skipped) and its files get ids
 * relative to it; a file gets its path as given, normalised, with forward slashes; `-` reads
 * stdin (JSON Lines if it looks like it, else one document with id `stdin`). Problems — a
 * missing path, an unsupported format, a binary or oversized file, a reader failure — become
 * warning items and the batch goes on. A repeated id is renamed (`id~2`) with a warning on
 * the document, so ids stay unique within one call.
 * @param paths folders, files, or `-`
 * @param options `maxChars` (default 5,000,000), `maxFileBytes` (default 200 MB)
 * @param context readers and stdin replacement
 * @returns an async stream of documents and warnings
 */
export async function* readInputs(
  paths: string[],
  options: IngestOptions = {},
  context: ReadInputsContext = {},
): AsyncGenerator<IngestItem> {
  const resolved = resolveIngestOptions(options);
  const readers = context.readers ?? DEFAULT_READERS;
  const seenIds = new Map<string, number>();
  for (const input of paths) {
    for await (const item of readInput(input, resolved, readers, context)) yield uniqueId(item, seenIds);
  }
}

async function* readInput(
  input: string,
  options: Required<IngestOptions>,
  readers: readonly DocumentReader[],
  context: ReadInputsContext,
): AsyncGenerator<IngestItem> {
  if (input === '-') {
    yield* readStdin(context.stdin ?? process.stdin, options, readers);
    return;
  }
  let info: Stats;
  try {
    info = await stat(input);
  } catch (error) {
    const missing = errorCode(error) === 'ENOENT';
    yield ingestWarning(input, missing ? 'path not found' : `path not readable (${describeError(error)})`);
    return;
  }
  if (info.isDirectory()) {
    for await (const entry of walkFolder(input)) {
      if (entry.kind === 'warning') yield entry;
      else yield* readOneFile(entry.path, entry.relativePath, options, readers);
    }
  } else {
    yield* readOneFile(input, pathAsId(input), options, readers);
  }
}

async function* readOneFile(
  path: string,
  id: string,
  options: Required<IngestOptions>,
  readers: readonly DocumentReader[],
): AsyncGenerator<IngestItem> {
  try {
    const name = basename(path);
    const head = await readHead(path);
    const reader = detectReader(name, head, readers);
    const info = await stat(path);
    if (reader?.readStream !== undefined && (reader.streams !== 'large' || info.size > options.maxFileBytes)) {
      // Streamed inputs may be far bigger than maxFileBytes; the reader bounds its memory.
      const stream = createReadStream(path);
      try {
        yield* runStreamReader(reader, stream, id, options);
      } finally {
        stream.destroy();
      }
      return;
    }
    const tooLarge = `file too large (${info.size} bytes > ${options.maxFileBytes}), skipped`;
    if (info.size > options.maxFileBytes && reader === undefined && isGzip(head)) {
      const stream = createReadStream(path);
      try {
        yield* readGzippedStream(stream, name.replace(/\.gz$/i, ''), id, options, readers, tooLarge);
      } finally {
        stream.destroy();
      }
      return;
    }
    if (info.size > options.maxFileBytes) {
      yield ingestWarning(id, tooLarge);
      return;
    }
    if (reader === undefined && isGzip(head)) {
      yield* readGzipped(await readFile(path), name.replace(/\.gz$/i, ''), id, options, readers);
      return;
    }
    if (reader === undefined) {
      yield ingestWarning(id, 'unsupported format, skipped');
      return;
    }
    yield* runReader(reader, await readFile(path), id, options);
  } catch (error) {
    yield ingestWarning(id, `file not readable (${describeError(error)})`);
  }
}

async function* readStdin(
  stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: Required<IngestOptions>,
  readers: readonly DocumentReader[],
): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      size += bytes.length;
      if (size > options.maxFileBytes) {
        yield ingestWarning(STDIN_ID, `input too large (more than ${options.maxFileBytes} bytes), skipped`);
        return;
      }
      chunks.push(bytes);
    }
  } catch (error) {
    yield ingestWarning(STDIN_ID, `stdin not readable (${describeError(error)})`);
    return;
  }
  const bytes = Buffer.concat(chunks);
  if (isGzip(bytes)) {
    yield* readGzipped(bytes, undefined, STDIN_ID, options, readers);
    return;
  }
  const reader = detectReader(guessStdinFileName(bytes), bytes.subarray(0, HEAD_BYTES), readers);
  if (reader === undefined) {
    yield ingestWarning(STDIN_ID, 'unsupported format, skipped');
    return;
  }
  yield* runReader(reader, bytes, STDIN_ID, options);
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Ids are portable: forward slashes, no leading `./`. */
function pathAsId(path: string): string {
  return normalize(path).split(sep).join('/').replace(/^(?:\.\/)+/, '');
}

function uniqueId(item: IngestItem, seen: Map<string, number>): IngestItem {
  if (item.kind !== 'document') return item;
  const id = item.document.id;
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  if (count === 1) return item;
  let renamed = `${id}~${count}`;
  for (let n = count; seen.has(renamed); n++) renamed = `${id}~${n + 1}`;
  seen.set(renamed, 1);
  const warnings = [...item.document.warnings, `duplicate id ${id}; renamed to ${renamed}`];
  return { kind: 'document', document: { ...item.document, id: renamed, warnings } };
}


function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function describeError(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
