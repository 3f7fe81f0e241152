import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexPaths, summarizeStore } from '../../src/pipeline.js';
import { createStore } from '../../src/stores/index.js';
import { redisSkip, runPrefix, testServersForFile } from './redis-servers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');
/** Synthetic documents indexed by every backend: enough for planted families, small enough for CI. */
const SYNTHETIC_DOCS = 1000;

const skip = redisSkip();
const { standalone, cluster } = await testServersForFile(skip);
const dir = mkdtempSync(join(tmpdir(), 'storytrace-same-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let opened = 0;
/** The stories, relations and origins (the `analyze --json` object) of indexing `paths` into the store a spec names. */
async function answersOf(spec: string, paths: string[]): Promise<string> {
  const store = await createStore(spec);
  try {
    const report = await indexPaths(paths, store);
    return JSON.stringify(await summarizeStore(store, report.warnings), null, 1);
  } finally {
    await store.close();
  }
}

function backends(): [string, string][] {
  opened += 1;
  return [
    ['redis standalone', `${standalone?.url ?? ''}?prefix=${runPrefix('same')}-${opened}`],
    ['redis cluster', `redis+cluster://${cluster?.addresses ?? ''}?prefix=${runPrefix('same')}-${opened}`],
  ];
}

function syntheticCorpus(): string | { skip: string } {
  if (!existsSync(GENERATOR)) return { skip: `${GENERATOR} is absent (../shared not checked out)` };
  const out = join(dir, 'corpus');
  const run = spawnSync(process.execPath, [GENERATOR, '--n', String(SYNTHETIC_DOCS), '--out', out, '--seed', '7'], { encoding: 'utf8' });
  if (run.status !== 0) return { skip: `gen-corpus.mjs failed (needs a word list: apt-get install wamerican): ${run.stderr.slice(-200)}` };
  return join(out, 'docs.jsonl');
}

describe('Redis gives the same answers as SQLite', { skip }, () => {
  it('on the example data (standalone and cluster)', async () => {
    const expected = await answersOf(`sqlite:${join(dir, 'examples.db')}`, [EXAMPLES]);
    assert.ok(JSON.parse(expected).stories.length > 0, 'the examples make no story: the comparison would prove little');
    for (const [name, spec] of backends()) assert.equal(await answersOf(spec, [EXAMPLES]), expected, name);
  });

  it(`on ${SYNTHETIC_DOCS} synthetic documents with planted families (standalone and cluster)`, async (t) => {
    const corpus = syntheticCorpus();
    if (typeof corpus !== 'string') {
      t.skip(corpus.skip);
      return;
    }
    const expected = await answersOf(`sqlite:${join(dir, 'synthetic.db')}`, [corpus]);
    const summary = JSON.parse(expected) as { documents: unknown[]; stories: unknown[] };
    assert.equal(summary.documents.length, SYNTHETIC_DOCS);
    assert.ok(summary.stories.length > 10, `only ${summary.stories.length} stories`);
    for (const [name, spec] of backends()) assert.equal(await answersOf(spec, [corpus]), expected, name);
    t.diagnostic(`${summary.stories.length} stories identical on SQLite, Redis standalone and Redis Cluster`);
  });
});
