import type Database from 'better-sqlite3';
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import { keyDirectory, type KeyDirectory } from './sqlite-key-directory.js';
import type { ResidentPairs } from './sqlite-resident.js';
import { BLOCK_PAIRS, bloomAdd, bloomWords, bytesOf, encodeBlock, float64sOf, uint32sOf } from './sqlite-run-format.js';

/**
 * Posting runs (schema v7): a store's postings are sorted runs of (key hash, ordinal) pairs in
 * BLOB blocks (sqlite-run-format.ts), a row of `posting_blocks` each, numbered consecutively
 * per run. A run's row in `posting_runs` holds what a lookup needs to find a key without
 * reading blocks that cannot hold it: each block's first key (fence) and pair count, a Bloom
 * filter of its keys, and the exact counts of its frequent keys. Runs are written whole and
 * never changed but by a document's removal (its pairs leave their blocks; the fences and the
 * filter stay, still right as bounds), which bumps the run's generation so that connections
 * reload its counts.
 */

/**
 * A key with at least this many postings in a run has its count stored with the run, so
 * counting it (over a lookup's limit) reads no block: a frequent term costs a count per run.
 * Every shared key, not only the very frequent: with 32, a term lookup at 100k read 571 blocks,
 * mostly to count terms over the limit in the small runs (179 with 2).
 */
export const FREQUENT_POSTINGS = 2;

/** A run's small columns. */
export interface RunInfo {
  run: number;
  level: number;
  firstBlock: number;
  blocks: number;
  postings: number;
  /**
   * Distinct keys in its filter when written (an upper bound after removals): from schema v9 the
   * keys below `RESIDENT_FLOOR` alone (a run written before counted every key: still a bound).
   */
  keys: number;
  minDoc: number;
  maxDoc: number;
  generation: number;
}

/** A run with its index columns, as a lookup uses it. */
export interface LoadedRun extends RunInfo {
  fences: Float64Array;
  /** Each block's first ordinal (with its fence, the block's first pair when written). */
  fenceDocs: Uint32Array;
  sizes: Uint32Array;
  bloom: Uint32Array;
  frequentKeys: Float64Array;
  /** The directory of `frequentKeys` (made when the run is loaded or written, never stored). */
  frequentDirectory: KeyDirectory;
  frequentCounts: Uint32Array;
  /**
   * Its resident pairs once a lookup has read them (sqlite-resident.ts). A removal from its blocks
   * bumps its generation, and the run is loaded again as a new object, without them.
   */
  resident?: ResidentPairs | undefined;
}

interface RunRow {
  run: number;
  level: number;
  first_block: number;
  blocks: number;
  postings: number;
  keys: number;
  min_doc: number;
  max_doc: number;
  generation: number;
}

interface IndexRow {
  fences: Uint8Array;
  fence_docs: Uint8Array;
  bloom: Uint8Array;
  frequent_keys: Uint8Array;
}

interface CountsRow {
  sizes: Uint8Array;
  frequent_counts: Uint8Array;
}

function infoOf(row: RunRow): RunInfo {
  return {
    run: row.run,
    level: row.level,
    firstBlock: row.first_block,
    blocks: row.blocks,
    postings: row.postings,
    keys: row.keys,
    minDoc: row.min_doc,
    maxDoc: row.max_doc,
    generation: row.generation,
  };
}

/** The statements on the run tables of a connection. */
export interface RunTables {
  /** The id the next new block gets (after every stored one). */
  nextBlockId(): number;
  insertBlock(id: number, data: Uint8Array): void;
  /** Stores a written run's row; returns its id. */
  insertRun(run: Omit<LoadedRun, 'run' | 'generation' | 'frequentDirectory'>): number;
  /** Rewrites the counts of a run whose pairs were removed (`posting_run_counts`), with a new generation. */
  updateRunCounts(run: LoadedRun): void;
  /** Drops a run and its blocks. */
  deleteRun(run: RunInfo): void;
  listRuns(): RunInfo[];
  /** A run's index; `previous`, a loaded version of it, lends its unchanging columns (only the counts are read). */
  loadRun(info: RunInfo, previous?: LoadedRun): LoadedRun;
  /** Blocks by id (those present). */
  readBlocks(ids: readonly number[]): Map<number, Uint8Array>;
  /** Blocks `first` to `last` (inclusive), in id order. */
  readBlockRange(first: number, last: number): Uint8Array[];
  replaceBlock(id: number, data: Uint8Array): void;
  /** `PRAGMA data_version`: changes when another connection commits. */
  dataVersion(): number;
}

