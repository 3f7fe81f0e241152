/**
 * Resident postings (schema v8; v9: fingerprints too): the pairs of resident keys (LSH band
 * and fingerprint keys, see `isResidentKey`) hash at or above `RESIDENT_FLOOR`, so they are the
 * tail of every sorted run. A connection reads a run's tail once and answers resident keys from
 * memory (8 bytes a pair in a big table, ≈ 0.9 KB a document for 32 band and ≈ 76 fingerprint
 * keys): a sketch lookup reads no block. The tails are bucketed together by key in three tables ({@link ResidentIndex}: the
 * deepest runs, which change least, the middle levels, and level 0), so a key costs one bucket
 * in each, not a probe per run: memory misses, not instructions, are the cost (a Bloom probe
 * ≈ 150 ns, a binary search ≈ 1 µs over tens of megabytes, measured at 100k).
 */
import { RESIDENT_FLOOR, TWO_32 } from './sqlite-key-hash.js';
import type { KeyRow } from './sqlite-postings.js';
import { decodeBlock, lowerBound } from './sqlite-run-format.js';
import { RunCursor } from './sqlite-run-merge.js';
import { deepestLevel, runsSignature, type LoadedRun, type RunTables } from './sqlite-runs.js';

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
  const from = tailStart(run);
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

/** The first block of a run that may hold resident pairs: the last one starting below the floor. */
function tailStart(run: LoadedRun): number {
  return Math.max(0, lowerBound(run.fences, RESIDENT_FLOOR) - 1);
}

/** At least the number of a run's resident pairs: the pairs of its blocks from {@link tailStart}. */
function tailBound(run: LoadedRun): number {
  let bound = 0;
  for (let b = tailStart(run); b < run.blocks; b++) bound += run.sizes[b] ?? 0;
  return bound;
}

/** Sorted resident pairs read a chunk at a time: a run's blocks, or a tail already decoded. */
interface PairCursor {
  keys: Float64Array;
  docs: Uint32Array;
  at: number;
  /** Moves to the next non-empty chunk; false at the end. */
  nextNonEmpty(): boolean;
}

/** A decoded tail as one chunk. */
function tailCursor(tail: ResidentPairs): PairCursor {
  let done = false;
  return {
    keys: new Float64Array(0),
    docs: new Uint32Array(0),
    at: 0,
    nextNonEmpty() {
      if (done || tail.keys.length === 0) return false;
      done = true;
      this.keys = tail.keys;
      this.docs = tail.docs;
      return true;
    },
  };
}

/** A run's resident pairs straight from its blocks, the pairs below the floor skipped. */
function runTailCursor(tables: RunTables, run: LoadedRun): PairCursor {
  const blocks = new RunCursor(tables, run, tailStart(run));
  return {
    keys: blocks.keys,
    docs: blocks.docs,
    at: 0,
    nextNonEmpty() {
      while (blocks.nextNonEmpty()) {
        const at = lowerBound(blocks.keys, RESIDENT_FLOOR);
        if (at >= blocks.keys.length) continue;
        this.keys = blocks.keys;
        this.docs = blocks.docs;
        this.at = at;
        return true;
      }
      return false;
    },
  };
}

/** Pairs per bucket of a {@link BucketTable} that keeps whole keys, on average: 8 float64s, a cache line. */
const PAIRS_PER_BUCKET = 8;

/** Pairs per bucket of a table that keeps low bits: 16 of them are a cache line, and the directory is half. */
const PAIRS_PER_NARROW_BUCKET = 16;

/**
 * From this many buckets up a bucket spans at most 2^32 hash values (2^52 / 2^20), so two keys of
 * one bucket differ in their low 32 bits and a table keeps those alone (4 bytes a pair, not 8).
 */
const NARROW_BUCKETS = 2 ** 20;

/** A key's low 32 bits (exact: keys are integers below 2^53). */
function lowBits(key: number): number {
  return key % TWO_32;
}

/**
 * (Exported for tests.) The pairs of several runs' tails grouped into one table by the key's value: a bucket's pairs
 * start at `directory[bucket]`, in no order within it. Resident hashes are
 * uniform, so a bucket holds ≈ 8 pairs (one cache line of keys) but for hot keys. A key then
 * costs two memory reads however many runs the pairs came from. A big table keeps each pair's
 * key as its low 32 bits (see {@link NARROW_BUCKETS}): 8 bytes a pair with its ordinal, which
 * is what lets the fingerprints be resident too within ≈ 1 KB a document at 1M documents.
 */
