import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SqliteStore } from '../../src/stores/index.js';
import { makeDocument, makePair, makeStory } from './fake-records.js';
import { runStoreContract } from './store-contract.js';
import { MIGRATIONS } from '../../src/stores/sqlite-schema.js';
import { readRows, readRuns } from './sqlite-level-rows.js';
import { keyHash } from '../../src/stores/sqlite-key-hash.js';
import { lookupMap } from './lookup-map.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-sqlite-'));
after(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});
let opened = 0;
const freshPath = (): string => join(dir, `store-${(opened += 1)}.db`);

runStoreContract('sqlite (file)', () => new SqliteStore(freshPath()));
runStoreContract('sqlite (:memory:)', () => new SqliteStore(':memory:'));
// Levels of 2 postings, ×2 a level: nearly every write merges, many levels deep.
runStoreContract('sqlite (tiny levels)', () => new SqliteStore(freshPath(), { levels: { firstLevelPostings: 2, growth: 2 } }));

function rawQuery<T>(path: string, sql: string): T | undefined {
  return readRows<T>(path, sql)[0];
}

describe('SQLite store file', () => {
  it('keeps documents, pairs, stories and meta across reopening', async () => {
    const path = freshPath();
    const first = new SqliteStore(path);
    await first.putDocuments([makeDocument('a'), makeDocument('b')]);
    await first.putPairs([makePair('a', 'b')]);
    await first.replaceStories([makeStory('a', ['b'])]);
    await first.setMeta('run', '1');
    await first.close();

    const second = new SqliteStore(path);
    try {
      assert.deepEqual(await second.listDocumentIds(), ['a', 'b']);
      const doc = (await second.getDocuments(['a'])).get('a');
      assert.deepEqual(doc, { ...makeDocument('a'), keys: [...makeDocument('a').keys].sort() });
      assert.deepEqual(await second.listPairs(), [makePair('a', 'b')]);
      assert.deepEqual(await second.listStories(), [makeStory('a', ['b'])]);
      assert.equal(await second.getMeta('run'), '1');
    } finally {
      await second.close();
    }
  });

  it('records its schema version and runs in WAL mode', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    assert.equal(SCHEMA_VERSION, 9);
    assert.deepEqual(rawQuery(path, 'SELECT version FROM schema_version'), { version: SCHEMA_VERSION });
    assert.deepEqual(rawQuery(path, 'PRAGMA journal_mode'), { journal_mode: 'wal' });
  });

  it('refuses a store written with a newer schema, naming the file and both versions', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    db.close();
    assert.throws(() => new SqliteStore(path), (error: Error) => {
      assert.match(error.message, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      assert.match(error.message, new RegExp(`schema version ${SCHEMA_VERSION + 1}.*only up to version ${SCHEMA_VERSION}`));
      return true;
    });
  });

  it('migrates a version-1 store: its documents stay and count as verified', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);');
    db.exec(MIGRATIONS[0]?.sql ?? '');
    db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature) VALUES ('old', 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00')").run();
    db.close();
    const store = new SqliteStore(path);
    try {
      assert.deepEqual(await store.listDocumentIds(), ['old']);
      assert.deepEqual(await store.listUnverified(), []);
    } finally {
      await store.close();
    }
  });

  it('keeps runs equal to their blocks through puts, replaces and deletes', async () => {
    const path = freshPath();
    // Levels of a few postings: every write merges runs (sqlite-levels.ts).
    const store = new SqliteStore(path, { levels: { firstLevelPostings: 1, growth: 2 } });
    await store.putDocuments([makeDocument('a', { keys: ['k1', 'k2'] }), makeDocument('b', { keys: ['k1', 'k3', 'k3'] })]);
    await store.putDocuments([makeDocument('a', { keys: ['k2', 'k4'], contentHash: 'changed' })]);
    // The same document twice in one batch: the last version counts, as if written one by one.
    await store.putDocuments([makeDocument('c', { keys: ['k1', 'k5'] }), makeDocument('c', { keys: ['k1', 'k4'] })]);
    await store.deleteDocuments(['b']);
    assert.deepEqual((await store.getDocuments(['c'])).get('c')?.keys, ['k1', 'k4']);
    await store.close();
    // Every run checked against its blocks; what a lookup counts is what the blocks hold.
    const counts = new Map<number, number>();
    for (const { key } of readRuns(path).postings) counts.set(key, (counts.get(key) ?? 0) + 1);
    const counted = [...counts].map(([key, count]) => ({ key, count })).sort((x, y) => x.key - y.key);
    const db = new Database(path, { readonly: true });
    try {
      const expected = [{ key: keyHash('k1'), count: 1 }, { key: keyHash('k2'), count: 1 }, { key: keyHash('k4'), count: 2 }];
      assert.deepEqual(counted, expected.sort((x, y) => x.key - y.key));
      // Deleted b's ordinal went with it; the replaced a kept its own.
      assert.deepEqual(db.prepare('SELECT ordinal, id FROM doc_ordinals ORDER BY ordinal').all(), [{ ordinal: 1, id: 'a' }, { ordinal: 3, id: 'c' }]);
      const rowKeys = db.prepare('SELECT id, keys FROM documents ORDER BY id').all();
      assert.deepEqual(rowKeys, [{ id: 'a', keys: '["k2","k4"]' }, { id: 'c', keys: '["k1","k4"]' }]);
    } finally {
      db.close();
    }
  });

  it('migrates a version-3 store: postings, counts and each document\'s keys carry over', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3);');
    for (const step of MIGRATIONS.filter((m) => m.version <= 3)) db.exec(step.sql);
    for (const id of ['x', 'y', 'z']) {
      db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature) VALUES (?, 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00')").run(id);
    }
    db.exec("INSERT INTO doc_keys (key, doc_id) VALUES ('shared', 'x'), ('shared', 'y'), ('own', 'y'), ('b:1', 'y')");
    db.close();
    const store = new SqliteStore(path);
    try {
      const docs = await store.getDocuments(['x', 'y', 'z']);
      assert.deepEqual([...docs.values()].map((d) => [d.id, d.keys]), [['x', ['shared']], ['y', ['b:1', 'own', 'shared']], ['z', []]]);
      assert.deepEqual(await lookupMap(store, ['shared', 'own'], 1), new Map([['shared', { count: 2, ids: [] }], ['own', { count: 1, ids: ['y'] }]]));
      // Writes after the migration keep the carried-over counts right.
      await store.deleteDocuments(['y']);
      await store.putDocuments([makeDocument('w', { keys: ['shared', 'own'] })]);
      assert.deepEqual(await lookupMap(store, ['shared', 'own', 'b:1']), new Map([['shared', { count: 2, ids: ['w', 'x'] }], ['own', { count: 1, ids: ['w'] }]]));
    } finally {
      await store.close();
    }
  });

  it('migrates a version-2 store: key counts are built from its postings', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);');
    db.exec(MIGRATIONS[0]?.sql ?? '');
    db.exec(MIGRATIONS[1]?.sql ?? '');
    for (const id of ['x', 'y']) {
      db.prepare("INSERT INTO documents (id, content_hash, format, language, text, clean_text, boilerplate, warnings, signature) VALUES (?, 'h', 'txt', 'en', 't', 't', '[]', '[]', x'00')").run(id);
    }
    db.exec("INSERT INTO doc_keys (key, doc_id) VALUES ('shared', 'x'), ('shared', 'y'), ('own', 'y')");
    db.close();
    const store = new SqliteStore(path);
    try {
      assert.deepEqual(await lookupMap(store, ['shared', 'own'], 1), new Map([['shared', { count: 2, ids: [] }], ['own', { count: 1, ids: ['y'] }]]));
    } finally {
      await store.close();
    }
  });

  it('creates missing parent directories', async () => {
    const path = join(dir, 'nested', 'deeper', 'store.db');
    const store = new SqliteStore(path);
    await store.putDocuments([makeDocument('x')]);
    await store.close();
    assert.ok(existsSync(path));
  });

  it('fails with the path in the message when the path is a directory', () => {
    const path = join(dir, 'a-directory.db');
    mkdirSync(path);
    assert.throws(() => new SqliteStore(path), new RegExp(`Cannot open SQLite store at ${path}`));
  });

  it('says what to do when the store path is a folder, not only SQLite\'s "unable to open database file"', () => {
    const path = join(dir, 'store-folder.db');
    mkdirSync(path);
    assert.throws(() => new SqliteStore(path), (error: Error) => error.message.includes(`(${path} is a folder, not a store file: choose another --store sqlite:PATH, or --store memory`));
  });

  it('fails with the path in the message when the parent is a file', () => {
    const parent = join(dir, 'plain-file');
    writeFileSync(parent, 'not a directory');
    const path = join(parent, 'store.db');
    assert.throws(() => new SqliteStore(path), new RegExp(`Cannot open SQLite store at ${path}`));
  });

  it('fails with the path in the message under a read-only directory', (t) => {
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    let writable = false;
    try {
      writeFileSync(join(readOnly, 'probe'), '');
      writable = true;
    } catch {
      // Expected for an ordinary user: the directory really is read-only.
    }
    if (writable) {
      t.skip('running as root: chmod 0o500 does not stop writes here (test/reliability/read-only-store.test.ts runs the CLI as nobody instead)');
      return;
    }
    const path = join(readOnly, 'store.db');
    assert.throws(() => new SqliteStore(path), new RegExp(`Cannot open SQLite store at ${path}`));
  });

  it('fails, not hangs, on a path under /proc (unwritable even for root)', (t) => {
    if (!existsSync('/proc/self')) {
      t.skip('no /proc on this system');
      return;
    }
    // Regression: recursive mkdir loops forever on Node 20 when /proc answers ENOENT.
    for (const path of ['/proc/storytrace-missing/store.db', '/proc/self/storytrace.db']) {
      assert.throws(() => new SqliteStore(path), (error: Error) => error.message.includes(path));
    }
  });
});
