import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexPaths, summarizeStore } from '../../src/pipeline.js';
import { createStore, type Store } from '../../src/stores/index.js';
import { crashDocument } from './fixtures/crash-documents.js';
import { RedisCluster, RedisServer, redisSkip } from './redis-servers.js';
import { lookupMap } from './lookup-map.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
/** A failure must surface within this long: a clear error, not a hang. */
const ERROR_WITHIN_MS = 20000;

const skip = redisSkip();
const dir = mkdtempSync(join(tmpdir(), 'storytrace-faults-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function answersOf(store: Store, paths: string[]): Promise<string> {
  const report = await indexPaths(paths, store);
  return JSON.stringify(await summarizeStore(store, report.warnings));
}

/** Delegates to `store`, running `fault` once, without waiting for it, when `method` is first called. */
function withFault(store: Store, method: 'putDocuments' | 'putPairs', fault: () => Promise<void>): Store {
  let fired = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== method || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        if (!fired) {
          fired = true;
          void fault();
        }
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}

async function rejectsSoon(work: Promise<unknown>, pattern: RegExp): Promise<void> {
  const started = Date.now();
  await assert.rejects(work, pattern);
  assert.ok(Date.now() - started < ERROR_WITHIN_MS, `the error took ${Date.now() - started} ms`);
}

describe('Redis restarted in the middle of a run', { skip }, () => {
  for (const moment of ['putDocuments', 'putPairs'] as const) {
    it(`fails with a clear error when it goes down at ${moment}, and the rerun completes with the same answers`, async () => {
      const expected = await answersOf(await createStore('memory'), [EXAMPLES]);
      // Append-only file with fsync on every write: what was written before the kill survives it.
      const server = await RedisServer.start(['--appendonly', 'yes', '--appendfsync', 'always']);
      try {
        const spec = `redis://127.0.0.1:${server.port}`;
        const first = await createStore(spec);
        try {
          const faulty = withFault(first, moment, () => server.kill());
          await rejectsSoon(indexPaths([EXAMPLES], faulty), new RegExp(`Redis store 127\\.0\\.0\\.1:${server.port} \\(prefix st\\): .* failed`));
        } finally {
          await first.close();
        }
        await server.launch();
        const second = await createStore(spec);
        try {
          const again = await answersOf(second, [EXAMPLES]);
          assert.equal(again.length, expected.length, 'answers differ after the rerun (lengths shown)');
          assert.equal(again, expected);
        } finally {
          await second.close();
        }
      } finally {
        await server.stop();
      }
    });
  }
});

describe('Redis Cluster with one node down', { skip }, () => {
  it('fails reads and writes with a clear error, never a partial answer', async () => {
    const cluster = await RedisCluster.start();
    try {
      const store = await createStore(`redis+cluster://${cluster.addresses}`);
      try {
        const docs = Array.from({ length: 200 }, (_, i) => crashDocument(i));
        await store.putDocuments(docs);
        const keys = [...new Set(docs.flatMap((d) => d.keys))];
        const ids = docs.map((d) => d.id);
        assert.equal((await lookupMap(store, keys)).size, keys.length);
        await cluster.nodes[1]?.kill();
        // At once (the cluster still says ok) and after the others have marked the node failed.
        for (const phase of ['just killed', 'cluster_state:fail']) {
          if (phase === 'cluster_state:fail') await cluster.waitFor('fail');
          await rejectsSoon(lookupMap(store, keys), /looking up keys failed/);
          await rejectsSoon(store.getDocuments(ids), /reading documents failed/);
          await rejectsSoon(store.findByHash(docs.map((d) => d.contentHash)), /finding documents by hash failed/);
          await rejectsSoon(store.putDocuments([crashDocument(500)]), /writing documents failed/);
        }
      } finally {
        await store.close();
      }
    } finally {
      await cluster.stop();
    }
  });
});
