import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';

/** How often the run looks at its jobs' states. */
const POLL_MS = 200;
/** After this long with no job finished and no worker connected, the run says how to start one. */
const IDLE_HINT_MS = 10000;

/** A finished job: its batch and what it returned. */
export interface Finished<R> {
  batch: number;
  result: R;
}

/** Options of {@link JobTracker}. */
export interface TrackerOptions {
  /** Called with jobs finished and jobs added so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called once when nothing moves and no worker is connected. */
  onIdle?: () => void;
}

/**
 * Follows the jobs a run added until they finish, by polling their states (a handful at a time:
 * the run keeps a bounded window of unfinished jobs). Finished jobs are removed from Redis once
 * their result is read. A failed or vanished job stops the run with its reason.
 */
export class JobTracker<R> {
  private readonly pending = new Map<string, number>();
  private readonly finished: Finished<R>[] = [];
  private added = 0;
  private retried = 0;
  private lastMove = Date.now();
  private hinted = false;

  constructor(
    private readonly queue: Queue,
    private readonly options: TrackerOptions = {},
  ) {}

  /** Records a job added to the queue. */
  track(id: string, batch: number): void {
    this.pending.set(id, batch);
    this.added += 1;
  }

  /** Jobs added and not finished. */
  get unfinished(): number {
    return this.pending.size;
  }

  /** Jobs that ran more than once (a worker died or a try failed). */
  get retries(): number {
    return this.retried;
  }

  /** Waits until at most `limit` jobs are unfinished. */
  async waitUntil(limit: number): Promise<void> {
    while (this.pending.size > limit) {
      await this.poll();
      if (this.pending.size > limit) await sleep(POLL_MS);
    }
  }

  /** Waits for every job, and returns the results in batch order. */
  async finish(): Promise<Finished<R>[]> {
    await this.waitUntil(0);
    return [...this.finished].sort((x, y) => x.batch - y.batch);
  }

  private async poll(): Promise<void> {
    const ids = [...this.pending.keys()];
    const states = await Promise.all(ids.map((id) => this.queue.getJobState(id)));
    for (const [i, id] of ids.entries()) {
      const state = states[i];
      const batch = this.pending.get(id) ?? -1;
      if (state === 'completed') {
        const job = await this.queue.getJob(id);
        if (!job) throw new Error(`job ${id} finished but is gone from the queue`);
        if (job.attemptsStarted > 1 || job.stalledCounter > 0) this.retried += 1;
        this.finished.push({ batch, result: job.returnvalue as R });
        this.pending.delete(id);
        await job.remove();
        this.lastMove = Date.now();
      } else if (state === 'failed') {
        const job = await this.queue.getJob(id);
        throw new Error(`job ${id} failed after ${job?.attemptsMade ?? '?'} attempts: ${job?.failedReason ?? 'no reason recorded'}`);
      } else if (state === 'unknown') {
        throw new Error(`job ${id} is gone from the queue (was Redis restarted or the queue emptied?); run \`storytrace index\` again to resume`);
      }
    }
    this.options.onProgress?.(this.added - this.pending.size, this.added);
    if (!this.hinted && Date.now() - this.lastMove > IDLE_HINT_MS) {
      this.hinted = true;
      // Counting workers lists clients, which a Cluster may refuse: then say nothing.
      if ((await this.queue.getWorkersCount().catch(() => 1)) === 0) this.options.onIdle?.();
    }
  }
}
