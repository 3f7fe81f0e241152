import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexPaths, type IndexReport } from '../../src/pipeline.js';
import { createStore } from '../../src/stores/index.js';
import { RedisCluster, RedisServer, redisSkip } from '../stores/redis-servers.js';
import { EXAMPLES, generatedCorpus, runCli, summaryJson, WorkerProcess } from './queue-processes.js';

// Two store batches (1000 documents each in process) and several verify jobs, so two workers
// really split the work.
const GENERATED_DOCS = 1200;

const skip = redisSkip();
const dir = mkdtempSync(join(tmpdir(), 'storytrace-queue-'));
const generated = generatedCorpus(GENERATED_DOCS, join(dir, 'corpus'));

interface Expected {
  summary: string;
  report: IndexReport;
}

const expectedBy = new Map<string, Expected>();

/** The in-process SQLite run's answers (once per corpus). */
async function inProcess(path: string, name: string): Promise<Expected> {
  const known = expectedBy.get(name);
  if (known) return known;
  const spec = `sqlite:${join(dir, `${name}-in-process.db`)}`;
  const store = await createStore(spec);
  try {
    const report = await indexPaths([path], store);
    const expected = { summary: await summaryJson(spec), report };
    expectedBy.set(name, expected);
    return expected;
  } finally {
    await store.close();
  }
}

/** Indexes through the queue with `workers` worker processes and returns the report and the answers. */
async function throughQueue(path: string, store: string, queue: string, workers: number): Promise<{ summary: string; report: IndexReport & { jobs: { retried: number } } }> {
  const pool = Array.from({ length: workers }, () => new WorkerProcess(store, queue));
  try {
    const run = await runCli(['index', path, '--store', store, '--queue', queue, '--json', '-q']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as IndexReport & { jobs: { retried: number } };
    if (workers > 1) {
      // Each worker did some of the jobs: the work was shared, not just started twice.
      for (const w of pool) assert.ok(w.lines.some((l) => / done in /.test(l)), `every worker ran a job: ${w.lines.join(' | ')}`);
    }
    return { summary: await summaryJson(store), report };
  } finally {
    for (const w of pool) assert.equal(await w.stop(), 0);
  }
}

function assertSame(actual: { summary: string; report: IndexReport }, expected: Expected): void {
  assert.equal(actual.summary, expected.summary);
  assert.deepEqual([...actual.report.added].sort(), [...expected.report.added].sort());
  assert.equal(actual.report.pairsVerified, expected.report.pairsVerified, 'each pair verified once');
  assert.deepEqual(actual.report.warnings, expected.report.warnings);
}

const corpora: { name: string; path: string | undefined; skip: string | false }[] = [
  { name: 'examples', path: EXAMPLES, skip: false },
  { name: 'generated', path: 'path' in generated ? generated.path : undefined, skip: 'skip' in generated ? generated.skip : false },
];

describe('index --queue gives the in-process answer', { skip }, () => {
  let server: RedisServer | undefined;
  before(async () => {
    server = await RedisServer.start();
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const corpus of corpora) {
    test(`${corpus.name}: one worker with the index in SQLite, two worker processes with the index in Redis`, { skip: corpus.skip, timeout: 1200000 }, async () => {
      const path = corpus.path ?? '';
      const expected = await inProcess(path, corpus.name);
      assert.ok(expected.report.pairsVerified > 0, 'the corpus has pairs to compare');
      const queue = `redis://127.0.0.1:${server?.port ?? 0}`;
      const one = await throughQueue(path, `sqlite:${join(dir, `${corpus.name}-1.db`)}`, queue, 1);
      assertSame(one, expected);
      const two = await throughQueue(path, `${queue}?prefix=${corpus.name}`, queue, 2);
      assertSame(two, expected);
      assert.equal(one.report.jobs.retried + two.report.jobs.retried, 0);
      // Nothing of the runs is left in Redis but BullMQ's own bookkeeping.
      const left = server?.cli('--scan', '--pattern', '*:run:*').split('\n').filter((k) => k !== '') ?? [];
      assert.deepEqual(left, []);
    });
  }

  test('examples and generated: two workers with the index and the queue on a Redis Cluster', { timeout: 1200000 }, async (t) => {
    const cluster = await RedisCluster.start();
    t.after(() => cluster.stop());
    for (const corpus of corpora) {
      if (corpus.path === undefined) continue;
      const expected = await inProcess(corpus.path, corpus.name);
      const spec = `redis+cluster://${cluster.addresses}?prefix=${corpus.name}`;
      const actual = await throughQueue(corpus.path, spec, spec, 2);
      assertSame(actual, expected);
    }
  });
});
