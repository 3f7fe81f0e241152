import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStore, type Store } from '../../src/stores/index.js';
import { RedisKeys } from '../../src/stores/redis-keys.js';
import { makeDocument, makePair } from './fake-records.js';
import { redisSkip, runPrefix, testServersForFile } from './redis-servers.js';
import { runStoreContract } from './store-contract.js';
import { lookupMap } from './lookup-map.js';

const skip = redisSkip();
const { standalone, cluster } = await testServersForFile(skip);

// Every test gets its own prefix on the same servers: a fresh, empty index, and a check that
// indexes under different prefixes do not see each other.
let opened = 0;
const standaloneSpec = (): string => `${standalone?.url ?? ''}?prefix=${runPrefix('t')}-${(opened += 1)}`;
const clusterSpec = (): string => `redis+cluster://${cluster?.addresses ?? ''}?prefix=${runPrefix('t')}-${(opened += 1)}`;

runStoreContract('redis (standalone)', () => createStore(standaloneSpec()), { skip });
runStoreContract('redis (cluster)', () => createStore(clusterSpec()), { skip });

async function withStores<T>(specs: string[], body: (stores: Store[]) => Promise<T>): Promise<T> {
  const stores: Store[] = [];
  try {
    for (const spec of specs) stores.push(await createStore(spec));
    return await body(stores);
  } finally {
    for (const store of stores) await store.close();
  }
}

describe('Redis store specifics', { skip }, () => {
  it('opened read-only, an index that is not there is an error and is not made', async () => {
    const spec = standaloneSpec();
    await assert.rejects(createStore(spec, { readOnly: true }), /no index ".*" here/);
    await withStores([spec], async ([store]) => {
      assert.ok(store);
      await store.putDocuments([makeDocument('x')]);
    });
    const reader = await createStore(spec, { readOnly: true });
    try {
      assert.deepEqual(await reader.listDocumentIds(), ['x']);
    } finally {
      await reader.close();
    }
  });

  it('keeps indexes under different prefixes apart on one server', async () => {
    const base = `${standalone?.url ?? ''}`;
    await withStores([`${base}?prefix=${runPrefix('apart-a')}`, `${base}/0?prefix=${runPrefix('apart-b')}`], async ([a, b]) => {
      assert.ok(a && b);
      await a.putDocuments([makeDocument('x', { keys: ['shared'] })]);
      await a.setMeta('m', '1');
      assert.equal(await b.countDocuments(), 0);
      assert.deepEqual(await lookupMap(b, ['shared']), new Map());
      assert.equal(await b.getMeta('m'), undefined);
      assert.equal(await a.countDocuments(), 1);
    });
  });

  it('shows a write of one process to another at once (no stale caches)', async () => {
    const spec = clusterSpec();
    await withStores([spec, spec], async ([writer, reader]) => {
      assert.ok(writer && reader);
      assert.equal(await reader.countDocuments(), 0);
      await writer.putDocuments([makeDocument('a', { keys: ['k'] }), makeDocument('b', { keys: ['k'] })]);
      assert.equal(await reader.countDocuments(), 2);
      assert.deepEqual((await lookupMap(reader, ['k'])).get('k'), { count: 2, ids: ['a', 'b'] });
      await writer.putPairs([makePair('a', 'b')]);
      await writer.deleteDocuments(['b']);
      assert.deepEqual(await reader.listDocumentIds(), ['a']);
      assert.deepEqual(await reader.listPairs(), []);
    });
  });

  it('puts a document\'s own records in one cluster slot, and spreads documents over the nodes', async () => {
    const spec = clusterSpec();
    const prefix = new URLSearchParams(spec.slice(spec.indexOf('?'))).get('prefix') ?? '';
    const store = await createStore(spec);
    try {
      const ids = Array.from({ length: 60 }, (_, i) => `site/{odd}%id-${i}`);
      await store.putDocuments(ids.map((id) => makeDocument(id)));
      // Only this index's document hashes count: a shared cluster (CI's) holds other tests' keys too.
      const keysPerNode = (cluster?.nodes ?? []).map((node) => node.cli('--scan', '--pattern', `${prefix}:d:*`).split('\n').filter((k) => k !== '').length);
      assert.ok(keysPerNode.length >= 2 && keysPerNode.every((n) => n > 0), `keys per node ${keysPerNode.join(', ')}`);
      const keys = new RedisKeys('st');
      const slot = (key: string): string => cluster?.nodes[0]?.cli('cluster', 'keyslot', key).trim() ?? '';
      for (const id of ['a}b{c', '}x', '{}', '', 'plain', '%7D']) {
        const own = new Set([slot(keys.document(id)), slot(keys.pairs(id)), slot(keys.pairedBy(id))]);
        assert.equal(own.size, 1, `records of "${id}" span slots ${[...own].join(', ')}`);
      }
      assert.notEqual(slot(keys.document('a}b')), slot(keys.document('a}c')), 'ids cut at a brace share a slot');
      const global = new Set([keys.ids, keys.unverified, keys.committed, keys.clock, keys.meta, keys.stories, keys.pairHolders].map(slot));
      assert.equal(global.size, 1, 'the commit MULTI would span slots');
    } finally {
      await store.close();
    }
  });
});
