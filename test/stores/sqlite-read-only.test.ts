import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../../src/stores/index.js';
import { openSnapshot } from '../../src/stores/sqlite-read-only.js';
import { makeDocument, makePair, makeStory } from './fake-records.js';
import { lookupMap } from './lookup-map.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-read-only-'));
after(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});
let made = 0;

/** A closed store with two documents, a pair and a story, in a folder of its own. */
async function writtenStore(): Promise<{ folder: string; path: string }> {
  const folder = join(dir, `s${(made += 1)}`);
  const path = join(folder, 'store.db');
  const store = new SqliteStore(path);
  await store.putDocuments([makeDocument('a'), makeDocument('b')]);
  await store.putPairs([makePair('a', 'b')]);
  await store.replaceStories([makeStory('a', ['b'])]);
  await store.close();
  return { folder, path };
}

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function readsBack(store: SqliteStore): Promise<void> {
  assert.deepEqual(await store.listDocumentIds(), ['a', 'b']);
  assert.deepEqual(await store.listPairs(['a']), [makePair('a', 'b')]);
  assert.deepEqual(await store.listStories(), [makeStory('a', ['b'])]);
  assert.deepEqual([...(await lookupMap(store, makeDocument('a').keys)).keys()].sort(), [...makeDocument('a').keys].sort());
}

describe('SQLite store opened read-only', () => {
  it('reads everything and leaves the store file byte for byte as it was', async () => {
    const { path } = await writtenStore();
    const before = digest(path);
    const store = new SqliteStore(path, { readOnly: true });
    try {
      await readsBack(store);
    } finally {
      await store.close();
    }
    assert.equal(digest(path), before);
  });

  it('refuses every write, saying it was opened read-only, and changes nothing', async () => {
    const { path } = await writtenStore();
    const before = digest(path);
    const store = new SqliteStore(path, { readOnly: true });
    try {
      await assert.rejects(store.putDocuments([makeDocument('c')]), /opened read-only/);
      await assert.rejects(store.deleteDocuments(['a']), /opened read-only/);
      await assert.rejects(store.setMeta('k', 'v'), /opened read-only/);
      await assert.rejects(store.replaceStories([]), /opened read-only/);
      assert.equal(await store.countDocuments(), 2);
    } finally {
      await store.close();
    }
    assert.equal(digest(path), before);
  });

  it('sees what a writer commits while it is open', async () => {
    const { path } = await writtenStore();
    const writer = new SqliteStore(path);
    const reader = new SqliteStore(path, { readOnly: true });
    try {
      await writer.putDocuments([makeDocument('c')]);
      assert.deepEqual(await reader.listDocumentIds(), ['a', 'b', 'c']);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('a snapshot reads a WAL-mode file without creating -wal or -shm files next to it', async () => {
    const { folder, path } = await writtenStore();
    assert.deepEqual(readdirSync(folder), ['store.db']);
    const before = digest(path);
    const db = openSnapshot(path);
    try {
      assert.deepEqual(db.prepare('SELECT id FROM documents ORDER BY id').pluck().all(), ['a', 'b']);
      assert.throws(() => db.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run(), /readonly/);
    } finally {
      db.close();
    }
    assert.deepEqual(readdirSync(folder), ['store.db']);
    assert.equal(digest(path), before);
  });

  // Root may write anywhere, so the folder's mode cannot stop it (the CI runs as root).
  const asRoot = process.getuid?.() === 0 ? 'root ignores folder permissions' : false;

  it('reads a store in a folder this user may not write, creating nothing there', { skip: asRoot }, async () => {
    const { folder, path } = await writtenStore();
    chmodSync(folder, 0o555);
    try {
      const store = new SqliteStore(path, { readOnly: true });
      try {
        await readsBack(store);
      } finally {
        await store.close();
      }
      assert.deepEqual(readdirSync(folder), ['store.db']);
      assert.equal(existsSync(`${path}-wal`), false);
    } finally {
      chmodSync(folder, 0o700);
    }
  });
});
