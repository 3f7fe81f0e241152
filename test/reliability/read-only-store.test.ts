import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { fillerJsonl } from './filler-corpus.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/** The unprivileged user the CLI runs as when the test runs as root (root ignores file modes). */
const NOBODY = 65534;

/** Hash of every file of the store (database, WAL, shared memory): "unchanged" means byte for byte. */
function storeFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.startsWith('index.db')).sort()) {
    out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  return out;
}

test('index into a store this user may not write: clear error naming the store, exit 3, database unchanged', { timeout: 120_000 }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-ro-'));
  try {
    chmodSync(dir, 0o755);
    const path = join(dir, 'index.db');
    writeFileSync(join(dir, 'first.jsonl'), fillerJsonl(0, 5));
    writeFileSync(join(dir, 'second.jsonl'), fillerJsonl(5, 5));
    const cli = (args: string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--store', `sqlite:${path}`, '--quiet'], { encoding: 'utf8', ...options });
    const made = cli(['index', join(dir, 'first.jsonl')]);
    assert.equal(made.status, 0, made.stderr);
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
    const asRoot = process.getuid?.() === 0;
    // As root, the store stays root's and the CLI runs as nobody; otherwise file and folder are made read-only.
    const drop: Partial<SpawnSyncOptionsWithStringEncoding> = asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {};
    if (!asRoot) {
      chmodSync(path, 0o444);
      chmodSync(dir, 0o555);
    }
    t.diagnostic(asRoot ? `store owned by root, CLI run as uid ${NOBODY}` : 'store and folder chmod read-only, CLI run as this user');
    const before = storeFiles(dir);
    const refused = cli(['index', join(dir, 'second.jsonl')], drop);
    t.diagnostic(refused.stderr.trim());
    assert.equal(refused.status, 3, `exit ${refused.status}: ${refused.stderr}`);
    assert.match(refused.stderr, new RegExp(`^storytrace: Cannot open SQLite store at ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*readonly database \\(the store is read-only for this user`, 'm'));
    assert.deepEqual(storeFiles(dir), before, 'store files byte for byte the same');
    chmodSync(dir, 0o755);
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(db.prepare('SELECT count(*) FROM documents').pluck().get(), 5);
    } finally {
      db.close();
    }
  } finally {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store in a folder this user may not enter: the error names the folder and what to do, exit 3', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-closed-'));
  try {
    const asRoot = process.getuid?.() === 0;
    const closed = join(dir, 'closed');
    writeFileSync(join(dir, 'one.jsonl'), fillerJsonl(0, 2));
    chmodSync(dir, 0o755);
    mkdirSync(closed);
    // As root the folder is root's and the CLI runs as nobody; otherwise the folder is closed to this user.
    chmodSync(closed, asRoot ? 0o700 : 0o000);
    const drop: Partial<SpawnSyncOptionsWithStringEncoding> = asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {};
    const path = join(closed, 'index.db');
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'index', join(dir, 'one.jsonl'), '--store', `sqlite:${path}`, '--quiet'], { encoding: 'utf8', ...drop });
    assert.equal(run.status, 3, `exit ${run.status}: ${run.stderr}`);
    assert.ok(run.stderr.includes(`Cannot open SQLite store at ${path}: `), run.stderr);
    assert.ok(run.stderr.includes(`(this user may not create files in ${closed}: choose another --store sqlite:PATH, or --store memory`), run.stderr);
  } finally {
    chmodSync(dir, 0o755);
    if (existsSync(join(dir, 'closed'))) chmodSync(join(dir, 'closed'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
