import type Database from 'better-sqlite3';
import { nextMerge, type LevelPolicy } from './sqlite-levels.js';
import { mergeRuns } from './sqlite-run-merge.js';
import { sortPairs, type PairList } from './sqlite-pair-sort.js';
import { blockRange, bloomHas, decodeBlock, encodeBlock, lowerBound, type BlockPairs } from './sqlite-run-format.js';
import { RESIDENT_FLOOR } from './sqlite-key-hash.js';
import { findKey } from './sqlite-key-directory.js';
import { DeepTier } from './sqlite-frequent-tier.js';
import type { KeyRows } from './sqlite-key-rows.js';
import { ResidentIndex } from './sqlite-resident.js';
import { prepareRunTables, RunCache, RunWriter, type LoadedRun, type RunTables } from './sqlite-runs.js';

/**
 * The postings of a SQLite store: keys as their hashes (sqlite-key-hash.ts), documents as their
 * ordinals in `doc_ordinals`, in sorted runs of BLOB blocks (schema v7: sqlite-runs.ts) merged
 * by level (sqlite-levels.ts).
 */
export interface PostingIndex {
  /**
   * Writes a batch's postings as one new run and merges every level that outgrew its share
   * (inside the caller's write transaction).
   * @param pairs (key hash, ordinal) pairs in ascending ordinal order, repeats allowed; no
   *   (key, ordinal) may be stored yet
   */
  add(pairs: PairList): void;
  /**
   * Takes a document's postings back out of the blocks that hold them, with their counts
   * (inside the caller's write transaction).
   * @param doc the document's ordinal
   * @param keys the hashes of its keys, without repeats
   */
  remove(doc: number, keys: readonly number[]): void;
  /** Writes the counts that removals changed, once per run (before the transaction ends). */
  flush(): void;
  /**
   * Counts and (within `limit`) ordinals of the key hashes, written to `rows` key by key in the
   * order asked; an absent key's count is 0. Inside a transaction: its reads must see one snapshot.
   * @param keys distinct key hashes
   * @param rows the caller's kept rows, reset here
   */
  lookup(keys: readonly number[], limit: number, rows: KeyRows): void;
  /** Call after every write transaction of the connection, committed or not. */
  afterWrite(committed: boolean): void;
}

/** A block of a run that may hold a key. */
interface BlockRef {
  run: LoadedRun;
  index: number;
}

/** A looked-up key's state: its count so far, its ordinals, and the blocks left to read. */
interface Asked {
  /** Its place in the answer. */
  at: number;
  key: number;
  count: number;
  docs: number[];
  /** Blocks read in the first pass (keys without a stored count in the run). */
  blocks: number[];
  /** Runs that store the key's count: their blocks are read only when the total is within the limit. */
  counted: LoadedRun[];
}

/** The blocks of `run` that may hold `key` and are not empty, as ids. */
function blocksOf(run: LoadedRun, key: number, into: number[]): void {
  const range = blockRange(run.fences, key);
  if (range === undefined) return;
  for (let b = range[0]; b <= range[1]; b++) if ((run.sizes[b] ?? 0) > 0) into.push(run.firstBlock + b);
}

/** Appends the ordinals of `key` in a block to `docs`; returns how many. */
function scanBlock(pairs: BlockPairs, key: number, docs: number[]): number {
  let found = 0;
  for (let i = lowerBound(pairs.keys, key); i < pairs.keys.length && pairs.keys[i] === key; i++) {
    docs.push(pairs.docs[i] ?? 0);
    found++;
  }
  return found;
}

/**
 * The block of a run that holds the pair (key, doc) if the run has it: the last block whose
 * first pair, as written (fence key and ordinal), is not above it. -1 when the key is below
 * the run's first fence.
 */
