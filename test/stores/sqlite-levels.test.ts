import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MemoryStore, SqliteStore } from '../../src/stores/index.js';
import { keyHashV6, keyHashV8, RESIDENT_FLOOR } from '../../src/stores/sqlite-key-hash.js';
import { sortPairs } from '../../src/stores/sqlite-pair-sort.js';
import { prepareRunTables, RunWriter } from '../../src/stores/sqlite-runs.js';
import { BOTTOM_LEVEL, nextMerge } from '../../src/stores/sqlite-levels.js';
import { postingsPerLevel, readRows as rows, readRuns } from './sqlite-level-rows.js';
import { migrate, MIGRATIONS } from '../../src/stores/sqlite-schema.js';
import { makeDocument } from './fake-records.js';
import { lookupMap } from './lookup-map.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-levels-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let opened = 0;
const freshPath = (): string => join(dir, `store-${(opened += 1)}.db`);

describe('posting levels: merge policy', () => {
  const policy = { firstLevelPostings: 10, growth: 4 };
  it('merges the first level over its share into the next', () => {
    assert.equal(nextMerge(new Map([[0, 10], [1, 40]]), policy), undefined);
    assert.deepEqual(nextMerge(new Map([[0, 11]]), policy), { from: 0, to: 1 });
    assert.deepEqual(nextMerge(new Map([[0, 5], [1, 41], [2, 500]]), policy), { from: 1, to: 2 });
    assert.deepEqual(nextMerge(new Map([[0, 11], [1, 41]]), policy), { from: 0, to: 1 });
  });
  it('never merges out of the bottom level', () => {
    assert.equal(nextMerge(new Map([[BOTTOM_LEVEL, Number.MAX_SAFE_INTEGER]]), policy), undefined);
  });
});

