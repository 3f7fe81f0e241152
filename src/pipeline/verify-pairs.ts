import type { PairDocument, PairResult } from '../relate/index.js';
import type { Store } from '../stores/store.js';
import type { ProgressEvent } from '../types.js';
import { pairDocumentFromStore } from './document-views.js';
import type { IdPair } from './find-pairs.js';
import { createTaskRunner, type TaskRunner } from './worker-pool.js';

/** Pairs written per store transaction. */
const WRITE_BATCH = 200;
/** Verification views kept between pairs; past this, the oldest are dropped and rebuilt when needed. */
const VIEW_CACHE_SIZE = 5000;

/**
 * Verification views by id, bounded. A view rebuilt from the store is the same as the one made
 * while indexing (the clean text is split again, deterministically), so eviction changes only speed.
 */
export class ViewCache {
  private readonly views = new Map<string, PairDocument>();
  constructor(private readonly capacity = VIEW_CACHE_SIZE) {}

  add(view: PairDocument): void {
    this.views.delete(view.id);
    this.views.set(view.id, view);
    for (const oldest of this.views.keys()) {
      if (this.views.size <= this.capacity) break;
      this.views.delete(oldest);
    }
  }

  /** Views of the ids, loading missing ones from the store; ids not in the store are absent. */
  async get(ids: readonly string[], store: Store): Promise<Map<string, PairDocument>> {
    const out = new Map<string, PairDocument>();
    const missing: string[] = [];
    for (const id of ids) {
      const v = this.views.get(id);
      if (v) out.set(id, v);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const doc of (await store.getDocuments(missing)).values()) {
        const view = pairDocumentFromStore(doc);
        this.add(view);
        out.set(doc.id, view);
      }
    }
    return out;
  }
}

/**
 * Verifies pairs and stores the results in transactions; returns how many were verified.
 * @param runner where verification runs (default: this thread)
 */
export async function verifyPairs(
  pairs: readonly IdPair[],
  store: Store,
  views: ViewCache,
  progress: (event: ProgressEvent) => void = () => undefined,
  runner: TaskRunner = createTaskRunner(1),
): Promise<number> {
  let done = 0;
  // With worker threads, the next slice is verified while this thread stores the last one.
  let inFlight: { results: Promise<PairResult[]>; size: number } | undefined;
  const storeSlice = async (slice: { results: Promise<PairResult[]>; size: number }): Promise<void> => {
    await store.putPairs(await slice.results);
    done += slice.size;
    progress({ stage: 'verify', done, total: pairs.length });
  };
  for (let i = 0; i < pairs.length; i += WRITE_BATCH) {
    const slice = pairs.slice(i, i + WRITE_BATCH);
    const next = { results: runner.verify(slice, views, store), size: slice.length };
    // Its failure is reported when it is awaited; until then it must not count as unhandled.
    next.results.catch(() => undefined);
    if (inFlight) await storeSlice(inFlight);
    inFlight = next;
  }
  if (inFlight) await storeSlice(inFlight);
  return done;
}
