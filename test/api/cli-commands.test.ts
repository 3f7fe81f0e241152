// The new commands as a user runs them: add and remove print only what changed (text and
// --json), and serve binds to loopback by default and answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');
const LATE = 'harwick-courier/army-chief-senators-st-aldric-drones.html';
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

test('cli: add prints the new member only, remove prints what left, both with --json', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-cli-'));
  try {
    const store = `sqlite:${join(work, 'st.db')}`;
    const rest = join(work, 'rest');
    const late = join(work, 'late');
    cpSync(join(ROOT, 'examples'), rest, { recursive: true });
    rmSync(join(rest, LATE));
    cpSync(join(ROOT, 'examples', LATE), join(late, LATE));
    assert.equal(run(['index', rest, '--store', store, '-q']).status, 0);
    const added = run(['add', late, '--store', store, '-q']);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^story story-[0-9a-f]{8}\n {2}\+ harwick-courier\/army-chief-senators-st-aldric-drones\.html {2}edited-copy of veltrin-chronicle\//);
    assert.equal(added.stdout.trim().split('\n').length, 2, 'only what changed');
    const again = run(['add', late, '--store', store, '-q', '--json']);
    const json = JSON.parse(again.stdout) as { added: string[]; unchanged: string[]; changes: unknown };
    assert.deepEqual([json.added, json.unchanged, json.changes], [[], [LATE], { created: [], updated: [], removed: [] }]);
    const removed = run(['remove', LATE, 'nope', '--store', store, '--json']);
    const r = JSON.parse(removed.stdout) as { removed: string[]; missing: string[]; changes: { updated: { left: string[] }[] } };
    assert.deepEqual([r.removed, r.missing, r.changes.updated.map((u) => u.left)], [[LATE], ['nope'], [[LATE]]]);
    assert.equal(run(['remove', 'nope', '--store', store]).status, 2, 'nothing removed is exit 2');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('cli: serve binds to 127.0.0.1 unless told otherwise and answers', { timeout: 60_000 }, async () => {
  const server = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--store', 'memory', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let seen = '';
      server.stderr.on('data', (c: Buffer) => {
        seen += c.toString('utf8');
        const m = /listening on (\S+)/.exec(seen);
        if (m?.[1]) resolve(m[1]);
      });
      server.once('exit', () => reject(new Error(seen)));
    });
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${address}/stories`);
    assert.deepEqual(await response.json(), { documents: [], stories: [], warnings: [] });
  } finally {
    server.kill('SIGTERM');
  }
  assert.equal(run(['serve', '--port', 'eighty']).status, 1, 'a bad port is a usage error');
});
