import type { CandidateOptions } from './candidates/index.js';
import { ingestOptionsOf, readInputs, type IngestItem, type IngestOptions, type RawDocument } from './ingest/index.js';
import { findCandidatePairs, pairKey } from './pipeline/find-pairs.js';
import { BatchWriter } from './pipeline/store-documents.js';
import { verifyPairs, ViewCache } from './pipeline/verify-pairs.js';
import { rebuildStories } from './pipeline/rebuild-stories.js';
import { checkIndexFormat } from './pipeline/index-format.js';
import { noteRenames } from './pipeline/note-renames.js';
import { createTaskRunner, type TaskRunner } from './pipeline/worker-pool.js';
import { summarizeStore } from './pipeline/summarize-store.js';
import { createStore } from './stores/index.js';
import type { Store } from './stores/store.js';
import type { AnalysisResult, AnalysisWarning, ProgressEvent } from './types.js';

/** Documents read, analysed and stored together (bounds memory on big inputs; the boilerplate context is per batch). */
export { summarizeStore };

export const BATCH_SIZE = 1000;

/** Options of `index` and `analyze`. */
export interface IndexOptions extends IngestOptions {
  candidates?: CandidateOptions;
  /**
   * Threads for the text stage and verification (default 1: in this thread). More starts
   * worker threads for the run; the result is identical for any count.
   */
  threads?: number;
  onProgress?: (event: ProgressEvent) => void;
}

/** What `index` did. */
export interface IndexReport {
  /** Documents read and stored (new or changed). */
  added: string[];
  /** Documents already stored with the same content. */
  unchanged: string[];
  pairsVerified: number;
  /**
   * Index keys left out of the candidate search because too many documents share them
   * (boilerplate: a band or fingerprint in over 500 documents, a term in over 200, a group of
   * more than 4 exact duplicates), distinct, this run. Non-zero means some buckets were capped.
   */
  frequentKeys: number;
  warnings: AnalysisWarning[];
}

/**
 * The pipeline, in order: read → text → sketch → store, batch by batch; then candidates →
 * verify for every new document against the whole store; then stories. Bad inputs become
 * warnings and the rest goes on.
 * @param paths folders, files or `-` (stdin)
 */
export async function indexPaths(paths: string[], store: Store, options: IndexOptions = {}): Promise<IndexReport> {
  // Files are read by path: one whose text is stored under an id this run did not read may be renamed.
  return runIndex(readInputs(paths, ingestOptionsOf(options)), store, options, true);
}

/**
 * Indexes documents that were read elsewhere (an API request, a feed, a watcher), then
 * rebuilds the stories. Warning items are passed through into the report.
 *
 * Pairs are looked for only after every batch is stored, and a pair counts when either side
 * finds the other: the result depends on the documents, not on the batch order or on who
 * (a thread, a worker) handled which batch.
 * @param items documents and read warnings, e.g. from `readInputs`
 */
export async function indexDocuments(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IndexOptions = {},
): Promise<IndexReport> {
  return runIndex(items, store, options, false);
}

async function runIndex(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, store: Store, options: IndexOptions, lookForRenames: boolean): Promise<IndexReport> {
  await checkIndexFormat(store);
  const runner = createTaskRunner(options.threads ?? 1);
  try {
    return await indexWith(items, store, options, runner, lookForRenames);
  } finally {
    await runner.close();
  }
}

async function indexWith(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IndexOptions,
  runner: TaskRunner,
  lookForRenames: boolean,
): Promise<IndexReport> {
  const report: IndexReport = { added: [], unchanged: [], pairsVerified: 0, frequentKeys: 0, warnings: [] };
  const progress = options.onProgress ?? (() => undefined);
  const views = new ViewCache();
  // In input order; a document read twice counts where it was last read.
  const added = new Set<string>();
  const addedHashes = new Map<string, string>();

  let batch: RawDocument[] = [];
  let read = 0;
  const writer = new BatchWriter(store, runner, progress, (stored) => {
    for (const d of stored.added) {
      added.delete(d.stored.id);
      added.add(d.stored.id);
      if (lookForRenames) addedHashes.set(d.stored.id, d.stored.contentHash);
      if (d.view) views.add(d.view);
    }
    report.unchanged.push(...stored.unchanged);
  });
  const flush = async (): Promise<void> => {
    const full = batch;
    batch = [];
    await writer.add(full);
  };
  for await (const item of items) {
    if (item.kind === 'warning') {
      report.warnings.push(item.warning);
      continue;
    }
    batch.push(item.document);
    // Read warnings (truncation, guessed encoding) also stay on the stored document; here they reach `index`'s summary.
    for (const message of item.document.warnings) report.warnings.push({ document: item.document.id, message });
    progress({ stage: 'read', done: ++read, total: 0 });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  await writer.finish();
  report.added = [...added];
  if (lookForRenames) report.warnings.push(...(await noteRenames(store, addedHashes, new Set([...added, ...report.unchanged]))));

  const frequent = new Set<string>();
  report.pairsVerified = await verifyUnverified(store, views, options.candidates, progress, runner, frequent);
  report.frequentKeys = frequent.size;
  progress({ stage: 'stories', done: 0, total: 1 });
  await rebuildStories(store);
  progress({ stage: 'stories', done: 1, total: 1 });
  return report;
}

/**
 * Second phase: candidates and verification for every stored document not verified yet — this
 * run's, and any left by a run that stopped in between. Marked verified batch by batch, after
 * their pairs are stored, so a stop here loses no work but the current batch.
 * @returns pairs verified
 */
async function verifyUnverified(
  store: Store,
  views: ViewCache,
  candidates: CandidateOptions | undefined,
  progress: (event: ProgressEvent) => void,
  runner: TaskRunner,
  frequent: Set<string>,
): Promise<number> {
  const pending = await store.listUnverified();
  const isPending = new Set(pending);
  // A pair of two pending documents can be found from both sides, in different batches.
  const seen = new Set<string>();
  let verified = 0;
  for (let i = 0; i < pending.length; i += BATCH_SIZE) {
    const ids = pending.slice(i, i + BATCH_SIZE);
    const pairs = (await findCandidatePairs(ids, store, candidates, frequent)).filter(([a, b]) => {
      if (!isPending.has(a) || !isPending.has(b)) return true;
      const key = pairKey(a, b);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    verified += await verifyPairs(pairs, store, views, progress, runner);
    await store.markVerified(ids);
  }
  return verified;
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