describe('posting levels in a store', () => {
  // Deterministic documents whose keys overlap: shared keys end in several levels at once.
  const docs = Array.from({ length: 40 }, (_, i) =>
    makeDocument(`d${String(i).padStart(2, '0')}`, { keys: [`k${i % 7}`, `k${i % 11}`, `own${i}`, 'all'] }),
  );
  const asked = ['all', 'missing', ...Array.from({ length: 12 }, (_, i) => `k${i}`), 'own3', 'own39'];

  it('spreads postings over several levels and answers as a store of one level does', async () => {
    const leveledPath = freshPath();
    const flatPath = freshPath();
    const leveled = new SqliteStore(leveledPath, { levels: { firstLevelPostings: 8, growth: 2 } });
    const flat = new SqliteStore(flatPath);
    try {
      for (let i = 0; i < docs.length; i += 3) {
        await leveled.putDocuments(docs.slice(i, i + 3));
        await flat.putDocuments(docs.slice(i, i + 3));
      }
      // Replace and delete documents whose postings have been merged down by now.
      const replaced = makeDocument('d01', { keys: ['k1', 'fresh'], contentHash: 'changed' });
      for (const store of [leveled, flat]) {
        await store.putDocuments([replaced]);
        await store.deleteDocuments(['d02', 'd30']);
      }
      for (const limit of [Number.POSITIVE_INFINITY, 5, 0]) {
        assert.deepEqual(await lookupMap(leveled, [...asked, 'fresh'], limit), await lookupMap(flat, [...asked, 'fresh'], limit), `limit ${limit}`);
      }
      // 40 documents, two deleted, d01 replaced without 'all'.
      assert.deepEqual((await lookupMap(leveled, ['all'])).get('all')?.count, 37);
    } finally {
      await leveled.close();
      await flat.close();
    }
    // readRuns checks each run's row (counts, fences, filter) against its blocks; the levels
    // together hold as many postings as the one-level store after the same edits.
    const levels = postingsPerLevel(leveledPath);
    assert.ok(levels.length >= 3, `only levels ${JSON.stringify(levels)}`);
    assert.equal(levels.reduce((sum, l) => sum + l.postings, 0), readRuns(flatPath).postings.length);
  });

  it('answers right after another connection has merged levels', async () => {
    const path = freshPath();
    const levels = { firstLevelPostings: 4, growth: 2 };
    const reader = new SqliteStore(path, { levels });
    const writer = new SqliteStore(path, { levels });
    try {
      await writer.putDocuments(docs.slice(0, 1));
      // The reader learns the levels of now (level 0 only) ...
      assert.deepEqual(await lookupMap(reader, ['all']), new Map([['all', { count: 1, ids: ['d00'] }]]));
      // ... then the other connection's writes merge them down to deeper levels.
      for (let i = 1; i < 20; i += 3) await writer.putDocuments(docs.slice(i, i + 3));
      const expected = docs.slice(0, 22).map((d) => d.id);
      assert.deepEqual(await lookupMap(reader, ['all']), new Map([['all', { count: expected.length, ids: expected }]]));
    } finally {
      await reader.close();
      await writer.close();
    }
    const present = postingsPerLevel(path);
    assert.ok(!present.some((row) => row.level === 0), `level 0 still holds postings: ${JSON.stringify(present)}`);
  });

  it('drops a connection\'s resident band postings when another connection removes from their run', async () => {
    const path = freshPath();
    const reader = new SqliteStore(path);
    const writer = new SqliteStore(path);
    const band = ['b3:shared', 'b9:x', 'k'];
    try {
      await writer.putDocuments(['a', 'x', 'z'].map((id) => makeDocument(id, { keys: band })));
      // The reader decodes the run's resident tail ...
      assert.deepEqual(await lookupMap(reader, ['b3:shared', 'b9:x']), new Map([['b3:shared', { count: 3, ids: ['a', 'x', 'z'] }], ['b9:x', { count: 3, ids: ['a', 'x', 'z'] }]]));
      // ... then x leaves that same run (its generation changes) and a replaced z drops b9:x.
      await writer.deleteDocuments(['x']);
      await writer.putDocuments([makeDocument('z', { keys: ['b3:shared'], contentHash: 'changed' })]);
      assert.deepEqual(await lookupMap(reader, ['b3:shared', 'b9:x'], 1), new Map([['b3:shared', { count: 2, ids: [] }], ['b9:x', { count: 1, ids: ['a'] }]]));
      assert.deepEqual(await lookupMap(reader, ['b3:shared']), new Map([['b3:shared', { count: 2, ids: ['a', 'z'] }]]));
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('never gives a deleted document\'s ordinal to another, so a connection\'s kept ids stay right', async () => {
    const path = freshPath();
    const reader = new SqliteStore(path);
    const writer = new SqliteStore(path);
    try {
      await writer.putDocuments([makeDocument('a', { keys: ['k'] }), makeDocument('x', { keys: ['k'] })]);
      // The reader keeps the ids of the ordinals it reads ...
      assert.deepEqual(await lookupMap(reader, ['k']), new Map([['k', { count: 2, ids: ['a', 'x'] }]]));
      // ... then x (the highest ordinal) goes and y comes: y must not be read as x.
      await writer.deleteDocuments(['x']);
      await writer.putDocuments([makeDocument('y', { keys: ['k'] })]);
      assert.deepEqual(await lookupMap(reader, ['k']), new Map([['k', { count: 2, ids: ['a', 'y'] }]]));
    } finally {
      await reader.close();
      await writer.close();
    }
    assert.deepEqual(rows(path, 'SELECT ordinal, id FROM doc_ordinals ORDER BY ordinal'), [{ ordinal: 1, id: 'a' }, { ordinal: 3, id: 'y' }]);
  });

  it('migrates a version-4 store: its postings go to the bottom level and stay found', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (4);');
    for (const step of MIGRATIONS.filter((m) => m.version <= 4)) db.exec(step.sql);
    for (const [id, keys] of [['x', '["own","shared"]'], ['y', '["shared"]']] as const) {
      db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature, keys) VALUES (?, 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00', ?)").run(id, keys);
    }
    db.exec("INSERT INTO postings (key, doc_id) VALUES ('shared', 'x'), ('shared', 'y'), ('own', 'x')");
    db.exec("INSERT INTO key_counts (key, count) VALUES ('shared', 2), ('own', 1)");
    db.close();
    const store = new SqliteStore(path);
    try {
      assert.deepEqual(await lookupMap(store, ['shared', 'own'], 1), new Map([['shared', { count: 2, ids: [] }], ['own', { count: 1, ids: ['x'] }]]));
      await store.deleteDocuments(['x']);
      await store.putDocuments([makeDocument('z', { keys: ['shared'] })]);
      assert.deepEqual(await lookupMap(store, ['shared', 'own']), new Map([['shared', { count: 2, ids: ['y', 'z'] }]]));
    } finally {
      await store.close();
    }
    // Migration 5 put v4's postings in the bottom level; migration 8 wrote them again (one run
    // of level 0: y's 'shared'), and z's batch is another.
    assert.deepEqual(postingsPerLevel(path), [{ level: 0, postings: 2 }]);
  });
  it('migrates a version-5 store to integer postings: each level keeps its postings, answers stay', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (5);');
    for (const step of MIGRATIONS.filter((m) => m.version <= 5)) db.exec(step.sql);
    // x and y were merged down to level 2, z is still in level 0.
    const stored = { x: ['own', 'shared'], y: ['shared', 'two'], z: ['shared', 'two', 'zed'] };
    for (const [id, keys] of Object.entries(stored)) {
      db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature, keys) VALUES (?, 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00', ?)").run(id, JSON.stringify(keys));
    }
    db.exec(`
      INSERT INTO postings_2 (key, doc_id) VALUES ('own', 'x'), ('shared', 'x'), ('shared', 'y'), ('two', 'y');
      INSERT INTO key_counts_2 (key, count) VALUES ('own', 1), ('shared', 2), ('two', 1);
      INSERT INTO postings_0 (key, doc_id) VALUES ('shared', 'z'), ('two', 'z'), ('zed', 'z');
      INSERT INTO key_counts_0 (key, count) VALUES ('shared', 1), ('two', 1), ('zed', 1);
      INSERT INTO posting_levels (level, postings) VALUES (0, 3), (2, 4);
    `);
    migrate(db, path, 7);
    assert.deepEqual(readRuns(path).runs.map(({ level, postings }) => ({ level, postings })), [{ level: 0, postings: 3 }, { level: 2, postings: 4 }]);
    db.close();
    const migrated = new SqliteStore(path);
    const fresh = new SqliteStore(freshPath());
    const asked = ['own', 'shared', 'two', 'zed', 'missing'];
    try {
      await fresh.putDocuments(Object.entries(stored).map(([id, keys]) => makeDocument(id, { keys })));
      for (const limit of [Number.POSITIVE_INFINITY, 2, 1, 0]) {
        assert.deepEqual(await lookupMap(migrated, asked, limit), await lookupMap(fresh, asked, limit), `limit ${limit}`);
      }
      assert.deepEqual((await lookupMap(migrated, ['shared'])).get('shared'), { count: 3, ids: ['x', 'y', 'z'] });
      // Migration 8 wrote every posting again, in one batch.
      assert.deepEqual(postingsPerLevel(path), [{ level: 0, postings: 7 }]);
      // Writes after the migration find the migrated postings: a replace and a delete take them back.
      for (const store of [migrated, fresh]) {
        await store.putDocuments([makeDocument('y', { keys: ['own'], contentHash: 'changed' })]);
        await store.deleteDocuments(['x']);
        await store.putDocuments([makeDocument('w', { keys: ['two', 'zed'] })]);
      }
      assert.deepEqual(await lookupMap(migrated, asked), await lookupMap(fresh, asked));
      assert.deepEqual(await lookupMap(migrated, ['own', 'two']), new Map([['own', { count: 1, ids: ['y'] }], ['two', { count: 2, ids: ['w', 'z'] }]]));
    } finally {
      await migrated.close();
      await fresh.close();
    }
    // y's and x's postings left level 2 empty; y's new one and w's went to level 0.
    // Level 2's run emptied and went; y's new posting and w's are runs of level 0.
    assert.deepEqual(postingsPerLevel(path), [{ level: 0, postings: 6 }]);
    assert.deepEqual(rows(path, 'SELECT id FROM doc_ordinals ORDER BY id'), [{ id: 'w' }, { id: 'y' }, { id: 'z' }]);
  });
});

describe('posting runs against the in-memory store', () => {
  // 900 documents: 'all' spans several blocks of a merged run (> 320 postings) and is counted
  // from the runs' stored counts; 'tenth' (90) and 'mod7' keys are frequent in merged runs
  // only; own keys are unique.
  // Each key also as a band key (`b5:…`, resident: answered from the runs' decoded tails), so
  // both halves of every run take the same merges, removals and limits.
  const both = (keys: string[]): string[] => [...keys, ...keys.map((k) => `b5:${k}`)];
  const docs = Array.from({ length: 900 }, (_, i) =>
    makeDocument(`d${String(i).padStart(3, '0')}`, {
      keys: both(['all', `own${i}`, `mod7:${i % 7}`, ...(i % 10 === 0 ? ['tenth'] : []), ...(i % 97 === 0 ? ['rare'] : [])]),
    }),
  );
  const asked = both(['all', 'tenth', 'rare', 'missing', 'own5', 'own899', ...Array.from({ length: 7 }, (_, i) => `mod7:${i}`)]);

  it('answers as MemoryStore does through merges, replaces and deletes, at every limit', async () => {
    const path = freshPath();
    const runs = new SqliteStore(path, { levels: { firstLevelPostings: 600, growth: 3 } });
    const memory = new MemoryStore();
    const check = async (when: string): Promise<void> => {
      for (const limit of [Number.POSITIVE_INFINITY, 500, 100, 50, 10, 0]) {
        assert.deepEqual(await lookupMap(runs, asked, limit), await lookupMap(memory, asked, limit), `${when}, limit ${limit}`);
      }
    };
    try {
      for (let i = 0; i < docs.length; i += 50) {
        await runs.putDocuments(docs.slice(i, i + 50));
        await memory.putDocuments(docs.slice(i, i + 50));
      }
      await check('after the puts');
      // Replace documents of a deep run and of the newest, delete a spread of them.
      const replaced = [3, 450, 899].map((i) => makeDocument(`d${String(i).padStart(3, '0')}`, { keys: both(['rare', 'fresh', `mod7:${i % 5}`]), contentHash: 'changed' }));
      const deleted = Array.from({ length: 120 }, (_, i) => `d${String(i * 7).padStart(3, '0')}`);
      for (const store of [runs, memory]) {
        await store.putDocuments(replaced);
        await store.deleteDocuments(deleted);
      }
      await check('after replaces and deletes');
      // Deleted postings leave with the next merge; the runs stay sound.
      for (let i = 0; i < 300; i += 50) {
        const more = docs.slice(i, i + 50).map((d) => ({ ...d, id: `n${d.id}` }));
        await runs.putDocuments(more);
        await memory.putDocuments(more);
      }
      await check('after more merges');
    } finally {
      await runs.close();
    }
    const { runs: stored, postings } = readRuns(path);
    assert.ok(stored.length >= 2, `one run only: ${JSON.stringify(stored)}`);
    assert.ok(new Set(stored.map((r) => r.level)).size >= 2, 'no merged level');
    const expected = (await memory.getDocuments(await memory.listDocumentIds()));
    assert.equal(postings.length, [...expected.values()].reduce((sum, d) => sum + new Set(d.keys).size, 0));
  });
});

describe('resident band keys as levels grow', () => {
  it('answers as MemoryStore does after every batch, while the deep and young tables are rebuilt', async () => {
    // Tiny levels: every few batches a merge reaches a new deepest level, which moves runs
    // between the young table and the deep one; a lookup follows every write.
    const runs = new SqliteStore(freshPath(), { levels: { firstLevelPostings: 16, growth: 2 } });
    const memory = new MemoryStore();
    const asked = ['b0:hot', 'b1:x0', 'b1:x17', 'b2:missing', ...Array.from({ length: 9 }, (_, i) => `b3:${i}`)];
    try {
      for (let i = 0; i < 60; i += 4) {
        const batch = Array.from({ length: 4 }, (_, j) => makeDocument(`d${String(i + j).padStart(2, '0')}`, { keys: ['b0:hot', `b1:x${i + j}`, `b3:${(i + j) % 9}`, `t${(i + j) % 5}`] }));
        for (const store of [runs, memory]) await store.putDocuments(batch);
        if (i === 32) for (const store of [runs, memory]) await store.deleteDocuments(['d03', 'd30']);
        for (const limit of [Number.POSITIVE_INFINITY, 10, 1]) {
          assert.deepEqual(await lookupMap(runs, asked, limit), await lookupMap(memory, asked, limit), `after ${i + 4} documents, limit ${limit}`);
        }
      }
    } finally {
      await runs.close();
    }
  });
});

describe('resident band keys of a fresh connection', () => {
  it('builds its tables from many runs\' block tails (tails spanning blocks, keys in several runs) and answers as MemoryStore does', async () => {
    // 3 band keys a document: one its own, two shared across runs (13 and 101 values), and a
    // term key so that each run's band tail starts inside a block.
    const docs = Array.from({ length: 600 }, (_, i) =>
      makeDocument(`d${String(i).padStart(3, '0')}`, { keys: [`b1:own${i}`, `b2:${i % 13}`, `b3:${i % 101}`, `t:${i % 7}`] }),
    );
    const asked = ['b1:own5', 'b1:own599', 'b2:missing', ...Array.from({ length: 13 }, (_, i) => `b2:${i}`), ...Array.from({ length: 101 }, (_, i) => `b3:${i}`)];
    const path = freshPath();
    const writer = new SqliteStore(path, { levels: { firstLevelPostings: 120, growth: 3 } });
    const memory = new MemoryStore();
    try {
      for (let i = 0; i < docs.length; i += 20) {
        await writer.putDocuments(docs.slice(i, i + 20));
        await memory.putDocuments(docs.slice(i, i + 20));
      }
      await writer.deleteDocuments(['d007', 'd300']);
      await memory.deleteDocuments(['d007', 'd300']);
    } finally {
      await writer.close();
    }
    const { runs } = readRuns(path);
    const deepest = Math.max(...runs.map((run) => run.level));
    const deep = runs.filter((run) => run.level >= deepest - 1);
    assert.ok(deep.length >= 3, `deep runs: ${JSON.stringify(runs)}`);
    // More than a block (320 pairs) of band pairs in a run: its tail spans blocks.
    assert.ok(deep.some((run) => run.postings > 4 * 320), `no run spans blocks: ${JSON.stringify(runs)}`);
    const fresh = new SqliteStore(path);
    try {
      for (const limit of [Number.POSITIVE_INFINITY, 40, 5, 0]) {
        assert.deepEqual(await lookupMap(fresh, asked, limit), await lookupMap(memory, asked, limit), `limit ${limit}`);
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('migrations to posting runs (schema 7) and resident keys (schema 8)', () => {
  it('packs each v6 level into a run of that level, then writes every posting again with the v8 hashes; answers stay', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (6);');
    // Migration 6 calls the key hash (on no rows here); v6 and v7 stored the 53-bit one.
    db.function('storytrace_key_hash', (key: unknown) => keyHashV6(String(key)));
    for (const step of MIGRATIONS.filter((m) => m.version <= 6)) db.exec(step.sql);
    // 700 documents in level 2 (a key with more postings than a block holds), 3 in level 0.
    // Band keys (resident from v8 on) beside the others: one spans blocks, one is a document's own.
    const deep = Array.from({ length: 700 }, (_, i) => ({ id: `x${String(i).padStart(3, '0')}`, keys: ['b07:shared', `b12:own${i}`, 'shared', `own${i}`, ...(i % 3 === 0 ? ['third'] : [])] }));
    const shallow = [{ id: 'z1', keys: ['b07:shared', 'shared', 'zed'] }, { id: 'z2', keys: ['zed'] }, { id: 'z3', keys: ['third'] }];
    const insertDoc = db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature, keys) VALUES (?, 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00', ?)");
    const insertOrdinal = db.prepare<[string], number>('INSERT INTO doc_ordinals (id) VALUES (?) RETURNING ordinal').pluck();
    for (const [level, group] of [[2, deep], [0, shallow]] as const) {
      const post = db.prepare(`INSERT INTO postings_${level} (key, doc) VALUES (?, ?)`);
      for (const { id, keys } of group) {
        insertDoc.run(id, JSON.stringify(keys));
        const ordinal = insertOrdinal.get(id) ?? 0;
        for (const key of keys) post.run(keyHashV6(key), ordinal);
      }
    }
    db.exec('INSERT INTO key_counts_2 (key, count) SELECT key, count(*) FROM postings_2 GROUP BY key');
    db.exec('INSERT INTO posting_levels (level, postings) SELECT 2, count(*) FROM postings_2 UNION ALL SELECT 0, count(*) FROM postings_0');
    migrate(db, path, 7);
    assert.deepEqual(readRuns(path).runs.map(({ level, postings }) => ({ level, postings })), [{ level: 0, postings: 5 }, { level: 2, postings: 700 * 4 + 234 }]);
    db.close();
    const migrated = new SqliteStore(path);
    const fresh = new SqliteStore(freshPath());
    const asked = ['shared', 'third', 'zed', 'own5', 'own699', 'missing', 'b07:shared', 'b12:own5', 'b12:own699', 'b12:missing'];
    try {
      await fresh.putDocuments([...deep, ...shallow].map(({ id, keys }) => makeDocument(id, { keys })));
      for (const limit of [Number.POSITIVE_INFINITY, 300, 100, 1, 0]) {
        assert.deepEqual(await lookupMap(migrated, asked, limit), await lookupMap(fresh, asked, limit), `limit ${limit}`);
      }
      // Migration 8 wrote them again in ordinal order, one batch.
      assert.deepEqual(postingsPerLevel(path), [{ level: 0, postings: 700 * 4 + 234 + 5 }]);
      // Once, not again by migration 9: runs 1 and 2 were migration 7's, run 3 is the rebuild's.
      assert.deepEqual(rows(path, "SELECT seq FROM sqlite_sequence WHERE name = 'posting_runs'"), [{ seq: 3 }]);
      assert.equal((await lookupMap(migrated, ['b07:shared'])).get('b07:shared')?.count, 701);
      for (const store of [migrated, fresh]) {
        await store.deleteDocuments(['x000', 'z1']);
        await store.putDocuments([makeDocument('x001', { keys: ['zed'], contentHash: 'changed' })]);
      }
      assert.deepEqual(await lookupMap(migrated, asked), await lookupMap(fresh, asked));
    } finally {
      await migrated.close();
      await fresh.close();
    }
    const tables = rows<{ name: string }>(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'postings%' OR name LIKE 'key_counts%' OR name = 'posting_levels')");
    assert.deepEqual(tables, []);
    // x000 (5 postings) and z1 (3) gone, x001's 4 replaced by 1.
    assert.equal(readRuns(path).postings.length, 700 * 4 + 234 + 5 - 5 - 3 - 4 + 1);
  });
});

describe('migration to resident fingerprints (schema 9)', () => {
  it('writes a v8 store\'s postings again with fingerprints resident; answers stay, writes after it find them', async () => {
    const path = freshPath();
    const docs = Array.from({ length: 500 }, (_, i) => ({
      id: `d${String(i).padStart(3, '0')}`,
      keys: ['f:shared', `f:own${i}`, `b03:own${i}`, 't:shared', ...(i % 5 === 0 ? ['f:fifth', 'b03:fifth'] : [])],
    }));
    const made = new SqliteStore(path);
    await made.putDocuments(docs.map(({ id, keys }) => makeDocument(id, { keys })));
    await made.close();
    // Made a v8 store: its postings as schema 8 hashed them (fingerprints below the floor), one run.
    const db = new Database(path);
    db.transaction(() => {
      db.exec('DELETE FROM posting_blocks; DELETE FROM posting_run_counts; DELETE FROM posting_runs; UPDATE schema_version SET version = 8;');
      const ordinals = db.prepare<[], { ordinal: number; keys: string }>('SELECT o.ordinal, d.keys FROM doc_ordinals o JOIN documents d ON d.id = o.id ORDER BY o.ordinal').all();
      const pairs = ordinals.flatMap(({ ordinal, keys }) => (JSON.parse(keys) as string[]).map((key) => [keyHashV8(key), ordinal] as const));
      const sorted = sortPairs({ keys: Float64Array.from(pairs, (p) => p[0]), docs: Uint32Array.from(pairs, (p) => p[1]), length: pairs.length });
      const writer = new RunWriter(prepareRunTables(db), sorted.length);
      for (let i = 0; i < sorted.length; i++) writer.push(sorted.keys[i] ?? 0, sorted.docs[i] ?? 0);
      writer.finish(0);
    })();
    db.close();
    // Fingerprints sit below the floor in the v8 run: read with v9 hashes they would be missed.
    const below = readRuns(path).postings.filter((p) => p.key < RESIDENT_FLOOR).length;
    assert.equal(below, 500 * 3 + 100);
    const migrated = new SqliteStore(path);
    const fresh = new SqliteStore(freshPath());
    const asked = ['f:shared', 'f:own7', 'f:own499', 'f:fifth', 'f:missing', 'b03:own7', 'b03:fifth', 't:shared'];
    try {
      await fresh.putDocuments(docs.map(({ id, keys }) => makeDocument(id, { keys })));
      for (const limit of [Number.POSITIVE_INFINITY, 200, 100, 1, 0]) {
        assert.deepEqual(await lookupMap(migrated, asked, limit), await lookupMap(fresh, asked, limit), `limit ${limit}`);
      }
      assert.equal((await lookupMap(migrated, ['f:shared'])).get('f:shared')?.count, 500);
      for (const store of [migrated, fresh]) {
        await store.deleteDocuments(['d000', 'd007']);
        await store.putDocuments([makeDocument('d005', { keys: ['f:own7'], contentHash: 'changed' })]);
      }
      assert.deepEqual(await lookupMap(migrated, asked), await lookupMap(fresh, asked));
      assert.deepEqual((await lookupMap(migrated, ['f:own7', 'f:fifth'])).get('f:own7'), { count: 1, ids: ['d005'] });
    } finally {
      await migrated.close();
      await fresh.close();
    }
    assert.deepEqual(rows(path, 'SELECT version FROM schema_version'), [{ version: 9 }]);
    // Only terms are below the floor now: 't:shared' of 497 documents (two deleted, d005 replaced without it).
    assert.equal(readRuns(path).postings.filter((p) => p.key < RESIDENT_FLOOR).length, 497);
  });
});
