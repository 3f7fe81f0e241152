// Session 12: `stories`, `report` and `explain` only read, so they open the store read-only:
// they write nothing to it, and they work on a store in a folder this user may not write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
/** The unprivileged user the CLI runs as when the test runs as root (root ignores file modes). */
const NOBODY = 65534;
const STORY =
  'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said. ' +
  'Shop owners on the street asked for a delay until the spring, but the vote was seven to two. ' +
  'Buses will use Mill Road while the street is closed, and the works will cost 2.3 million dollars.';
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

test('cli: stories, report and explain read a store in a folder this user may not write, creating and changing nothing there', { timeout: 120_000 }, (t) => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-read-only-'));
  const shelf = join(work, 'shelf');
  try {
    chmodSync(work, 0o755);
    const docs = join(work, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'council.txt'), STORY);
    writeFileSync(join(docs, 'council-copy.txt'), STORY);
    mkdirSync(shelf);
    const out = join(work, 'out');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const path = join(shelf, 'st.db');
    const store = `sqlite:${path}`;
    const made = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'index', docs, '--store', store, '-q'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    assert.deepEqual(readdirSync(shelf), ['st.db'], 'the writer removed its -wal and -shm on closing');
    const before = digest(path);
    const asRoot = process.getuid?.() === 0;
    // As root, the store stays root's (folder 755, file 644) and the CLI runs as nobody; otherwise the folder is made read-only.
    const drop: Partial<SpawnSyncOptionsWithStringEncoding> = asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {};
    chmodSync(path, 0o644);
    chmodSync(shelf, asRoot ? 0o755 : 0o555);
    t.diagnostic(asRoot ? `store owned by root, CLI run as uid ${NOBODY}` : 'store folder chmod 555, CLI run as this user');
    const commands = [
      ['stories', '--store', store],
      ['report', '--store', store, '--out', join(out, 'report.html')],
      ['explain', 'council.txt', 'council-copy.txt', '--store', store],
    ];
    for (const args of commands) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', ...drop });
      assert.equal(result.status, 0, `${args[0] ?? ''}: ${result.stderr}`);
      if (args[0] !== 'report') assert.match(result.stdout, /council/);
    }
    assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /council-copy\.txt/);
    assert.equal(digest(path), before, 'the store file is unchanged');
    assert.deepEqual(readdirSync(shelf), ['st.db'], 'nothing was created next to it');
  } finally {
    chmodSync(shelf, 0o755);
    rmSync(work, { recursive: true, force: true });
  }
});
