/**
 * Resident postings (schema v8): the pairs of resident keys (LSH band keys, see
 * `isResidentKey`) hash at or above `RESIDENT_FLOOR`, so they are the tail of every sorted run.
 * A connection reads a run's tail once, decoded into two typed arrays (12 bytes a pair, ≈ 384
 * bytes a document for 32 band keys), and answers resident keys from memory: a band lookup
 * reads no block. The tails are bucketed together by key in two tables ({@link ResidentIndex}:
 * the deepest runs, which change least, and the younger ones), so a key costs one bucket in
 * each, not a probe per run: memory misses, not instructions, are the cost (a Bloom probe
 * ≈ 150 ns, a binary search ≈ 1 µs over tens of megabytes, measured at 100k).
 */
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import type { KeyRow } from './sqlite-postings.js';
import { decodeBlock, lowerBound } from './sqlite-run-format.js';
import type { LoadedRun, RunTables } from './sqlite-runs.js';

/** A run's resident pairs, sorted by key, then ordinal. */
export interface ResidentPairs {
  keys: Float64Array;
  docs: Uint32Array;
}

/**
 * Reads and decodes the resident pairs of a run: the blocks from the last one starting below
 * the floor (it may hold the first resident pairs) to the run's end.
 */
export function loadResident(tables: RunTables, run: LoadedRun): ResidentPairs {
  const from = Math.max(0, lowerBound(run.fences, RESIDENT_FLOOR) - 1);
  if (from >= run.blocks) return { keys: new Float64Array(0), docs: new Uint32Array(0) };
  const blocks = tables.readBlockRange(run.firstBlock + from, run.firstBlock + run.blocks - 1).map(decodeBlock);
  let total = 0;
  const starts = blocks.map((pairs) => {
    const start = lowerBound(pairs.keys, RESIDENT_FLOOR);
    total += pairs.keys.length - start;
    return start;
  });
  const keys = new Float64Array(total);
  const docs = new Uint32Array(total);
  let at = 0;
  blocks.forEach((pairs, i) => {
    const start = starts[i] ?? 0;
    keys.set(pairs.keys.subarray(start), at);
    docs.set(pairs.docs.subarray(start), at);
    at += pairs.keys.length - start;
  });
  return { keys, docs };
}

/** Pairs per bucket of a {@link BucketTable}, on average. */
const PAIRS_PER_BUCKET = 8;

/**
 * The pairs of several runs' tails scattered into one table by the key's value (a counting
 * sort): a bucket's pairs start at `directory[bucket]`, unsorted within it. Resident hashes are
 * uniform, so a bucket holds ≈ 8 pairs (one cache line of keys) but for hot keys. A key then
 * costs two memory reads however many runs the pairs came from.
 */
class BucketTable {
  static readonly EMPTY = new BucketTable(new Float64Array(0), new Uint32Array(0), Uint32Array.of(0, 0));

  private constructor(
    private readonly keys: Float64Array,
    private readonly docs: Uint32Array,
    private readonly directory: Uint32Array,
  ) {}

  /** The table of the pairs of `tails`. */
  static of(tails: readonly ResidentPairs[]): BucketTable {
    const total = tails.reduce((sum, tail) => sum + tail.keys.length, 0);
    if (total === 0) return BucketTable.EMPTY;
    const buckets = Math.max(1, Math.ceil(total / PAIRS_PER_BUCKET));
    const directory = new Uint32Array(buckets + 1);
    for (const tail of tails) {
      for (const key of tail.keys) {
        const b = bucketOf(key, buckets) + 1;
        directory[b] = (directory[b] ?? 0) + 1;
      }
    }
    for (let b = 1; b <= buckets; b++) directory[b] = (directory[b] ?? 0) + (directory[b - 1] ?? 0);
    const next = directory.slice(0, buckets);
    const keys = new Float64Array(total);
    const docs = new Uint32Array(total);
    for (const tail of tails) {
      for (let i = 0; i < tail.keys.length; i++) {
        const key = tail.keys[i] ?? 0;
        const b = bucketOf(key, buckets);
        const at = next[b] ?? 0;
        keys[at] = key;
        docs[at] = tail.docs[i] ?? 0;
        next[b] = at + 1;
      }
    }
    return new BucketTable(keys, docs, directory);
  }