export class BucketTable {
  static readonly EMPTY = new BucketTable(new Uint32Array(0), undefined, new Uint32Array(0), Uint32Array.of(0, 0), 1 / RESIDENT_FLOOR);

  private constructor(
    /** Each pair's key, low 32 bits. */
    private readonly lows: Uint32Array,
    /** Each pair's whole key, kept only by a table of fewer than {@link NARROW_BUCKETS} buckets. */
    private readonly keys: Float64Array | undefined,
    private readonly docs: Uint32Array,
    private readonly directory: Uint32Array,
    /** Buckets per unit of key above the floor (`buckets / RESIDENT_FLOOR`). */
    private readonly scale: number,
  ) {}

  /**
   * The table of sorted sources' pairs, bucket after bucket: each source is read in order and the
   * table written in order (a merge on the bucket number), where a counting sort scatters
   * every pair to a random place (a memory miss each: seconds for the tens of millions of pairs
   * of a deep table at 1M documents). A bucket's pairs come source by source, which its readers
   * do not mind.
   * @param sources cursors over sorted pairs, none read yet
   * @param bound at least the number of pairs the sources hold
   */
  static merged(sources: readonly PairCursor[], bound: number): BucketTable {
    if (bound === 0) return BucketTable.EMPTY;
    // From 2^19 pairs on, 2^20 buckets or more (a directory of ≥ 4 MB) cost less than whole keys
    // (8 bytes a pair, ≥ 4 MB): the table keeps low bits, even with fewer pairs a bucket.
    const buckets = bound >= NARROW_BUCKETS / 2 ? Math.max(NARROW_BUCKETS, Math.ceil(bound / PAIRS_PER_NARROW_BUCKET)) : Math.max(1, Math.ceil(bound / PAIRS_PER_BUCKET));
    const scale = buckets / RESIDENT_FLOOR;
    const last = buckets - 1;
    const directory = new Uint32Array(buckets + 1);
    const lows = new Uint32Array(bound);
    const keys = buckets < NARROW_BUCKETS ? new Float64Array(bound) : undefined;
    const docs = new Uint32Array(bound);
    const live = sources.filter((source) => source.nextNonEmpty());
    // Each live source's next bucket (-1: done): bucket by bucket, the sources standing in it give
    // their pairs of it.
    const heads = Int32Array.from(live, (source) => bucketOf(source.keys[source.at] ?? 0, scale, last));
    let at = 0;
    for (let b = 0; b < buckets; b++) {
      directory[b] = at;
      for (let s = 0; s < live.length; s++) {
        if (heads[s] !== b) continue;
        const source = live[s];
        if (source === undefined) continue;
        let head = b;
        while (head === b) {
          const from = source.keys;
          const fromDocs = source.docs;
          const end = from.length;
          let i = source.at;
          if (at + end - i > bound) throw new Error('resident pairs exceed their bound');
          for (; i < end; i++) {
            const key = from[i] ?? 0;
            head = bucketOf(key, scale, last);
            if (head !== b) break;
            lows[at] = lowBits(key);
            if (keys !== undefined) keys[at] = key;
            docs[at++] = fromDocs[i] ?? 0;
          }
          source.at = i;
          if (i < end) break;
          head = source.nextNonEmpty() ? bucketOf(source.keys[source.at] ?? 0, scale, last) : -1;
        }
        heads[s] = head;
      }
    }
    directory[buckets] = at;
    return new BucketTable(lows, keys, docs, directory, scale);
  }

  /**
   * The table of one sorted list of pairs (tests size it with `bound` to reach the big table's
   * narrow keys without millions of pairs).
   * @param bound at least the number of pairs; the table is sized by it
   */
  static ofSorted(pairs: ResidentPairs, bound = pairs.keys.length): BucketTable {
    return BucketTable.merged([tailCursor(pairs)], bound);
  }

