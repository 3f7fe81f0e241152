import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { indexPaths, type IndexReport } from '../../src/pipeline.js';
import { createStore } from '../../src/stores/index.js';
import { RedisServer, redisSkip } from '../stores/redis-servers.js';
import { generatedCorpus, runCli, summaryJson, WorkerProcess } from './queue-processes.js';

// One store job of a few seconds and two verify jobs: long enough to be killed in the middle.
const DOCS = 300;
// Stalled jobs are found within seconds instead of the default 30 s (not less: on two busy
// cores a job's synchronous stretches can take a second or two).
const FAST_STALL = ['--lock-duration', '5000', '--stalled-interval', '1000'];
// How long after a job starts its worker is killed: well inside the job on a quiet machine (a
// second was not: faster verification let a verify job end within it).
const KILL_AFTER_MS = 250;

const skip = redisSkip();
const dir = mkdtempSync(join(tmpdir(), 'storytrace-queue-faults-'));
const corpus = generatedCorpus(DOCS, join(dir, 'corpus'));
const corpusSkip = 'skip' in corpus ? corpus.skip : false;
const path = 'path' in corpus ? corpus.path : '';

async function inProcess(): Promise<{ summary: string; report: IndexReport }> {
  const spec = `sqlite:${join(dir, 'in-process.db')}`;
  const store = await createStore(spec);
  try {
    const report = await indexPaths([path], store);
    return { summary: await summaryJson(spec), report };
  } finally {
    await store.close();
  }
}

describe('index --queue faults', { skip: skip || corpusSkip }, () => {
  let server: RedisServer | undefined;
  let expected: { summary: string; report: IndexReport } | undefined;
  before(async () => {
    server = await RedisServer.start();
    expected = await inProcess();
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a worker SIGKILLed in the middle of a store job and another in the middle of a verify job: both jobs are retried, nothing lost or counted twice', { timeout: 900000 }, async () => {
    const store = `sqlite:${join(dir, 'killed.db')}`;
    const queue = `redis://127.0.0.1:${server?.port ?? 0}`;
    const run = runCli(['index', path, '--store', store, '--queue', queue, '--json', '-q']);
    const first = new WorkerProcess(store, queue, FAST_STALL);
    const storeJob = /job (\S+-store-\d+) started/.exec(await first.waitFor(/store-\d+ started/))?.[1] ?? '';
    await sleep(KILL_AFTER_MS);
    first.signal('SIGKILL');
    await first.exited;
    assert.ok(!first.lines.some((l) => l.includes(`${storeJob} done`)), `the first worker was killed before ${storeJob} ended`);

    const second = new WorkerProcess(store, queue, FAST_STALL);
    await second.waitFor(new RegExp(`${storeJob} started \\(store, attempt 2\\)`));
    const verifyJob = /job (\S+-verify-\d+) started/.exec(await second.waitFor(/verify-\d+ started/))?.[1] ?? '';
    await sleep(KILL_AFTER_MS);
    second.signal('SIGKILL');
    await second.exited;
    assert.ok(!second.lines.some((l) => l.includes(`${verifyJob} done`)), `the second worker was killed before ${verifyJob} ended`);

    const third = new WorkerProcess(store, queue, FAST_STALL);
    try {
      await third.waitFor(new RegExp(`${verifyJob} started \\(verify, attempt 2\\)`));
      const result = await run;
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as IndexReport & { jobs: { retried: number } };
      // Both killed jobs were retried (their second attempts were seen above). On a loaded machine
      // a job whose lock was not renewed in time is retried once more as stalled: that is the
      // queue doing its job, and the answers below must still be exactly the in-process ones.
      assert.ok(report.jobs.retried >= 2, `retried ${report.jobs.retried}`);
      assert.equal(await summaryJson(store), expected?.summary);
      // Retried store job reports its documents as added once, retried verify job its pairs once.
      assert.deepEqual([...report.added].sort(), [...(expected?.report.added ?? [])].sort());
      assert.deepEqual(report.unchanged, []);
      assert.equal(report.pairsVerified, expected?.report.pairsVerified);
    } finally {
      assert.equal(await third.stop(), 0);
    }
  });

  test('Redis restarted mid-run: the run stops with an error naming Redis, a worker waits or gives up as told, and running index again completes with the same answers', { timeout: 900000 }, async () => {
    const store = `sqlite:${join(dir, 'restarted.db')}`;
    const queue = `redis://127.0.0.1:${server?.port ?? 0}`;
    const patient = new WorkerProcess(store, queue, ['--reconnect-timeout', '120']);
    const impatient = new WorkerProcess(store, queue, ['--reconnect-timeout', '2']);
    try {
      const run = runCli(['index', path, '--store', store, '--queue', queue, '--json', '-q']);
      await patient.waitFor(/verify-\d+ started/);
      await server?.kill();
      const stopped = await run;
      assert.equal(stopped.code, 3, 'the run failed');
      assert.match(stopped.stderr, new RegExp(`lost the queue: Redis at 127\\.0\\.0\\.1:${server?.port ?? 0}: .*run the same \`storytrace index\` again to resume`, 'i'));
      assert.ok(stopped.ms < 120000, `stopped in ${stopped.ms} ms, not hung`);

      assert.equal(await impatient.exited, 3, 'the worker with a short reconnect timeout gave up');
      assert.ok(impatient.lines.some((l) => /Redis at 127\.0\.0\.1:\d+: .* for 2 s; worker stopped/.test(l)), impatient.lines.join(' | '));
      await patient.waitFor(/lost the connection to the queue \(Redis at 127\.0\.0\.1:\d+/);

      await server?.launch();
      await patient.waitFor(/connection to the queue is back/);
      const resumed = await runCli(['index', path, '--store', store, '--queue', queue, '--json', '-q']);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.equal(await summaryJson(store), expected?.summary);
    } finally {
      await impatient.stop();
      assert.equal(await patient.stop(), 0);
    }
  });
});
