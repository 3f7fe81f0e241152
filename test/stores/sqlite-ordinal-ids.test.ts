import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/stores/index.js';
import { prepareOrdinalIds } from '../../src/stores/sqlite-ordinal-ids.js';
import { makeDocument } from './fake-records.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-ordinals-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ordinal ids of a connection', () => {
  it('reads ids in one list, keeps at most its capacity, and reports an ordinal that is gone', async () => {
    const path = join(dir, 'store.db');
    const store = new SqliteStore(path);
    await store.putDocuments(['a', 'b', 'c', 'd'].map((id) => makeDocument(id, { keys: ['k'] })));
    const db = new Database(path);
    try {
      const ordinals = new Map(db.prepare<[], { ordinal: number; id: string }>('SELECT ordinal, id FROM doc_ordinals').all().map((r) => [r.id, r.ordinal]));
      const of = (id: string): number => ordinals.get(id) ?? -1;
      // Capacity 2: reading four ids empties the map on the way; the answer must not suffer.
      const ids = prepareOrdinalIds(db, 2);
      const idsOf = (names: string[]): string[] | undefined => ids.idsOfEach(names.map(of), names.length);
      assert.deepEqual(idsOf(['a', 'b', 'c', 'd', 'a']), ['a', 'b', 'c', 'd', 'a']);
      assert.deepEqual(idsOf(['d', 'b']), ['d', 'b']);
      // Only the first `length` ordinals are read.
      assert.deepEqual(ids.idsOfEach([of('b'), of('a')], 1), ['b']);
      // A document deleted since the caller's lookup: its ordinal has no id any more (c is not
      // kept here: the clears above evicted it, so the table is asked and finds nothing).
      await store.deleteDocuments(['c']);
      assert.equal(idsOf(['c']), undefined);
      assert.deepEqual(idsOf(['a']), ['a']);
    } finally {
      db.close();
      await store.close();
    }
  });

  it('keeps ids across its slot arrays (4,096 ordinals each) and gives each its own', async () => {
    const path = join(dir, 'many.db');
    const store = new SqliteStore(path);
    const names = Array.from({ length: 9000 }, (_, i) => `d${i}`);
    await store.putDocuments(names.map((id) => makeDocument(id, { keys: ['k'] })));
    const db = new Database(path);
    try {
      const rows = db.prepare<[], { ordinal: number; id: string }>('SELECT ordinal, id FROM doc_ordinals ORDER BY ordinal').all();
      const ids = prepareOrdinalIds(db, 20_000);
      // Ordinals on both sides of two slot-array boundaries, the last one first, then all of them
      // (most kept by then), twice.
      const edges = rows.filter((r) => [1, 4095, 4096, 4097, 8191, 8192, 9000].includes(r.ordinal)).reverse();
      assert.deepEqual(ids.idsOfEach(edges.map((r) => r.ordinal), edges.length), edges.map((r) => r.id));
      for (let round = 0; round < 2; round++) assert.deepEqual(ids.idsOfEach(rows.map((r) => r.ordinal), rows.length), rows.map((r) => r.id));
      // A small capacity drops them all on the way and still answers right.
      const few = prepareOrdinalIds(db, 100);
      const both = [...rows, ...edges];
      assert.deepEqual(few.idsOfEach(both.map((r) => r.ordinal), both.length), both.map((r) => r.id));
    } finally {
      db.close();
      await store.close();
    }
  });
});
