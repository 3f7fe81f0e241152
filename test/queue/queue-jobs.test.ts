import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { queueUrlOf } from '../../src/cli/queue-option.js';
import type { RawDocument } from '../../src/ingest/types.js';
import { saveBatch } from '../../src/queue/batch-payloads.js';
import { connectQueue, type QueueConnection } from '../../src/queue/queue-connection.js';
import { QueueKeys } from '../../src/queue/queue-jobs.js';
import { queueNamespace } from '../../src/queue/redis-address.js';
import { claimPairs, runStoreJob } from '../../src/queue/run-jobs.js';
import { MemoryStore } from '../../src/stores/index.js';
import { RedisServer, redisSkip } from '../stores/redis-servers.js';
import { runCli } from './queue-processes.js';

function raw(id: string, text: string): RawDocument {
  return { id, text, contentHash: createHash('sha256').update(text).digest('hex'), format: 'txt', warnings: [] };
}

const BATCH = [
  raw('a.txt', 'The harbour council approved the new ferry timetable on Monday after a long debate about winter crossings.'),
  raw('b.txt', 'Farmers in the valley said the late frost cut the apple harvest by a third compared with last year.'),
  raw('c.txt', 'The museum will reopen its railway hall in spring with a restored engine and a new children’s gallery.'),
];

test('the queue namespace follows the store: the Redis prefix, or the SQLite file wherever it is named from', () => {
  assert.equal(queueNamespace('redis://127.0.0.1:6379?prefix=news'), 'news');
  assert.equal(queueNamespace('redis+cluster://h:1,h:2'), 'st');
  assert.equal(queueNamespace('sqlite:./x/../index.db'), queueNamespace(`sqlite:${process.cwd()}/index.db`));
  assert.notEqual(queueNamespace('sqlite:a.db'), queueNamespace('sqlite:b.db'));
  assert.throws(() => queueNamespace('memory'), /workers can reach/);
});

test("--queue without an address takes the store's Redis, and needs one when the store is SQLite", () => {
  assert.equal(queueUrlOf(true, 'redis://r:1?prefix=x'), 'redis://r:1?prefix=x');
  assert.equal(queueUrlOf('redis://q:2', 'sqlite:a.db'), 'redis://q:2');
  assert.throws(() => queueUrlOf(true, 'sqlite:a.db'), /--queue needs a Redis address/);
});

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 1));
    });
  });
}

test('index --queue and worker stop at once with an error naming an unreachable Redis', { timeout: 120000 }, async () => {
  const port = await closedPort();
  const store = 'sqlite::memory:';
  for (const args of [['index', 'examples', '--store', store, '--queue', `redis://127.0.0.1:${port}`], ['worker', '--store', store, '--queue', `redis://127.0.0.1:${port}`]]) {
    const run = await runCli(args, 60000);
    assert.equal(run.code, 3, `${args[0] ?? ''}: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(`cannot reach the queue: Redis at 127\\.0\\.0\\.1:${port}: connection refused`));
  }
});

describe('jobs on a real Redis', { skip: redisSkip() }, () => {
  let server: RedisServer | undefined;
  let connection: QueueConnection | undefined;
  before(async () => {
    server = await RedisServer.start();
    connection = await connectQueue(`redis://127.0.0.1:${server.port}`, 'run');
  });
  after(async () => {
    connection?.client.disconnect();
    await server?.stop();
  });

  test('a pair belongs to the first job that claims it, also when that job is retried', async () => {
    const client = connection?.client;
    assert.ok(client);
    const key = new QueueKeys('t').claims('run1');
    assert.deepEqual(await claimPairs(client, key, 'job-1', [['a', 'b'], ['a', 'c']]), [['a', 'b'], ['a', 'c']]);
    assert.deepEqual(await claimPairs(client, key, 'job-2', [['a', 'b'], ['b', 'd']]), [['b', 'd']]);
    // job-1 again (a retry after it died): it verifies its pairs again, job-2's stay job-2's.
    assert.deepEqual(await claimPairs(client, key, 'job-1', [['a', 'b'], ['b', 'd']]), [['a', 'b']]);
  });

  test('a retried store job analyses and reports the same documents; a new run finds them unchanged', async () => {
    const client = connection?.client;
    assert.ok(client);
    const keys = new QueueKeys('t');
    const store = new MemoryStore();
    await saveBatch(client, keys.batch('run1', 0), BATCH);
    const first = await runStoreJob({ runId: 'run1', batch: 0 }, { store, client, keys });
    const stored = await store.getDocuments(BATCH.map((d) => d.id));
    assert.deepEqual(first, { added: ['a.txt', 'b.txt', 'c.txt'], unchanged: [] });
    // The same job again, as after its worker died before reporting: same answer, same documents.
    assert.deepEqual(await runStoreJob({ runId: 'run1', batch: 0 }, { store, client, keys }), first);
    assert.deepEqual(await store.getDocuments(BATCH.map((d) => d.id)), stored);
    assert.equal(await store.countDocuments(), 3);
    // Another run with the same documents stores nothing.
    await saveBatch(client, keys.batch('run2', 0), BATCH);
    assert.deepEqual(await runStoreJob({ runId: 'run2', batch: 0 }, { store, client, keys }), { added: [], unchanged: ['a.txt', 'b.txt', 'c.txt'] });
  });

  test('a store job whose documents are gone from Redis fails saying so', async () => {
    const client = connection?.client;
    assert.ok(client);
    await assert.rejects(runStoreJob({ runId: 'gone', batch: 3 }, { store: new MemoryStore(), client, keys: new QueueKeys('t') }), /documents of this job are gone from Redis/);
  });
});
