// Newcomer pass, session 10 (docs/troubleshooting.md): looking up one story, a mistyped
// --store, a folder with nothing to read, and exit codes a script can rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisResult } from '../../src/types.js';

import { COUNCIL_STORY as STORY, runCli as run, STEW_RECIPE as OTHER } from './council-story.js';

test('cli: stories takes a story id or a document id and prints only that story; an unknown id is a usage error', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer10-'));
  try {
    const docs = join(work, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'council.txt'), STORY);
    writeFileSync(join(docs, 'council-copy.txt'), STORY);
    writeFileSync(join(docs, 'stew.txt'), OTHER);
    const store = `sqlite:${join(work, 'st.db')}`;
    assert.equal(run(['index', docs, '--store', store, '-q']).status, 0);
    const all = JSON.parse(run(['stories', '--store', store, '--json']).stdout) as AnalysisResult;
    const story = all.stories[0];
    assert.ok(story && all.stories.length === 1, 'the copy makes one story');
    for (const id of [story.id, 'council-copy.txt']) {
      const one = run(['stories', id, '--store', store, '--json']);
      assert.equal(one.status, 0, one.stderr);
      const picked = JSON.parse(one.stdout) as AnalysisResult;
      assert.deepEqual(picked.stories.map((s) => s.id), [story.id]);
      assert.deepEqual(picked.documents.map((d) => d.id).sort(), ['council-copy.txt', 'council.txt']);
    }
    const alone = run(['stories', 'stew.txt', '--store', store]);
    assert.equal(alone.status, 0, alone.stderr);
    assert.match(alone.stdout, /^1 document, 0 stories[^]*In no story \(1\):\n {2}stew\.txt/);
    const typo = run(['stories', 'story-nope', '--store', store]);
    assert.equal(typo.status, 1);
    assert.match(typo.stderr, /no story or document with id story-nope/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('cli: a --store that is no store form is a usage error that lists the forms and creates nothing', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer10-'));
  try {
    writeFileSync(join(work, 'a.txt'), STORY);
    for (const spec of [join(work, 'notes.txt'), 'foo://x', 'sqlite:']) {
      const result = run(['analyze', join(work, 'a.txt'), '--store', spec]);
      assert.equal(result.status, 1, `${spec}: ${result.stderr}`);
      assert.match(result.stderr, /expected memory, sqlite:PATH/);
    }
    assert.deepEqual(readdirSync(work), ['a.txt']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('cli: a folder with nothing readable says what would have been read (exit 2); --help lists the exit codes', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer10-'));
  try {
    writeFileSync(join(work, 'scan.pdf'), '%PDF-1.4 not really');
    for (const command of ['analyze', 'index']) {
      const result = run([command, work, '--store', 'memory', '-q']);
      assert.equal(result.status, 2, `${command}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`no readable document in ${work}: storytrace reads \\.txt, \\.md, \\.html`));
      assert.doesNotMatch(result.stderr, /see the stories with/, `${command} sends nobody to an empty index`);
    }
    assert.equal(existsSync(join(work, 'storytrace.db')), false);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Exit codes:\n {2}0 {2}ok[^]*\n {2}1 {2}usage error[^]*\n {2}2 {2}nothing to work on[^]*\n {2}3 {2}a failure while running/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('cli: report with no --out refuses a terminal (a page of HTML over the screen) and writes to a pipe', async () => {
  const { refuseHtmlOnTerminal } = await import('../../src/cli/commands/report.js');
  assert.throws(() => refuseHtmlOnTerminal(undefined, true), /--out report\.html/);
  assert.doesNotThrow(() => refuseHtmlOnTerminal('report.html', true));
  assert.doesNotThrow(() => refuseHtmlOnTerminal(undefined, false));
  assert.doesNotThrow(() => refuseHtmlOnTerminal(undefined, undefined));
});

test('cli: an --out or --html that cannot be written is a usage error named before the run, not a crash after it', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-newcomer10-'));
  try {
    writeFileSync(join(work, 'a.txt'), STORY);
    writeFileSync(join(work, 'plain-file'), 'not a folder');
    const store = join(work, 'st.db');
    const underFile = run(['analyze', join(work, 'a.txt'), '--store', store, '--out', join(work, 'plain-file', 'out.txt')]);
    assert.equal(underFile.status, 1, underFile.stderr);
    assert.match(underFile.stderr, /cannot write .*plain-file\/out\.txt: .*plain-file is a file, not a folder/);
    const intoFolder = run(['analyze', join(work, 'a.txt'), '--store', store, '--html', work]);
    assert.equal(intoFolder.status, 1, intoFolder.stderr);
    assert.match(intoFolder.stderr, /cannot write .*: it is a folder \(name a file, such as .*\/report\.html\)/);
    assert.equal(existsSync(store), false, 'nothing was indexed before the mistake was found');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
