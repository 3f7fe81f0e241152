import { readInputs, type IngestItem, type IngestOptions, type RawDocument } from './ingest/index.js';
import { indexChunk, type IndexStepOptions } from './pipeline/index-documents.js';
import { rebuildStories } from './pipeline/rebuild-stories.js';
import { checkIndexFormat } from './pipeline/index-format.js';
import { toSummary } from './pipeline/document-views.js';
import { createStore } from './stores/index.js';
import type { Store } from './stores/store.js';
import type { AnalysisResult, AnalysisWarning, ProgressEvent } from './types.js';

/** Documents read before they are analysed and indexed together (bounds memory on big inputs). */
const CHUNK = 1000;

/** Options of `index` and `analyze`. */
export interface IndexOptions extends IngestOptions, Omit<IndexStepOptions, 'onProgress'> {
  onProgress?: (event: ProgressEvent) => void;
}

/** What `index` did. */
export interface IndexReport {
  /** Documents read and stored (new or changed). */
  added: string[];
  /** Documents already stored with the same content. */
  unchanged: string[];
  pairsVerified: number;
  warnings: AnalysisWarning[];
}

/**
 * The pipeline, in order: read → text → sketch → store → candidates → verify, chunk by chunk;
 * then stories. Bad inputs become warnings and the rest goes on.
 * @param paths folders, files or `-` (stdin)
 */
export async function indexPaths(paths: string[], store: Store, options: IndexOptions = {}): Promise<IndexReport> {
  const ingest: IngestOptions = {};
  if (options.maxChars !== undefined) ingest.maxChars = options.maxChars;
  if (options.maxFileBytes !== undefined) ingest.maxFileBytes = options.maxFileBytes;
  return indexDocuments(readInputs(paths, ingest), store, options);
}

/**
 * Indexes documents that were read elsewhere (an API request, a feed, a watcher), then
 * rebuilds the stories. Warning items are passed through into the report.
 * @param items documents and read warnings, e.g. from `readInputs`
 */
export async function indexDocuments(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IndexOptions = {},
): Promise<IndexReport> {
  await checkIndexFormat(store);
  const report: IndexReport = { added: [], unchanged: [], pairsVerified: 0, warnings: [] };
  const progress = options.onProgress ?? (() => undefined);
  const step: IndexStepOptions = { onProgress: progress };
  if (options.candidates) step.candidates = options.candidates;

  let chunk: RawDocument[] = [];
  let read = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const r = await indexChunk(chunk, store, step);
    report.added.push(...r.added);
    report.unchanged.push(...r.unchanged);
    report.pairsVerified += r.pairsVerified;
    chunk = [];
  };
  for await (const item of items) {
    if (item.kind === 'warning') {
      report.warnings.push(item.warning);
      continue;
    }
    chunk.push(item.document);
    progress({ stage: 'read', done: ++read, total: 0 });
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  progress({ stage: 'stories', done: 0, total: 1 });
  await rebuildStories(store);
  progress({ stage: 'stories', done: 1, total: 1 });
  return report;
}

/** What `remove` did. */
export interface RemoveReport {
  removed: string[];
  /** Ids that were not in the store. */
  missing: string[];
}

/** Removes documents, their keys and pairs, then rebuilds the stories. */
export async function removeDocuments(ids: readonly string[], store: Store): Promise<RemoveReport> {
  await checkIndexFormat(store);
  const found = await store.getDocuments(ids);
  const removed = [...new Set(ids.filter((id) => found.has(id)))].sort();
  const missing = [...new Set(ids.filter((id) => !found.has(id)))].sort();
  if (removed.length > 0) {
    await store.deleteDocuments(removed);
    await rebuildStories(store);
  }
  return { removed, missing };
}

/** The analysis result for everything in a store, with the given run's warnings. */
export async function summarizeStore(store: Store, runWarnings: readonly AnalysisWarning[] = []): Promise<AnalysisResult> {
  const ids = await store.listDocumentIds();
  const docs = await store.getDocuments(ids);
  const documents = ids.flatMap((id) => {
    const d = docs.get(id);
    return d ? [toSummary(d)] : [];
  });
  const warnings = [
    ...runWarnings,
    ...documents.flatMap((d) => d.warnings.map((message) => ({ document: d.id, message }))),
  ].sort((x, y) => x.document.localeCompare(y.document) || x.message.localeCompare(y.message));
  return { documents, stories: await store.listStories(), warnings };
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions extends IndexOptions {
  /** A store, or a store spec (`sqlite:PATH`, `memory`); default `memory` for the library call. */
  store?: Store | string;
}

/**
 * Reads the inputs, indexes them, builds the stories and returns the whole analysis: the same
 * object that `storytrace analyze --json` prints.
 * @param paths folders, files, or `-` for stdin
 */
export async function analyze(paths: string[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const owned = typeof options.store !== 'object';
  const store = typeof options.store === 'object' ? options.store : await createStore(options.store ?? 'memory');
  try {
    const report = await indexPaths(paths, store, options);
    return await summarizeStore(store, report.warnings);
  } finally {
    if (owned) await store.close();
  }
}
