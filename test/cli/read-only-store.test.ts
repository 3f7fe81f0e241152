// Session 12: `stories`, `report` and `explain` only read, so they open the store read-only:
// they write nothing to it, and they work on a store in a folder this user may not write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const STORY =
  'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said. ' +
  'Shop owners on the street asked for a delay until the spring, but the vote was seven to two. ' +
  'Buses will use Mill Road while the street is closed, and the works will cost 2.3 million dollars.';
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
// Root may write anywhere, so a folder's mode cannot stop it (the CI runs as root).
const asRoot = process.getuid?.() === 0;

test('cli: stories, report and explain read a store without writing to it, also in a folder this user may not write', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-read-only-'));
  const shelf = join(work, 'shelf');
  try {
    const docs = join(work, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'council.txt'), STORY);
    writeFileSync(join(docs, 'council-copy.txt'), STORY);
    mkdirSync(shelf);
    const path = join(shelf, 'st.db');
    const store = `sqlite:${path}`;
    assert.equal(run(['index', docs, '--store', store, '-q']).status, 0);
    const before = digest(path);
    if (!asRoot) chmodSync(shelf, 0o555);
    const commands = [
      ['stories', '--store', store],
      ['report', '--store', store, '--out', join(work, 'report.html')],
      ['explain', 'council.txt', 'council-copy.txt', '--store', store],
    ];
    for (const args of commands) {
      const result = run(args);
      assert.equal(result.status, 0, `${args[0] ?? ''}: ${result.stderr}`);
    }
    assert.equal(digest(path), before, 'the store file is unchanged');
    if (!asRoot) assert.deepEqual(readdirSync(shelf), ['st.db'], 'nothing was created next to it');
  } finally {
    chmodSync(shelf, 0o700);
    rmSync(work, { recursive: true, force: true });
  }
});
