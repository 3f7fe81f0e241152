import { Worker, type Job } from 'bullmq';
import { checkIndexFormat } from '../pipeline/index-format.js';
import { createStore } from '../stores/index.js';
import { connectQueue, describeRedisError } from './queue-connection.js';
import { queueNamespace } from './redis-address.js';
import { JOB, QUEUE_NAME, QueueKeys, type StoreJobData, type StoreJobResult, type VerifyJobData, type VerifyJobResult } from './queue-jobs.js';
import { runStoreJob, runVerifyJob, type JobContext } from './run-jobs.js';

/** Options of {@link startWorker}. */
export interface WorkerOptions {
  /** The index (store spec), the same as the `index` run's. */
  store: string;
  /** The queue's Redis: `redis://…` or `redis+cluster://…`. */
  queue: string;
  /** Jobs run at once in this process (they share one thread: more helps only while a job waits on I/O). Default 1. */
  concurrency?: number;
  /** A job whose worker has not renewed its lock for this long is taken for stalled and retried. Default 30000 ms. */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs. Default 30000 ms. */
  stalledIntervalMs?: number;
  /** How long the worker waits for Redis to come back before it gives up. Default 30000 ms. */
  reconnectTimeoutMs?: number;
  /** One line per event (job started, done, failed; connection lost, back). */
  log?: (line: string) => void;
}

/** A running worker. */
export interface RunningWorker {
  /** Settles when the worker has stopped: resolves after `stop`, rejects when Redis stayed away too long. */
  done: Promise<void>;
  /** Finishes the current jobs (or, with `force`, releases them to be retried), closes every connection. */
  stop(force?: boolean): Promise<void>;
}

function storeJobData(job: Job): StoreJobData | undefined {
  const d: unknown = job.data;
  return job.name === JOB.store && typeof d === 'object' && d !== null && 'runId' in d && 'batch' in d ? (d as StoreJobData) : undefined;
}

function verifyJobData(job: Job): VerifyJobData | undefined {
  const d: unknown = job.data;
  return job.name === JOB.verify && typeof d === 'object' && d !== null && 'runId' in d && 'ids' in d && Array.isArray(d.ids) ? (d as VerifyJobData) : undefined;
}

/**
 * Starts a worker that runs store and verify jobs of one index until stopped. Any number can
 * run, on any machine that reaches the store and the queue.
 * @throws when the store cannot be opened or the queue's Redis cannot be reached
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => undefined);
  const keys = new QueueKeys(queueNamespace(options.store));
  const store = await createStore(options.store);
  let connection;
  try {
    await checkIndexFormat(store);
    connection = await connectQueue(options.queue, 'worker');
  } catch (error) {
    await store.close();
    throw error;
  }
  const { client, where } = connection;
  const context: JobContext = { store, client, keys };
  const worker = new Worker<StoreJobData | VerifyJobData, StoreJobResult | VerifyJobResult>(
    QUEUE_NAME,
    async (job) => {
      const started = Date.now();
      log(`job ${job.id ?? '?'} started (${job.name}, attempt ${job.attemptsStarted})`);
      let result: StoreJobResult | VerifyJobResult;
      const store = storeJobData(job);
      const verify = verifyJobData(job);
      if (store) result = await runStoreJob(store, context);
      else if (verify) result = await runVerifyJob(verify, job.id ?? job.name, context);
      else throw new Error(`unknown job "${job.name}" (a newer or older storytrace enqueued it?)`);
      log(`job ${job.id ?? '?'} done in ${Date.now() - started} ms`);
      return result;
    },
    {
      connection: client,
      prefix: keys.prefix,
      concurrency: Math.max(1, options.concurrency ?? 1),
      lockDuration: options.lockDurationMs ?? 30000,
      stalledInterval: options.stalledIntervalMs ?? 30000,
      maxStalledCount: 3,
      autorun: false,
    },
  );
  worker.on('failed', (job, error) => log(`job ${job?.id ?? '?'} failed: ${error.message}`));
  worker.on('error', (error) => log(`queue error: ${describeRedisError(where, error)}`));

  let stopping: Promise<void> | undefined;
  const stop = (force = false): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(watch);
      try {
        await worker.close(force);
      } finally {
        // BullMQ does not close a connection it was given.
        client.disconnect();
        await store.close();
      }
    })();
    return stopping;
  };

  // Redis away: say so once, wait for it, and give up after the timeout rather than hang.
  let downSince: number | undefined;
  let gaveUp: ((error: Error) => void) | undefined;
  const gaveUpPromise = new Promise<never>((_, reject) => {
    gaveUp = reject;
  });
  const timeout = options.reconnectTimeoutMs ?? 30000;
  client.on('close', () => {
    if (downSince !== undefined || stopping) return;
    downSince = Date.now();
    log(`lost the connection to the queue (${describeRedisError(where, connection.lastError() ?? 'connection closed')}); retrying for ${Math.round(timeout / 1000)} s`);
  });
  client.on('ready', () => {
    if (downSince === undefined) return;
    downSince = undefined;
    log('connection to the queue is back');
  });
  const watch = setInterval(() => {
    if (downSince === undefined || Date.now() - downSince < timeout) return;
    const error = new Error(`the queue's ${describeRedisError(where, connection.lastError() ?? 'connection closed')} for ${Math.round(timeout / 1000)} s; worker stopped`);
    gaveUp?.(error);
  }, 500);
  watch.unref();

  const running = worker.run();
  const done = Promise.race([running, gaveUpPromise]).catch(async (error: unknown) => {
    await stop(true).catch(() => undefined);
    throw error;
  });
  return { done: done.then(async () => stop()), stop };
}
