import { decodeBlock, type BlockPairs } from './sqlite-run-format.js';
import { RunWriter, type LoadedRun, type RunInfo, type RunTables } from './sqlite-runs.js';

/** Blocks read from a run at a time while merging: bounded memory, few statements. */
const READ_BLOCKS = 64;

/** Reads a run's pairs in order, a chunk of blocks at a time. */
export class RunCursor {
  keys: BlockPairs['keys'] = new Float64Array(0);
  docs: BlockPairs['docs'] = new Uint32Array(0);
  at = 0;
  private nextBlock: number;
  private readonly lastBlock: number;
  private chunk: Uint8Array[] = [];
  private chunkAt = 0;

  /**
   * @param tables the run's blocks
   * @param run the run
   * @param fromBlock the block (index within the run) to start at
   */
  constructor(
    private readonly tables: RunTables,
    run: RunInfo,
    fromBlock = 0,
  ) {
    this.nextBlock = run.firstBlock + fromBlock;
    this.lastBlock = run.firstBlock + run.blocks - 1;
  }

  /** Moves to the next non-empty block; false at the end of the run. */
  nextNonEmpty(): boolean {
    for (;;) {
      if (this.chunkAt >= this.chunk.length) {
        if (this.nextBlock > this.lastBlock) return false;
        const last = Math.min(this.lastBlock, this.nextBlock + READ_BLOCKS - 1);
        this.chunk = this.tables.readBlockRange(this.nextBlock, last);
        this.chunkAt = 0;
        this.nextBlock = last + 1;
        if (this.chunk.length === 0) continue;
      }
      const block = this.chunk[this.chunkAt++];
      if (block === undefined) continue;
      const pairs = decodeBlock(block);
      if (pairs.keys.length === 0) continue;
      this.keys = pairs.keys;
      this.docs = pairs.docs;
      this.at = 0;
      return true;
    }
  }
}

/** Whether cursor `a`'s next pair comes before `b`'s (pairs are never equal: a document is in one run). */
function before(a: RunCursor, b: RunCursor): boolean {
  const keyA = a.keys[a.at] ?? 0;
  const keyB = b.keys[b.at] ?? 0;
  return keyA < keyB || (keyA === keyB && (a.docs[a.at] ?? 0) < (b.docs[b.at] ?? 0));
}

/** Moves the cursor at `i` down the heap to its place. */
function siftDown(heap: RunCursor[], i: number): void {
  const cursor = heap[i];
  if (cursor === undefined) return;
  let at = i;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.length) break;
    let child = left;
    const leftCursor = heap[left];
    const rightCursor = heap[left + 1];
    if (leftCursor === undefined) break;
    let smaller = leftCursor;
    if (rightCursor !== undefined && before(rightCursor, leftCursor)) {
      child = left + 1;
      smaller = rightCursor;
    }
    if (!before(smaller, cursor)) break;
    heap[at] = smaller;
    at = child;
  }
  heap[at] = cursor;
}

/**
 * Merges runs into one new run of `level` (a k-way merge of their sorted pairs, in
 * JavaScript: a pair costs a comparison and a copy, where a row merged by SQLite cost a B-tree
 * insert), then drops the inputs. Inside the caller's write transaction.
 * @returns the new run, or undefined when the inputs held no pairs
 */
export function mergeRuns(tables: RunTables, inputs: readonly RunInfo[], level: number): LoadedRun | undefined {
  const writer = new RunWriter(tables, inputs.reduce((sum, run) => sum + run.keys, 0));
  // A binary heap of the cursors by their next pair: the smallest is found in log2(k)
  // comparisons, where a scan of every cursor, twice a step, took 2k (hash keys interleave the
  // runs pair by pair, so a step seldom copies more than one pair: at 8 runs the scans were
  // most of a deep merge's JavaScript).
  const heap = inputs.map((run) => new RunCursor(tables, run)).filter((c) => c.nextNonEmpty());
  for (let i = (heap.length >>> 1) - 1; i >= 0; i--) siftDown(heap, i);
  for (;;) {
    const best = heap[0];
    if (best === undefined) break;
    // Copy the best cursor's pairs while they stay below every other cursor's head: the
    // smaller of the root's children.
    let next = heap[1];
    const right = heap[2];
    if (right !== undefined && (next === undefined || before(right, next))) next = right;
    const limitKey = next === undefined ? Number.POSITIVE_INFINITY : (next.keys[next.at] ?? 0);
    const limitDoc = next === undefined ? Number.POSITIVE_INFINITY : (next.docs[next.at] ?? 0);
    const { keys, docs } = best;
    let at = best.at;
    const end = keys.length;
    for (; at < end; at++) {
      const key = keys[at] ?? 0;
      const doc = docs[at] ?? 0;
      if (key > limitKey || (key === limitKey && doc > limitDoc)) break;
      writer.push(key, doc);
    }
    best.at = at;
    if (at >= end && !best.nextNonEmpty()) {
      const last = heap.pop();
      if (last === undefined || last === best) continue;
      heap[0] = last;
    }
    siftDown(heap, 0);
  }
  const merged = writer.finish(level);
  for (const run of inputs) tables.deleteRun(run);
  return merged;
}
