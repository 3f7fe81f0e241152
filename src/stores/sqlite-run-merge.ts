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

/**
 * Merges runs into one new run of `level` (a k-way merge of their sorted pairs, in
 * JavaScript: a pair costs a comparison and a copy, where a row merged by SQLite cost a B-tree
 * insert), then drops the inputs. Inside the caller's write transaction.
 * @returns the new run, or undefined when the inputs held no pairs
 */
export function mergeRuns(tables: RunTables, inputs: readonly RunInfo[], level: number): LoadedRun | undefined {
  const writer = new RunWriter(tables, inputs.reduce((sum, run) => sum + run.keys, 0));
  const cursors = inputs.map((run) => new RunCursor(tables, run)).filter((c) => c.nextNonEmpty());
  while (cursors.length > 0) {
    // The cursor with the smallest (key, ordinal); few runs are merged at once, so a linear scan.
    let best = cursors[0];
    if (best === undefined) break;
    let bestKey = best.keys[best.at] ?? 0;
    let bestDoc = best.docs[best.at] ?? 0;
    for (let i = 1; i < cursors.length; i++) {
      const c = cursors[i];
      if (c === undefined) continue;
      const key = c.keys[c.at] ?? 0;
      if (key < bestKey || (key === bestKey && (c.docs[c.at] ?? 0) < bestDoc)) {
        best = c;
        bestKey = key;
        bestDoc = c.docs[c.at] ?? 0;
      }
    }
    // Copy the best cursor's pairs while they stay below every other cursor's head.
    let limitKey = Number.POSITIVE_INFINITY;
    let limitDoc = Number.POSITIVE_INFINITY;
    for (const c of cursors) {
      if (c === best) continue;
      const key = c.keys[c.at] ?? 0;
      const doc = c.docs[c.at] ?? 0;
      if (key < limitKey || (key === limitKey && doc < limitDoc)) {
        limitKey = key;
        limitDoc = doc;
      }
    }
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
    if (at >= end && !best.nextNonEmpty()) cursors.splice(cursors.indexOf(best), 1);
  }
  const merged = writer.finish(level);
  for (const run of inputs) tables.deleteRun(run);
  return merged;
}