function pairBlock(run: LoadedRun, key: number, doc: number): number {
  const range = blockRange(run.fences, key);
  if (range === undefined) return -1;
  let lo = range[0];
  let hi = range[1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const fence = run.fences[mid] ?? 0;
    if (fence < key || (fence === key && (run.fenceDocs[mid] ?? 0) <= doc)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of `key` in a run's frequent keys, or -1. */
function frequentIndex(run: LoadedRun, key: number): number {
  return findKey(run.frequentKeys, run.frequentDirectory, key);
}

/** Reads and decodes the blocks not read yet. */
function readInto(tables: RunTables, ids: Iterable<number>, read: Map<number, BlockPairs>): void {
  const missing = [...new Set(ids)].filter((id) => !read.has(id));
  if (missing.length === 0) return;
  for (const [id, data] of tables.readBlocks(missing)) read.set(id, decodeBlock(data));
}

/**
 * Prepares the posting statements of a SQLite store.
 * @param db a connection whose schema is up to date (v7)
 * @param policy when a level's runs are merged into the next level
 */
export function preparePostingIndex(db: Database.Database, policy: LevelPolicy): PostingIndex {
  const tables = prepareRunTables(db);
  const cache = new RunCache(tables);
  const resident = new ResidentIndex(tables);
  // The resident keys of a lookup and their places in it, kept between lookups (grown as needed).
  let residentKeys = new Float64Array(256);
  let residentPlaces = new Uint32Array(256);

  const mergeFull = (): void => {
    for (;;) {
      const runs = tables.listRuns();
      const sizes = new Map<number, number>();
      for (const run of runs) sizes.set(run.level, (sizes.get(run.level) ?? 0) + run.postings);
      const merge = nextMerge(sizes, policy);
      if (merge === undefined) return;
      mergeRuns(tables, runs.filter((run) => run.level === merge.from), merge.to);
    }
  };

  // The deepest runs' frequent keys merged (sqlite-frequent-tier.ts).
  const tiers = new DeepTier();

  // Runs whose counts removals changed in this transaction, written once by `flush`.
  const dirty = new Set<LoadedRun>();
  // Whether this transaction wrote postings: only then is the cache behind the file (another
  // connection's commit is seen by `data_version`; this one's is not).
  let touched = false;
  const flush = (): void => {
    for (const run of dirty) {
      if (run.postings <= 0) tables.deleteRun(run);
      else tables.updateRunCounts(run);
    }
    dirty.clear();
  };

  const removeFrom = (run: LoadedRun, doc: number, keys: readonly number[]): number => {
    const ids: number[] = [];
    for (const key of keys) {
      // Resident keys are in no filter (schema v9); the run is the document's anyway.
      if (key < RESIDENT_FLOOR && !bloomHas(run.bloom, key)) continue;
      const b = pairBlock(run, key, doc);
      if (b >= 0 && (run.sizes[b] ?? 0) > 0) ids.push(run.firstBlock + b);
    }
    if (ids.length === 0) return 0;
    let removed = 0;
    for (const [id, data] of tables.readBlocks([...new Set(ids)])) {
      const pairs = decodeBlock(data);
      const keep: number[] = [];
      for (let i = 0; i < pairs.docs.length; i++) {
        if (pairs.docs[i] === doc) {
          const key = pairs.keys[i] ?? 0;
          const at = frequentIndex(run, key);
          if (at >= 0) run.frequentCounts[at] = (run.frequentCounts[at] ?? 0) - 1;
        } else keep.push(i);
      }
      const gone = pairs.docs.length - keep.length;
      if (gone === 0) continue;
      const keys = Float64Array.from(keep, (i) => pairs.keys[i] ?? 0);
      const docs = Uint32Array.from(keep, (i) => pairs.docs[i] ?? 0);
      tables.replaceBlock(id, encodeBlock(keys, docs, 0, keep.length));
      const b = id - run.firstBlock;
      run.sizes[b] = (run.sizes[b] ?? 0) - gone;
      removed += gone;
    }
    if (removed === 0) return 0;
    run.postings -= removed;
    dirty.add(run);
    return removed;
  };

  return {
    add(pairs) {
      flush();
      if (pairs.length === 0) return;
      touched = true;
      const sorted = sortPairs(pairs);
      // Sorted: the pairs below the floor come first, and bound the filter's keys.
      const writer = new RunWriter(tables, lowerBound(sorted.keys, RESIDENT_FLOOR, 0, sorted.length));
      for (let i = 0; i < sorted.length; i++) writer.push(sorted.keys[i] ?? 0, sorted.docs[i] ?? 0);
      writer.finish(0);
      mergeFull();
    },
    remove(doc, keys) {
      touched = true;
      // A document's postings are all in one run (runs hold whole batches and merge whole); the
      // newest runs are tried first, and only runs whose ordinals span the document's.
      const runs = cache.current();
      for (let r = runs.length - 1; r >= 0; r--) {
        const run = runs[r];
        if (run === undefined || doc < run.minDoc || doc > run.maxDoc) continue;
        if (removeFrom(run, doc, keys) > 0) break;
      }
      // The cache is kept: later removals of this transaction must see these changed counts.
    },
    flush,
    lookup(keys, limit, rows) {
      rows.reset(keys.length);
      const runs = cache.current();
      const { tier, rest } = tiers.of(runs);
      const asked: Asked[] = [];
      // Resident keys are answered together (their memory misses overlap: sqlite-bucket-table.ts).
      if (residentKeys.length < keys.length) {
        residentKeys = new Float64Array(2 * keys.length);
        residentPlaces = new Uint32Array(2 * keys.length);
      }
      let residents = 0;
      keys.forEach((key, at) => {
        if (key < RESIDENT_FLOOR) return;
        residentKeys[residents] = key;
        residentPlaces[residents++] = at;
      });
      if (residents > 0) resident.lookupMany(runs, residentKeys, residentPlaces, residents, limit, rows);
      keys.forEach((key, at) => {
        if (key >= RESIDENT_FLOOR) return;
        const one: Asked = { at, key, count: 0, docs: [], blocks: [], counted: [] };
        const found = tier.find(key);
        one.count = found.count;
        tier.runs.forEach((run, r) => {
          if ((found.mask & (1 << r)) !== 0) one.counted.push(run);
          else if (bloomHas(run.bloom, key)) blocksOf(run, key, one.blocks);
        });
        for (const run of rest) {
          if (!bloomHas(run.bloom, key)) continue;
          const at = frequentIndex(run, key);
          if (at < 0) blocksOf(run, key, one.blocks);
          else {
            one.count += run.frequentCounts[at] ?? 0;
            one.counted.push(run);
          }
        }
        if (one.blocks.length > 0 || one.count > 0) asked.push(one);
      });
      if (asked.length === 0) return;
      const read = new Map<number, BlockPairs>();
      readInto(tables, asked.flatMap((a) => a.blocks), read);
      for (const a of asked) for (const id of a.blocks) {
        const pairs = read.get(id);
        if (pairs !== undefined) a.count += scanBlock(pairs, a.key, a.docs);
      }
      const listed = asked.filter((a) => a.count > 0 && a.count <= limit && a.counted.length > 0);
      const blocksOfListed = listed.map((a) => {
        const ids: number[] = [];
        for (const run of a.counted) blocksOf(run, a.key, ids);
        return ids;
      });
      readInto(tables, blocksOfListed.flat(), read);
      listed.forEach((a, i) => {
        for (const id of blocksOfListed[i] ?? []) {
          const pairs = read.get(id);
          if (pairs !== undefined) scanBlock(pairs, a.key, a.docs);
        }
      });
      for (const a of asked) {
        if (a.count === 0) continue;
        const start = rows.used;
        if (a.count <= limit) rows.push(a.docs);
        rows.set(a.at, a.count, start);
      }
    },
    afterWrite(committed) {
      dirty.clear();
      if (!committed) cache.clear();
      else if (touched) cache.forget();
      touched = false;
    },
  };
}