  /**
   * Appends the ordinals of `key` to `ids` while they number at most `room`, and returns how
   * many pairs of `key` the table holds (one pass over its bucket: no tuple, no second scan).
   */
  gather(key: number, ids: number[], room: number): number {
    const b = bucketOf(key, this.scale, this.directory.length - 2);
    const to = this.directory[b + 1] ?? 0;
    const from = this.directory[b] ?? 0;
    let n = 0;
    if (this.keys !== undefined) {
      for (let i = from; i < to; i++) {
        if (this.keys[i] !== key) continue;
        if (n++ < room) ids.push(this.docs[i] ?? 0);
      }
      return n;
    }
    const low = lowBits(key);
    for (let i = from; i < to; i++) {
      if (this.lows[i] !== low) continue;
      if (n++ < room) ids.push(this.docs[i] ?? 0);
    }
    return n;
  }
}

/**
 * The bucket of a resident key: its place above the floor times `scale` (buckets / 2^52, a power
 * of two apart from the bucket count, so the product grows with the key), at most `last`.
 */
function bucketOf(key: number, scale: number, last: number): number {
  return Math.min(last, Math.floor((key - RESIDENT_FLOOR) * scale));
}

/** A bucket table of some runs, and the runs' identity it was built for. */
interface Tier {
  table: BucketTable;
  signature: string;
}

/**
 * The resident pairs of a connection's runs, in three bucket tables, each built again only
 * when its runs change: the runs of the two deepest levels (most pairs; they change least: a
 * merge into those levels, or a removal from them), the middle levels (changed by a merge out
 * of level 0, every few batches), and level 0 (changed by every batch, but a few batches'
 * pairs: its rebuild after a write costs little however big the store). The younger runs keep
 * their own decoded tails, so their tables are rebuilt without reading blocks again.
 */
export class ResidentIndex {
  private deep: Tier = { table: BucketTable.EMPTY, signature: '' };
  private middle: Tier = { table: BucketTable.EMPTY, signature: '' };
  private fresh: Tier = { table: BucketTable.EMPTY, signature: '' };
  private seen: readonly LoadedRun[] | undefined;

  constructor(private readonly tables: RunTables) {}

  /**
   * A resident key's row in the given runs (the connection's current ones), or undefined when
   * absent. Reads the tails it lacks.
   */
  lookup(runs: readonly LoadedRun[], key: number, limit: number): KeyRow | undefined {
    if (runs !== this.seen) this.refresh(runs);
    const ids: number[] = [];
    let count = this.deep.table.gather(key, ids, limit);
    count += this.middle.table.gather(key, ids, limit - Math.min(count, limit));
    count += this.fresh.table.gather(key, ids, limit - Math.min(count, limit));
    if (count === 0) return undefined;
    return { key, count, ids: count > limit ? null : ids };
  }

  private refresh(runs: readonly LoadedRun[]): void {
    this.seen = runs;
    const deepest = deepestLevel(runs);
    const deep = runs.filter((run) => run.level >= deepest - 1);
    const signature = runsSignature(deep);
    if (signature !== this.deep.signature) {
      // The old table goes before the tails are read: both at once would double the peak.
      this.deep = { table: BucketTable.EMPTY, signature: '' };
      // Straight from the blocks, no tail decoded apart: the deep runs' tails are not kept, the
      // table holds their pairs.
      const sources = deep.map((run) => (run.resident === undefined ? runTailCursor(this.tables, run) : tailCursor(run.resident)));
      const bound = deep.reduce((sum, run) => sum + (run.resident === undefined ? tailBound(run) : run.resident.keys.length), 0);
      this.deep = { table: BucketTable.merged(sources, bound), signature };
      for (const run of deep) run.resident = undefined;
    }
    this.middle = this.kept(this.middle, runs.filter((run) => run.level > 0 && run.level < deepest - 1));
    this.fresh = this.kept(this.fresh, runs.filter((run) => run.level === 0 && run.level < deepest - 1));
  }

  /** The table of young runs, from their kept tails: `tier` itself while they are the same runs. */
  private kept(tier: Tier, runs: readonly LoadedRun[]): Tier {
    const signature = runsSignature(runs);
    if (signature === tier.signature) return tier;
    const tails = runs.map((run) => (run.resident ??= loadResident(this.tables, run)));
    return { table: BucketTable.merged(tails.map(tailCursor), tails.reduce((sum, tail) => sum + tail.keys.length, 0)), signature };
  }
}
