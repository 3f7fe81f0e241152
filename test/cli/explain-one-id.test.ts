// Session 12: a newcomer's first `explain` names one document ("why is this one in its
// story?") and got "missing required argument 'docB'". One id now explains the pair that put the
// document in its story; an origin, a document in no story and an unknown id say what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisResult } from '../../src/types.js';

import { COUNCIL_STORY as STORY, runCli as run, STEW_RECIPE as OTHER } from './council-story.js';

test('cli: explain with one id explains it against its source in its story; an origin, a loner and an unknown id are usage errors that say what to do', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-explain-one-'));
  try {
    const docs = join(work, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'council.txt'), STORY);
    writeFileSync(join(docs, 'council-copy.txt'), `${STORY} Read more on our site.`);
    writeFileSync(join(docs, 'stew.txt'), OTHER);
    const store = `sqlite:${join(work, 'st.db')}`;
    assert.equal(run(['index', docs, '--store', store, '-q']).status, 0);
    const story = (JSON.parse(run(['stories', '--store', store, '--json']).stdout) as AnalysisResult).stories[0];
    const member = story?.members.find((m) => m.source !== null);
    assert.ok(story && member?.source, 'one story with a derived member');
    const one = run(['explain', member.document, '--store', store]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(one.stdout, run(['explain', member.document, member.source, '--store', store]).stdout);
    const origin = run(['explain', story.origin.document, '--store', store]);
    assert.equal(origin.status, 1);
    assert.match(origin.stderr, new RegExp(`is the origin of ${story.id}: name a second document .*${member.document.replace('.', '\\.')}`));
    const loner = run(['explain', 'stew.txt', '--store', store]);
    assert.equal(loner.status, 1);
    assert.match(loner.stderr, /stew\.txt is in no story: name a second document/);
    const unknown = run(['explain', 'nothing.txt', '--store', store]);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /not in the store: nothing\.txt/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