  /** The bucket of `key`: `[from, to)` of the pairs. */
  bucket(key: number): [number, number] {
    const b = bucketOf(key, this.directory.length - 1);
    return [this.directory[b] ?? 0, this.directory[b + 1] ?? 0];
  }

  /** How many pairs of `key` a bucket holds. */
  count(key: number, [from, to]: [number, number]): number {
    let n = 0;
    for (let i = from; i < to; i++) if (this.keys[i] === key) n++;
    return n;
  }

  /** Appends the ordinals of `key` in a bucket to `ids`. */
  collect(key: number, [from, to]: [number, number], ids: number[]): void {
    for (let i = from; i < to; i++) if (this.keys[i] === key) ids.push(this.docs[i] ?? 0);
  }
}

function bucketOf(key: number, buckets: number): number {
  return Math.min(buckets - 1, Math.floor(((key - RESIDENT_FLOOR) / RESIDENT_FLOOR) * buckets));
}

/** The runs' identity and version: a table is right while this is unchanged (run ids are never reused). */
function signatureOf(runs: readonly LoadedRun[]): string {
  return runs.map((run) => `${run.run}:${run.generation}`).join(',');
}

/**
 * The resident pairs of a connection's runs, in two bucket tables: one of the runs of the two
 * deepest levels (most pairs; they change least: a merge into those levels, or a removal from
 * them), one of the younger runs, each built again only when its runs change. The younger runs
 * change with every batch, but hold a small share (a few percent at 1M documents) and keep
 * their own decoded tails, so their table is rebuilt without reading blocks again.
 */
export class ResidentIndex {
  private deep = BucketTable.EMPTY;
  private deepSignature = '';
  private young = BucketTable.EMPTY;
  private youngSignature = '';
  private seen: readonly LoadedRun[] | undefined;

  constructor(private readonly tables: RunTables) {}

  /**
   * A resident key's row in the given runs (the connection's current ones), or undefined when
   * absent. Reads the tails it lacks.
   */
  lookup(runs: readonly LoadedRun[], key: number, limit: number): KeyRow | undefined {
    if (runs !== this.seen) this.refresh(runs);
    const deep = this.deep.bucket(key);
    const young = this.young.bucket(key);
    const count = this.deep.count(key, deep) + this.young.count(key, young);
    if (count === 0) return undefined;
    if (count > limit) return { key, count, ids: null };
    const ids: number[] = [];
    this.deep.collect(key, deep, ids);
    this.young.collect(key, young, ids);
    return { key, count, ids };
  }

  private refresh(runs: readonly LoadedRun[]): void {
    this.seen = runs;
    let deepest = 0;
    for (const run of runs) deepest = Math.max(deepest, run.level);
    const deep = runs.filter((run) => run.level >= deepest - 1);
    const young = runs.filter((run) => run.level < deepest - 1);
    const deepSignature = signatureOf(deep);
    if (deepSignature !== this.deepSignature) {
      // The old table goes before the tails are read: both at once would double the peak.
      this.deep = BucketTable.EMPTY;
      this.deep = BucketTable.of(deep.map((run) => run.resident ?? loadResident(this.tables, run)));
      // The deep runs' own tails are not kept: the table holds their pairs.
      for (const run of deep) run.resident = undefined;
      this.deepSignature = deepSignature;
    }
    const youngSignature = signatureOf(young);
    if (youngSignature !== this.youngSignature) {
      this.young = BucketTable.of(young.map((run) => (run.resident ??= loadResident(this.tables, run))));
      this.youngSignature = youngSignature;
    }
  }
}