/** The deepest level among the runs (0 when none): it and the one above hold most pairs and change least. */
export function deepestLevel(runs: readonly LoadedRun[]): number {
  let deepest = 0;
  for (const run of runs) deepest = Math.max(deepest, run.level);
  return deepest;
}

/** The runs' identity and version: what is built from them is right while this is unchanged (run ids are never reused). */
export function runsSignature(runs: readonly LoadedRun[]): string {
  return runs.map((run) => `${run.run}:${run.generation}`).join(',');
}

/**
 * Prepares the run statements of a connection.
 * @param db a connection whose schema is up to date (v7)
 */
export function prepareRunTables(db: Database.Database): RunTables {
  const maxBlock = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM posting_blocks').pluck();
  const insertBlock = db.prepare<[number, Uint8Array]>('INSERT INTO posting_blocks (id, data) VALUES (?, ?)');
  const replaceBlock = db.prepare<[Uint8Array, number]>('UPDATE posting_blocks SET data = ? WHERE id = ?');
  const insertRun = db.prepare<unknown[], number>(`INSERT INTO posting_runs
    (level, first_block, blocks, keys, min_doc, max_doc, fences, fence_docs, bloom, frequent_keys)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING run`).pluck();
  const insertCounts = db.prepare<[number, number, Uint8Array, Uint8Array]>(
    'INSERT INTO posting_run_counts (run, generation, postings, sizes, frequent_counts) VALUES (?, 0, ?, ?, ?)',
  );
  const updateRun = db.prepare<[number, Uint8Array, Uint8Array, number]>(
    'UPDATE posting_run_counts SET postings = ?, sizes = ?, frequent_counts = ?, generation = generation + 1 WHERE run = ?',
  );
  const deleteRun = db.prepare<[number]>('DELETE FROM posting_runs WHERE run = ?');
  const deleteCounts = db.prepare<[number]>('DELETE FROM posting_run_counts WHERE run = ?');
  const deleteBlocks = db.prepare<[number, number]>('DELETE FROM posting_blocks WHERE id BETWEEN ? AND ?');
  const listRuns = db.prepare<[], RunRow>(
    `SELECT r.run, r.level, r.first_block, r.blocks, c.postings, r.keys, r.min_doc, r.max_doc, c.generation
     FROM posting_runs r JOIN posting_run_counts c ON c.run = r.run ORDER BY r.run`,
  );
  const loadIndex = db.prepare<[number], IndexRow>('SELECT fences, fence_docs, bloom, frequent_keys FROM posting_runs WHERE run = ?');
  const loadCounts = db.prepare<[number], CountsRow>('SELECT sizes, frequent_counts FROM posting_run_counts WHERE run = ?');
  /** The columns of a run's row that never change once written. */
  const readIndex = (run: number): Pick<LoadedRun, 'fences' | 'fenceDocs' | 'bloom' | 'frequentKeys' | 'frequentDirectory'> => {
    const row = loadIndex.get(run);
    if (row === undefined) throw new Error(`posting run ${run} is missing`);
    const frequentKeys = float64sOf(row.frequent_keys);
    return { fences: float64sOf(row.fences), fenceDocs: uint32sOf(row.fence_docs), bloom: uint32sOf(row.bloom), frequentKeys, frequentDirectory: keyDirectory(frequentKeys) };
  };
  // Driven by the id list (a probe per id, no temporary table as `IN (SELECT …)` builds); raw
  // rows, no object per block: a block read costs ≈ 3.5 µs, half of it the blob's Buffer.
  const readBlocks = db
    .prepare<[string], [number, Uint8Array]>('SELECT b.id, b.data FROM json_each(?) j CROSS JOIN posting_blocks b ON b.id = j.value')
    .raw(true);
  const readRange = db.prepare<[number, number], Uint8Array>('SELECT data FROM posting_blocks WHERE id BETWEEN ? AND ? ORDER BY id').pluck();
  // The pragma itself, not its table-valued form (`SELECT … FROM pragma_data_version`): asked on
  // every lookup, ≈ 2.0 against ≈ 3.3 µs of CPU (a virtual-table cursor less).
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  return {
    nextBlockId: () => (maxBlock.get() ?? 0) + 1,
    insertBlock: (id, data) => void insertBlock.run(id, data),
    insertRun: (r) => {
      const run = insertRun.get(r.level, r.firstBlock, r.blocks, r.keys, r.minDoc, r.maxDoc, bytesOf(r.fences), bytesOf(r.fenceDocs), bytesOf(r.bloom), bytesOf(r.frequentKeys));
      if (run === undefined) throw new Error('no run id was assigned');
      insertCounts.run(run, r.postings, bytesOf(r.sizes), bytesOf(r.frequentCounts));
      return run;
    },
    updateRunCounts: (r) => void updateRun.run(r.postings, bytesOf(r.sizes), bytesOf(r.frequentCounts), r.run),
    deleteRun: (r) => {
      deleteRun.run(r.run);
      deleteCounts.run(r.run);
      if (r.blocks > 0) deleteBlocks.run(r.firstBlock, r.firstBlock + r.blocks - 1);
    },
    listRuns: () => listRuns.all().map(infoOf),
    loadRun: (info, previous) => {
      const counts = loadCounts.get(info.run);
      if (counts === undefined) throw new Error(`posting run ${info.run} is missing`);
      const index = previous ?? readIndex(info.run);
      return {
        ...info,
        fences: index.fences,
        fenceDocs: index.fenceDocs,
        bloom: index.bloom,
        frequentKeys: index.frequentKeys,
        frequentDirectory: index.frequentDirectory,
        sizes: uint32sOf(counts.sizes),
        frequentCounts: uint32sOf(counts.frequent_counts),
      };
    },
    readBlocks: (ids) => {
      const found = new Map<number, Uint8Array>();
      for (const [id, data] of readBlocks.all(JSON.stringify(ids))) found.set(id, data);
      return found;
    },
    readBlockRange: (first, last) => readRange.all(first, last),
    replaceBlock: (id, data) => void replaceBlock.run(data, id),
    dataVersion: () => dataVersion.get() ?? 0,
  };
}

