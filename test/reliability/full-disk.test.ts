import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/stores/index.js';
import { makeDocument } from '../stores/fake-records.js';
import { fillerIds, fillerJsonl } from './filler-corpus.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

function integrity(path: string): string {
  const db = new Database(path);
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

test('a store that runs out of pages (PRAGMA max_page_count) fails the batch with a clear error and keeps every earlier batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-full-'));
  const path = join(dir, 'index.db');
  try {
    const store = new SqliteStore(path);
    const first = Array.from({ length: 20 }, (_, i) => makeDocument(`early-${String(i).padStart(2, '0')}`));
    await store.putDocuments(first);
    // The store's own connection: the limit holds for it only, as a full disk would.
    const db = Reflect.get(store, 'db') as Database.Database;
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = Array.from({ length: 200 }, (_, i) => ({ ...makeDocument(`late-${String(i).padStart(3, '0')}`), text: 'x'.repeat(20_000) }));
    await assert.rejects(store.putDocuments(big), (error: Error) => {
      assert.match(error.message, new RegExp(`SQLite store ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: writing documents failed`));
      assert.match(error.message, /disk is full.*documents stored before this batch are kept/);
      return true;
    });
    await store.close();
    assert.equal(integrity(path), 'ok');
    const reopened = new SqliteStore(path);
    try {
      assert.deepEqual(await reopened.listDocumentIds(), first.map((d) => d.id), 'the earlier batch whole, nothing of the failed one');
      await reopened.putDocuments(big.slice(0, 3));
      assert.equal(await reopened.countDocuments(), 23, 'the limit was the connection\'s: the reopened store writes again');
    } finally {
      await reopened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Mounts a tmpfs of `size` at `at`; false when this process may not (not root, no CAP_SYS_ADMIN, no mount tool). */
function mountTmpfs(at: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]).status === 0;
}

test('index on a real full disk (1 MB tmpfs): exit 3 naming the store; the store opens, passes integrity_check, keeps the first run; a re-run with space completes', { timeout: 300_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-full-'));
  const disk = join(dir, 'disk');
  mkdirSync(disk);
  if (!mountTmpfs(disk, '1m')) {
    rmSync(dir, { recursive: true, force: true });
    t.skip('cannot mount a tmpfs here (needs root on Linux); the max_page_count test covers the store');
    return;
  }
  try {
    const path = join(disk, 'index.db');
    writeFileSync(join(dir, 'first.jsonl'), fillerJsonl(0, 10));
    writeFileSync(join(dir, 'more.jsonl'), fillerJsonl(10, 300));
    const index = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', CLI, 'index', join(dir, file), '--store', `sqlite:${path}`, '--quiet'], { encoding: 'utf8' });
    const first = index('first.jsonl');
    assert.equal(first.status, 0, first.stderr);
    const full = index('more.jsonl');
    t.diagnostic(full.stderr.trim());
    assert.equal(full.status, 3, `expected exit 3 (failure), got ${full.status}: ${full.stderr}`);
    assert.match(full.stderr, new RegExp(`^storytrace: SQLite store ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .* failed: database or disk is full \\(the disk is full`, 'm'));
    assert.equal(integrity(path), 'ok');
    const store = new SqliteStore(path);
    try {
      const ids = await store.listDocumentIds();
      for (const id of fillerIds(0, 10)) assert.ok(ids.includes(id), `${id} of the first run kept`);
      const docs = await store.getDocuments(ids);
      for (const id of ids) assert.ok((docs.get(id)?.keys.length ?? 0) > 0 && (docs.get(id)?.signature.length ?? 0) === 128, `${id} whole`);
      t.diagnostic(`${ids.length} documents in the store after the disk filled`);
    } finally {
      await store.close();
    }
    assert.equal(spawnSync('mount', ['-o', 'remount,size=64m', disk]).status, 0, 'grow the tmpfs');
    const again = index('more.jsonl');
    assert.equal(again.status, 0, again.stderr);
    const done = new SqliteStore(path);
    try {
      assert.equal(await done.countDocuments(), 310);
      assert.deepEqual(await done.listUnverified(), []);
    } finally {
      await done.close();
    }
  } finally {
    spawnSync('umount', [disk]);
    rmSync(dir, { recursive: true, force: true });
  }
});
