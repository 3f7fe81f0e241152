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
import { BucketTable, tailCursor, type PairCursor } from './sqlite-bucket-table.js';
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import { SLOT_AVERAGE, SlotTable, type ResidentTable } from './sqlite-slot-table.js';
import type { KeyRows } from './sqlite-key-rows.js';
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

/** A bucket table of some runs, and the runs' identity it was built for. */
interface Tier {
  table: ResidentTable;
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
   * Bucket bounds of the keys asked, three tables' worth, kept between lookups (no allocation
   * per lookup): grown as needed.
   */
  private spans = new Uint32Array(3 * 2 * 256);
  /** The table each listed place of a lookup is in (kept between lookups, grown as needed). */
  private tableOf = new Uint8Array(4096);
  /** What {@link BucketTable.locate} read, kept so that its reads count as used. */
  private touched = 0;

  /**
   * Resident keys' rows in the given runs (the connection's current ones), written to `rows`.
   * Reads the tails it lacks. Every key's buckets are located first, table by table, then
   * gathered, so the memory misses of different keys overlap.
   * @param keys resident key hashes; the first `count` are asked
   * @param places each asked key's place in `rows`
   * @param limit ordinals are listed for a key of at most this many postings
   * @param rows where each key's count (left 0 when absent) and listed ordinals go
   */
  lookupMany(runs: readonly LoadedRun[], keys: Float64Array, places: Uint32Array, count: number, limit: number, rows: KeyRows): void {
    if (runs !== this.seen) this.refresh(runs);
    const tables: readonly ResidentTable[] = [this.deep.table, this.middle.table, this.fresh.table];
    const stride = 2 * count;
    if (this.spans.length < 3 * stride) this.spans = new Uint32Array(2 * 3 * stride);
    const spans = this.spans;
    tables.forEach((table, t) => (this.touched ^= table.locate(keys, count, spans, t * stride)));
    const first = rows.used;
    for (let i = 0; i < count; i++) {
      const key = keys[i] ?? 0;
      const start = rows.used;
      let found = 0;
      for (let t = 0; t < tables.length; t++) {
        const at = t * stride + 2 * i;
        const from = spans[at] ?? 0;
        const to = spans[at + 1] ?? 0;
        if (from === to) continue;
        const room = limit - Math.min(found, limit);
        const n = tables[t]?.placesTo(key, from, to, rows.reserve(Math.min(room, to - from)), rows.used, room) ?? 0;
        const listed = Math.min(n, room);
        if (this.tableOf.length < rows.used + listed) this.growTableOf(rows.used + listed);
        const tableOf = this.tableOf;
        for (let k = 0; k < listed; k++) tableOf[rows.used++] = t;
        found += n;
      }
      // A key over the limit lists nothing: its ordinals written so far are dropped.
      if (found > limit) rows.used = start;
      if (found > 0) rows.set(places[i] ?? 0, found, start);
    }
    // Places to ordinals in one loop whose reads depend on no earlier one's: a stored document's
    // lookup lists ≈ 150–190 ordinals, a memory miss each in a table of hundreds of megabytes.
    const { ordinals, used } = rows;
    for (let p = first; p < used; p++) ordinals[p] = tables[this.tableOf[p] ?? 0]?.ordinalAt(ordinals[p] ?? 0) ?? 0;
  }

  /** Grows {@link tableOf} to at least `length`. */
  private growTableOf(length: number): void {
    const grown = new Uint8Array(2 * length);
    grown.set(this.tableOf);
    this.tableOf = grown;
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

  /**
   * The table of young runs, from their kept tails: `tier` itself while they are the same runs. A
   * big one is laid out in slots (sqlite-slot-table.ts: no directory read a key, for ≈ 2× the
   * bytes of a pair; the young runs hold few of the pairs).
   */
  private kept(tier: Tier, runs: readonly LoadedRun[]): Tier {
    const signature = runsSignature(runs);
    if (signature === tier.signature) return tier;
    const tails = runs.map((run) => (run.resident ??= loadResident(this.tables, run)));
    const bound = tails.reduce((sum, tail) => sum + tail.keys.length, 0);
    return { table: SlotTable.of(BucketTable.merged(tails.map(tailCursor), bound, SLOT_AVERAGE)), signature };
  }
}