/**
 * Writes one run from pairs given in (key, ordinal) order: full blocks go to the table as they
 * fill, the index columns are made on the way, and {@link RunWriter.finish} stores the run's row.
 * Migration 7 writes through it too: a change to the format it writes needs a migration.
 */
export class RunWriter {
  private readonly keys = new Float64Array(BLOCK_PAIRS);
  private readonly docs = new Uint32Array(BLOCK_PAIRS);
  private filled = 0;
  private readonly fences: number[] = [];
  private readonly fenceDocs: number[] = [];
  private readonly sizes: number[] = [];
  private readonly bloom: Uint32Array;
  private readonly frequentKeys: number[] = [];
  private readonly frequentCounts: number[] = [];
  private lastKey = Number.NaN;
  private lastKeyPostings = 0;
  private distinct = 0;
  private postings = 0;
  private minDoc = Number.POSITIVE_INFINITY;
  private maxDoc = 0;

  /**
   * @param tables where blocks and the run's row go
   * @param keyBound at least the number of distinct keys below `RESIDENT_FLOOR` to come (sizes
   *   the Bloom filter; resident keys are not put in it)
   */
  constructor(
    private readonly tables: RunTables,
    keyBound: number,
    private readonly firstBlock = tables.nextBlockId(),
  ) {
    this.bloom = new Uint32Array(bloomWords(keyBound));
  }

