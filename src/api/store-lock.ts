/**
 * Orders the API's work on the store. Writes run one at a time, in arrival order: indexing
 * reads the store to find candidates and rebuilds all stories at the end, so two interleaved
 * writes could each miss the other's documents. Reads run together, but never while a write
 * is running: a read made of several store calls (documents, then stories) would otherwise see
 * a write's new documents beside the stories from before it. A read that arrives while a write
 * waits runs after that write, so a stream of reads cannot hold writes back. A failed piece of
 * work does not block the next one.
 */
export class StoreLock {
  private writes: Promise<unknown> = Promise.resolve();
  private readonly reading = new Set<Promise<unknown>>();

  /** Runs `work` after every write queued before it, beside other reads. */
  read<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work, work);
    const settled = next.catch(() => undefined);
    this.reading.add(settled);
    void settled.then(() => this.reading.delete(settled));
    return next;
  }

  /** Runs `work` after every write queued before it and every read running now. */
  write<T>(work: () => Promise<T>): Promise<T> {
    const before = [this.writes, ...this.reading];
    const next = Promise.all(before).then(work, work);
    this.writes = next.catch(() => undefined);
    return next;
  }
}
