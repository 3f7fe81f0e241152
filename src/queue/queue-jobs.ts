/** The one BullMQ queue an index's jobs go through. */
export const QUEUE_NAME = 'index';

/**
 * Names of the queue's keys for one index. The `{…}` hash tag puts every key of the queue in
 * one Cluster slot: BullMQ's scripts touch several keys at once and fail with CROSSSLOT
 * otherwise, and our own keys (batches, claims, the run lock) go with them.
 */
export class QueueKeys {
  /** BullMQ's `prefix` option. */
  readonly prefix: string;

  constructor(readonly namespace: string) {
    this.prefix = `{storytrace:${namespace}}`;
  }

  private key(...parts: string[]): string {
    return [this.prefix, QUEUE_NAME, ...parts].join(':');
  }

  /** Held by the one `index` run that feeds the queue. */
  get runLock(): string {
    return this.key('run-lock');
  }

  /** The raw documents of a store job, stored once beside the job instead of in it. */
  batch(runId: string, batch: number): string {
    return this.key('run', runId, 'batch', String(batch));
  }

  /** The first attempt's split of a batch into new and unchanged documents. */
  partition(runId: string, batch: number): string {
    return this.key('run', runId, 'partition', String(batch));
  }

  /** Which verify job owns each candidate pair, so a pair found from both sides is verified once. */
  claims(runId: string): string {
    return this.key('run', runId, 'claims');
  }
}

/** A batch of raw documents to analyse, sketch and store. */
export interface StoreJobData {
  runId: string;
  batch: number;
}

/** What a store job did, in input order. */
export interface StoreJobResult {
  added: string[];
  unchanged: string[];
}

/** Stored documents whose candidate pairs to find, verify and store. */
export interface VerifyJobData {
  runId: string;
  batch: number;
  ids: string[];
}

/** What a verify job did. */
export interface VerifyJobResult {
  /** Pairs this job verified (a pair claimed by another job is not counted here). */
  pairs: number;
  /** Index keys left out of this job's candidate search for being shared by too many documents. */
  frequentKeys: string[];
}

/** Job names, one per phase. */
export const JOB = Object.freeze({ store: 'store', verify: 'verify' });

/** The id of a job: stable per run and batch, so a job added twice is added once. */
export function jobId(kind: keyof typeof JOB, runId: string, batch: number): string {
  return `${runId}-${kind}-${batch}`;
}

/** How long our keys of a run live if the run is abandoned (the run deletes them when it ends). */
export const RUN_KEY_TTL_SECONDS = 7 * 24 * 3600;