  /** Adds the next pair; pairs come sorted by key, then ordinal, without repeats. */
  push(key: number, doc: number): void {
    if (key !== this.lastKey) {
      this.endKey();
      this.lastKey = key;
      // A resident key is answered from the resident tables, never through a run's filter or
      // counts (sqlite-resident.ts): it takes no room there (≈ 135 bytes a document at 1M).
      if (key < RESIDENT_FLOOR) {
        this.distinct++;
        bloomAdd(this.bloom, key);
      }
    }
    this.lastKeyPostings++;
    if (this.filled === BLOCK_PAIRS) this.flush();
    if (this.filled === 0) {
      this.fences.push(key);
      this.fenceDocs.push(doc);
    }
    this.keys[this.filled] = key;
    this.docs[this.filled] = doc;
    this.filled++;
    this.postings++;
    if (doc < this.minDoc) this.minDoc = doc;
    if (doc > this.maxDoc) this.maxDoc = doc;
  }

  /**
   * Writes the last block and the run's row.
   * @returns the run, or undefined when no pair was pushed (nothing is stored)
   */
  finish(level: number): LoadedRun | undefined {
    this.endKey();
    if (this.filled > 0) this.flush();
    if (this.postings === 0) return undefined;
    const run: Omit<LoadedRun, 'run' | 'generation' | 'frequentDirectory'> = {
      level,
      firstBlock: this.firstBlock,
      blocks: this.sizes.length,
      postings: this.postings,
      keys: this.distinct,
      minDoc: this.minDoc,
      maxDoc: this.maxDoc,
      fences: Float64Array.from(this.fences),
      fenceDocs: Uint32Array.from(this.fenceDocs),
      sizes: Uint32Array.from(this.sizes),
      bloom: this.bloom,
      frequentKeys: Float64Array.from(this.frequentKeys),
      frequentCounts: Uint32Array.from(this.frequentCounts),
    };
    return { ...run, frequentDirectory: keyDirectory(run.frequentKeys), run: this.tables.insertRun(run), generation: 0 };
  }

  private endKey(): void {
    if (this.lastKeyPostings >= FREQUENT_POSTINGS && this.lastKey < RESIDENT_FLOOR) {
      this.frequentKeys.push(this.lastKey);
      this.frequentCounts.push(this.lastKeyPostings);
    }
    this.lastKeyPostings = 0;
  }

  private flush(): void {
    this.tables.insertBlock(this.firstBlock + this.sizes.length, encodeBlock(this.keys, this.docs, 0, this.filled));
    this.sizes.push(this.filled);
    this.filled = 0;
  }
}

/**
 * A connection's loaded runs. Runs change only by writes, so the set is read again only when
 * `PRAGMA data_version` says another connection committed, or after this connection wrote
 * ({@link RunCache.forget}); a run whose generation is unchanged keeps its loaded index.
 */
export class RunCache {
  private version = Number.NaN;
  private runs: LoadedRun[] = [];

  constructor(private readonly tables: RunTables) {}

  /** The runs of the current snapshot, oldest first (call inside a transaction). */
  current(): LoadedRun[] {
    const version = this.tables.dataVersion();
    if (version === this.version) return this.runs;
    const kept = new Map(this.runs.map((r) => [r.run, r]));
    this.runs = this.tables.listRuns().map((info) => {
      const old = kept.get(info.run);
      if (old !== undefined && old.generation === info.generation) return old;
      // A removal changed only the run's counts: its filter and fences are still the loaded ones.
      return this.tables.loadRun(info, old);
    });
    this.version = version;
    return this.runs;
  }

  /** Reads the runs again on next use: this connection wrote. */
  forget(): void {
    this.version = Number.NaN;
  }

  /** Forgets every loaded run: a rolled-back write may have loaded runs that were never committed. */
  clear(): void {
    this.version = Number.NaN;
    this.runs = [];
  }
}
