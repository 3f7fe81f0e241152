import type { RawDocument } from '../ingest/types.js';
import type { Store } from '../stores/store.js';
import type { ProgressEvent } from '../types.js';
import type { AnalyzedDocument } from './analyze-documents.js';
import { createTaskRunner, type TaskRunner } from './worker-pool.js';

/** Documents written per store transaction. */
const WRITE_BATCH = 200;

/** What storing one batch did. */
export interface StoredBatch {
  /** New or changed documents, analysed and stored, in input order. */
  added: AnalyzedDocument[];
  /** Documents already stored with the same content. */
  unchanged: string[];
}

/**
 * Which documents of a batch are new or changed, and which are stored as they are. A changed
 * document's old version (keys and pairs) is removed first.
 */
export async function partitionBatch(raws: readonly RawDocument[], store: Store): Promise<{ fresh: RawDocument[]; unchanged: string[] }> {
  const existing = await store.getDocuments(raws.map((r) => r.id));
  const fresh = raws.filter((r) => existing.get(r.id)?.contentHash !== r.contentHash);
  const unchanged = raws.filter((r) => existing.get(r.id)?.contentHash === r.contentHash).map((r) => r.id);
  const changed = fresh.filter((r) => existing.has(r.id)).map((r) => r.id);
  if (changed.length > 0) await store.deleteDocuments(changed);
  return { fresh, unchanged };
}

/** Writes analysed documents in transactions of {@link WRITE_BATCH}. */
export async function writeDocuments(
  docs: readonly AnalyzedDocument[],
  store: Store,
  progress: (event: ProgressEvent) => void = () => undefined,
): Promise<void> {
  for (let i = 0; i < docs.length; i += WRITE_BATCH) {
    await store.putDocuments(docs.slice(i, i + WRITE_BATCH).map((d) => d.stored));
    progress({ stage: 'index', done: Math.min(i + WRITE_BATCH, docs.length), total: docs.length });
  }
}

/** A batch whose new and changed documents are being analysed; {@link finishBatch} stores them. */
export interface PreparedBatch {
  analysed: Promise<AnalyzedDocument[]>;
  unchanged: string[];
}

/**
 * First half of {@link storeBatch}: sorts out the unchanged documents and starts the analysis of
 * the rest (on the runner's workers when it has them), without waiting for it to end, so the
 * caller can store an earlier batch meanwhile (it waits for the workers to count the batch's
 * lines, which they do after the batch before: every chunk is handed out before this thread
 * blocks in a store write).
 */
export async function prepareBatch(
  raws: readonly RawDocument[],
  store: Store,
  progress: (event: ProgressEvent) => void,
  runner: TaskRunner,
): Promise<PreparedBatch> {
  const { fresh, unchanged } = await partitionBatch(raws, store);
  const started = await runner.startAnalysis(fresh);
  const analysed = started.analysed.then((added) => {
    progress({ stage: 'analyze', done: added.length, total: fresh.length });
    return added;
  });
  // Awaited by finishBatch; a failure while an earlier batch is being stored is not unhandled.
  analysed.catch(() => undefined);
  return { analysed, unchanged };
}

/** Second half of {@link storeBatch}: waits for the analysis and stores the documents. */
export async function finishBatch(prepared: PreparedBatch, store: Store, progress: (event: ProgressEvent) => void): Promise<StoredBatch> {
  const added = await prepared.analysed;
  await writeDocuments(added, store, progress);
  return { added, unchanged: prepared.unchanged };
}

/**
 * First phase of indexing, for one batch: analyse and sketch the new or changed documents and
 * store them with their keys. Pairs are found later, once every batch is stored, so that the
 * result does not depend on how the input was cut into batches or who stored which batch.
 * @param runner where the text stage runs (default: this thread)
 */
export async function storeBatch(
  raws: readonly RawDocument[],
  store: Store,
  progress: (event: ProgressEvent) => void = () => undefined,
  runner: TaskRunner = createTaskRunner(1),
): Promise<StoredBatch> {
  return finishBatch(await prepareBatch(raws, store, progress, runner), store, progress);
}

/**
 * Stores batches one after the other, analysing each while the one before it is written: the
 * store's writes run on this thread, so with worker threads they no longer leave the workers
 * idle. A batch that shares a document id with the one being written waits for that write
 * (its document must be found stored, changed or not, as when batches run one by one), so the
 * stored result and what is reported are the same as storing the batches in turn.
 */
export class BatchWriter {
  private inFlight: { ids: Set<string>; prepared: PreparedBatch } | undefined;

  /**
   * @param onStored called with each stored batch, in input order
   */
  constructor(
    private readonly store: Store,
    private readonly runner: TaskRunner,
    private readonly progress: (event: ProgressEvent) => void,
    private readonly onStored: (stored: StoredBatch) => void,
  ) {}

  /** Starts a batch's analysis, then stores the batch before it. */
  async add(raws: readonly RawDocument[]): Promise<void> {
    if (raws.length === 0) return;
    const pending = this.inFlight;
    if (pending !== undefined && raws.some((r) => pending.ids.has(r.id))) await this.finish();
    const prepared = await prepareBatch(raws, this.store, this.progress, this.runner);
    await this.finish();
    this.inFlight = { ids: new Set(raws.map((r) => r.id)), prepared };
  }

  /** Stores the last batch started. */
  async finish(): Promise<void> {
    const pending = this.inFlight;
    if (pending === undefined) return;
    this.inFlight = undefined;
    this.onStored(await finishBatch(pending.prepared, this.store, this.progress));
  }
}
