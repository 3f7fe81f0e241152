import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { explainPair } from '../../src/pipeline/explain-pair.js';
import { indexPaths } from '../../src/pipeline.js';
import { formatPair, styleFor } from '../../src/report/index.js';
import { createStore } from '../../src/stores/index.js';

const A = 'veltrin-chronicle/st-aldric-drones-senate-briefing.html';
const B = 'harwick-courier/army-chief-senators-st-aldric-drones.html';
const ESC = '\u001b[';
let dir = '';
let db = '';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-explain-'));
  db = `sqlite:${join(dir, 'index.db')}`;
  const run = cli('index', 'examples', '--store', db, '-q');
  assert.equal(run.status, 0, run.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('explain piped prints plain text with the relation and the aligned sentences', () => {
  const run = cli('explain', A, B, '--store', db);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(!run.stdout.includes(ESC), 'no colour codes when piped');
  assert.match(run.stdout, /is {2}EDITED-COPY {2}of/);
  assert.match(run.stdout, /Aligned sentences \(\d+\)/);
});

test('explain --json prints the pair with both documents\' sentences', () => {
  const run = cli('explain', A, B, '--store', db, '--json');
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { relation: string; source: string; evidence: { beads: unknown[] }; sourceDocument: { sentences: string[] } };
  assert.equal(out.relation, 'edited-copy');
  assert.equal(out.source, A);
  assert.ok(out.evidence.beads.length > 10);
  assert.ok(out.sourceDocument.sentences.length >= out.evidence.beads.length);
});

test('colours on a terminal, none when NO_COLOR is set or output is not a terminal', async () => {
  const store = await createStore('memory');
  try {
    await indexPaths(['examples'], store);
    const x = await explainPair(store, A, B);
    const saved = process.env['NO_COLOR'];
    delete process.env['NO_COLOR'];
    assert.ok(formatPair(x.pair, x.source, x.target, styleFor(true)).includes(ESC));
    assert.ok(!formatPair(x.pair, x.source, x.target, styleFor(false)).includes(ESC));
    process.env['NO_COLOR'] = '1';
    assert.ok(!formatPair(x.pair, x.source, x.target, styleFor(true)).includes(ESC));
    if (saved === undefined) delete process.env['NO_COLOR'];
    else process.env['NO_COLOR'] = saved;
  } finally {
    await store.close();
  }
});

test('explain cuts long sentences and says so; --full prints every aligned sentence whole', () => {
  const json = cli('explain', A, B, '--store', db, '--json');
  const pair = JSON.parse(json.stdout) as { evidence: { beads: { source: number[] }[] }; sourceDocument: { sentences: string[] } };
  const aligned = pair.evidence.beads.flatMap((b) => b.source.map((i) => pair.sourceDocument.sentences[i] ?? ''));
  const longest = aligned.reduce((a, b) => (b.length > a.length ? b : a), '').replace(/\s+/g, ' ');
  assert.ok(longest.length > 58, 'the fixture has an aligned sentence longer than a side');

  const cut = cli('explain', A, B, '--store', db);
  assert.ok(!cut.stdout.includes(longest));
  assert.match(cut.stdout, /--full shows them whole/);

  const full = cli('explain', A, B, '--store', db, '--full');
  assert.equal(full.status, 0, full.stderr);
  assert.ok(full.stdout.includes(longest));
  assert.doesNotMatch(full.stdout, /--full shows them whole/);
});
