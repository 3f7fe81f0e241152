import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { RESIDENT_FLOOR } from '../../src/stores/sqlite-key-hash.js';
import { bloomHas, decodeBlock } from '../../src/stores/sqlite-run-format.js';
import { FREQUENT_POSTINGS, prepareRunTables } from '../../src/stores/sqlite-runs.js';

/** Rows of a query on a SQLite store file, opened read-only for it. */
export function readRows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

/** A stored posting, with the run and level that hold it. */
export interface StoredPosting {
  level: number;
  run: number;
  key: number;
  doc: number;
}

/** A run as checked by {@link readRuns}. */
export interface CheckedRun {
  level: number;
  run: number;
  postings: number;
}

/**
 * Reads every run of a store file (schema v7) from its blocks and checks each run's row
 * against them: block pair counts, postings, min/max ordinals, fences (with their ordinals, a
 * lower bound of each block's pairs; at most the next block's first key), the Bloom filter (it holds every key
 * below the resident floor), the stored counts of frequent keys (equal to a recount; every
 * non-resident key with as many postings as the threshold has one, no resident key has one), and pairs sorted without repeats.
 * @returns the runs (oldest first) and every posting, sorted by run, key, ordinal
 */
export function readRuns(path: string): { runs: CheckedRun[]; postings: StoredPosting[] } {
  const db = new Database(path, { readonly: true });
  try {
    const tables = prepareRunTables(db);
    const runs: CheckedRun[] = [];
    const postings: StoredPosting[] = [];
    for (const info of tables.listRuns()) {
      const run = tables.loadRun(info);
      const blocks = tables.readBlockRange(run.firstBlock, run.firstBlock + run.blocks - 1).map(decodeBlock);
      assert.equal(blocks.length, run.blocks, `blocks of run ${run.run}`);
      assert.equal(run.sizes.length, run.blocks);
      assert.equal(run.fences.length, run.blocks);
      const counts = new Map<number, number>();
      let previous: [number, number] = [-1, -1];
      let minDoc = Number.POSITIVE_INFINITY;
      let maxDoc = 0;
      blocks.forEach((pairs, b) => {
        assert.equal(pairs.keys.length, run.sizes[b], `size of block ${b} of run ${run.run}`);
        pairs.keys.forEach((key, i) => {
          const doc = pairs.docs[i] ?? -1;
          assert.ok(key > previous[0] || (key === previous[0] && doc > previous[1]), `pairs out of order in run ${run.run}`);
          previous = [key, doc];
          assert.ok(key >= (run.fences[b] ?? Number.NaN), `key below its block's fence in run ${run.run}`);
          if (key === run.fences[b]) assert.ok(doc >= (run.fenceDocs[b] ?? Number.NaN), `pair below its block's first pair in run ${run.run}`);
          if (b + 1 < run.blocks) assert.ok(key <= (run.fences[b + 1] ?? Number.NaN), `key above the next fence in run ${run.run}`);
          if (key < RESIDENT_FLOOR) assert.ok(bloomHas(run.bloom, key), `key missing from the Bloom filter of run ${run.run}`);
          counts.set(key, (counts.get(key) ?? 0) + 1);
          minDoc = Math.min(minDoc, doc);
          maxDoc = Math.max(maxDoc, doc);
          postings.push({ level: run.level, run: run.run, key, doc });
        });
      });
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      assert.equal(run.postings, total, `postings of run ${run.run}`);
      assert.ok(total > 0, `run ${run.run} is empty but kept`);
      assert.ok(run.minDoc <= minDoc && run.maxDoc >= maxDoc, `ordinal range of run ${run.run}`);
      run.frequentKeys.forEach((key, i) => assert.equal(run.frequentCounts[i], counts.get(key) ?? 0, `stored count of a key in run ${run.run}`));
      const stored = new Set(run.frequentKeys);
      for (const [key, n] of counts) if (n >= FREQUENT_POSTINGS && key < RESIDENT_FLOOR) assert.ok(stored.has(key), `frequent key without a count in run ${run.run}`);
      // Resident keys are answered from the resident tables: they take no room in counts (v9).
      for (const key of stored) assert.ok(key < RESIDENT_FLOOR, `a resident key has a stored count in run ${run.run}`);
      runs.push({ level: run.level, run: run.run, postings: run.postings });
    }
    return { runs, postings };
  } finally {
    db.close();
  }
}

/** Postings per level, from the blocks (levels without postings absent), ascending. */
export function postingsPerLevel(path: string): { level: number; postings: number }[] {
  const perLevel = new Map<number, number>();
  for (const run of readRuns(path).runs) perLevel.set(run.level, (perLevel.get(run.level) ?? 0) + run.postings);
  return [...perLevel].sort((x, y) => x[0] - y[0]).map(([level, postings]) => ({ level, postings }));
}
