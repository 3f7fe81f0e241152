// What a newcomer trips over: a typo in the store path of a read-only command, output cut by
// `| head`, an analyze that silently adds to an old index, files written without a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const STORY = 'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said.';

test('cli: read-only commands refuse a store path that does not exist (usage error) and create nothing', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer-'));
  try {
    const missing = join(work, 'typo.db');
    for (const args of [['stories'], ['report'], ['explain', 'a', 'b'], ['remove', 'a'], ['add', join(work, 'none.txt')]]) {
      const result = run([...args, '--store', `sqlite:${missing}`]);
      assert.equal(result.status, 1, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, /no index at .*typo\.db/);
      assert.equal(existsSync(missing), false, `${args[0]} created the file`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('cli: analyze says which index it adds to and where it wrote its files; output cut by a closed pipe is no crash', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer-'));
  try {
    const store = `sqlite:${join(work, 'st.db')}`;
    writeFileSync(join(work, 'a.txt'), STORY);
    const first = run(['analyze', join(ROOT, 'examples'), '--store', store, '-q']);
    assert.equal(first.status, 0, first.stderr);
    const html = join(work, 'new-folder', 'report.html');
    const second = run(['analyze', join(work, 'a.txt'), '--store', store, '--html', html]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /adding to index .*st\.db, which holds 14 documents \(--store memory for a one-off run\)/);
    assert.match(second.stderr, /HTML report written to .*new-folder\/report\.html/);
    assert.ok(existsSync(html), 'the report folder is made');
    assert.match(second.stdout, /^15 documents, 1 story/);
    const listed = join(work, 'out', 'stories.txt');
    assert.equal(run(['stories', '--store', store, '--out', listed]).status, 0);
    assert.match(readFileSync(listed, 'utf8'), /^15 documents, 1 story/);
    assert.match(readFileSync(listed, 'utf8'), /score: strength of the evidence [^]*confidence: how sure the origin is/, 'the numbers are explained where they are shown');
    const unknown = run(['explain', 'no-such-id', 'no-such-id', '--store', store]);
    assert.equal(unknown.status, 1, 'an unknown id is a usage error');
    assert.equal(unknown.stderr, 'storytrace: not in the store: no-such-id (ids as `storytrace stories` lists them)\n');
    // A reader that stops at once (as `| head -c 1` does) closes the pipe before the output ends.
    const piped = spawnSync('bash', ['-c', `node --import tsx ${CLI} stories --json --store ${store} | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(piped.status, 0, piped.stderr);
    assert.doesNotMatch(piped.stderr, /EPIPE|Unhandled/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
