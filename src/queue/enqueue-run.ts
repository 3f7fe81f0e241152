import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { ingestOptionsOf, readInputs, type IngestOptions, type RawDocument } from '../ingest/index.js';
import { BATCH_SIZE, type IndexReport } from '../pipeline.js';
import { checkIndexFormat } from '../pipeline/index-format.js';
import { rebuildStories } from '../pipeline/rebuild-stories.js';
import { createStore } from '../stores/index.js';
import type { Store } from '../stores/store.js';
import type { ProgressEvent } from '../types.js';
import { saveBatch } from './batch-payloads.js';
import { JobTracker } from './job-tracker.js';
import { connectQueue, describeRedisError, type QueueConnection } from './queue-connection.js';
import { JOB, jobId, QUEUE_NAME, QueueKeys, type StoreJobResult, type VerifyJobResult } from './queue-jobs.js';
import { queueNamespace } from './redis-address.js';
import { acquireRunLock } from './run-lock.js';

/** Store jobs waiting or running at once: bounds what the queue holds while the input is read. */
const STORE_WINDOW = 16;
/** Documents per verify job: smaller than a store batch so workers share the work evenly (the answer does not depend on it). */
export const VERIFY_JOB_SIZE = 250;
/** Verify jobs waiting or running at once. */
const VERIFY_WINDOW = 64;
/** Tries per job before the run gives up on it (a job is safe to run again). */
const JOB_ATTEMPTS = 5;

/** Options of {@link indexWithQueue}. */
export interface QueueIndexOptions extends IngestOptions {
  /** The index's store spec (shared with the workers: `sqlite:PATH` on one machine, or `redis://…`). */
  store: string;
  /** The queue's Redis. */
  queue: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Messages for the user (no worker connected, leftovers removed). */
  log?: (line: string) => void;
}

/** What an `index --queue` run did: the in-process report, and its jobs. */
export interface QueueIndexReport extends IndexReport {
  jobs: { store: number; verify: number; retried: number };
}

/**
 * Indexes through the queue: reads the inputs and cuts them into the batches the in-process
 * pipeline uses, has workers store every batch, then has them find and verify the pairs of
 * every unverified document, then rebuilds the stories here. Because both phases are the
 * in-process ones, the answer is the in-process answer, whichever worker did which job.
 * @throws with the Redis address when the queue is unreachable or lost mid-run (run again to resume)
 */
export async function indexWithQueue(paths: string[], options: QueueIndexOptions): Promise<QueueIndexReport> {
  const keys = new QueueKeys(queueNamespace(options.store));
  const store = await createStore(options.store);
  let connection: QueueConnection | undefined;
  try {
    await checkIndexFormat(store);
    connection = await connectQueue(options.queue, 'run');
    return await runPhases(paths, options, store, connection, keys);
  } catch (error) {
    if (connection && connection.client.status !== 'ready') {
      throw new Error(
        `lost the queue: ${describeRedisError(connection.where, connection.lastError() ?? error)}; the run stopped. Run the same \`storytrace index\` again to resume: stored batches are kept`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    connection?.client.disconnect();
    await store.close();
  }
}

async function runPhases(paths: string[], options: QueueIndexOptions, store: Store, connection: QueueConnection, keys: QueueKeys): Promise<QueueIndexReport> {
  const { client } = connection;
  const log = options.log ?? (() => undefined);
  const progress = options.onProgress ?? (() => undefined);
  const runId = randomUUID().slice(0, 8);
  const lock = await acquireRunLock(client, keys.runLock, runId);
  const queue = new Queue(QUEUE_NAME, { connection: client, prefix: keys.prefix });
  queue.on('error', () => undefined);
  try {
    const leftovers = await queue.getJobCountByTypes('waiting', 'delayed', 'prioritized');
    if (leftovers > 0) {
      await queue.drain(true);
      log(`removed ${leftovers} jobs left by an earlier run that stopped`);
    }
    const jobOptions = { attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } };
    const onIdle = (): void => log(`no worker is taking jobs; start one: storytrace worker --store ${options.store} --queue ${options.queue}`);
    const report: QueueIndexReport = { added: [], unchanged: [], pairsVerified: 0, frequentKeys: 0, warnings: [], jobs: { store: 0, verify: 0, retried: 0 } };

    // Phase 1: store every batch.
    const stores = new JobTracker<StoreJobResult>(queue, { onProgress: (done, total) => progress({ stage: 'index', done, total }), onIdle });
    const seenIn = new Map<string, number>();
    let batch: RawDocument[] = [];
    const enqueue = async (): Promise<void> => {
      if (batch.length === 0) return;
      const n = report.jobs.store;
      // A document read again in a later batch replaces the earlier one, as in process: its
      // batch must not run before the earlier batches are stored.
      if (batch.some((d) => (seenIn.get(d.id) ?? n) < n)) await stores.waitUntil(0);
      for (const d of batch) seenIn.set(d.id, n);
      await stores.waitUntil(STORE_WINDOW - 1);
      await saveBatch(client, keys.batch(runId, n), batch);
      await queue.add(JOB.store, { runId, batch: n }, { ...jobOptions, jobId: jobId('store', runId, n) });
      stores.track(jobId('store', runId, n), n);
      report.jobs.store += 1;
      batch = [];
    };
    for await (const item of readInputs(paths, ingestOptionsOf(options))) {
      if (item.kind === 'warning') report.warnings.push(item.warning);
      else {
        batch.push(item.document);
        if (batch.length >= BATCH_SIZE) await enqueue();
      }
    }
    await enqueue();
    const added = new Set<string>();
    for (const { batch: n, result } of await stores.finish()) {
      for (const id of result.added) {
        added.delete(id);
        added.add(id);
      }
      report.unchanged.push(...result.unchanged);
      await client.del(keys.batch(runId, n), keys.partition(runId, n));
    }
    report.added = [...added];

    // Phase 2: candidates and verification of every unverified document, this run's and any
    // left by a run that stopped in between.
    const pending = await store.listUnverified();
    const verifies = new JobTracker<VerifyJobResult>(queue, { onProgress: (done, total) => progress({ stage: 'verify', done, total }), onIdle });
    for (let i = 0; i < pending.length; i += VERIFY_JOB_SIZE) {
      const n = report.jobs.verify;
      await verifies.waitUntil(VERIFY_WINDOW - 1);
      await queue.add(JOB.verify, { runId, batch: n, ids: pending.slice(i, i + VERIFY_JOB_SIZE) }, { ...jobOptions, jobId: jobId('verify', runId, n) });
      verifies.track(jobId('verify', runId, n), n);
      report.jobs.verify += 1;
    }
    const frequent = new Set<string>();
    for (const { result } of await verifies.finish()) {
      report.pairsVerified += result.pairs;
      for (const key of result.frequentKeys) frequent.add(key);
    }
    report.frequentKeys = frequent.size;
    await client.del(keys.claims(runId));
    report.jobs.retried = stores.retries + verifies.retries;
    if (lock.lost()) throw new Error('the run lost its queue lock (Redis was unreachable for longer than the lock lives); run `storytrace index` again');

    progress({ stage: 'stories', done: 0, total: 1 });
    await rebuildStories(store);
    progress({ stage: 'stories', done: 1, total: 1 });
    return report;
  } finally {
    await queue.close().catch(() => undefined);
    await lock.release().catch(() => undefined);
  }
}
