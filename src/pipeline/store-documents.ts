import type { RawDocument } from '../ingest/types.js';
import type { Store } from '../stores/store.js';
import type { ProgressEvent } from '../types.js';
import { batchBoilerplateContext, type AnalyzedDocument } from './analyze-documents.js';
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
  const { fresh, unchanged } = await partitionBatch(raws, store);
  const added = await runner.analyze(fresh, batchBoilerplateContext(fresh));
  progress({ stage: 'analyze', done: added.length, total: fresh.length });
  await writeDocuments(added, store, progress);
  return { added, unchanged };
}
