/**
 * Runs writes one at a time, in arrival order: indexing reads the store to find candidates and
 * rebuilds all stories at the end, so two interleaved writes could each miss the other's
 * documents. A failed write does not block the next one.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every write queued before it. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
