import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStore, type Store } from '../../src/stores/index.js';
import { MEMBER_BYTES, SHORT_LIST_BYTES } from '../../src/stores/redis-postings.js';
import { makeDocument } from './fake-records.js';
import { redisSkip, runPrefix, testServersForFile } from './redis-servers.js';
import { runStoreContract } from './store-contract.js';
import { lookupMap } from './lookup-map.js';

// The bucketed posting layout: many keys share a bucket hash, lists that grow past the short
// limit move to the bucket's long-list hash, and every process agrees on the bucket count.

const skip = redisSkip();
const { standalone, cluster } = await testServersForFile(skip);

let opened = 0;
const spec = (query = ''): string => `${standalone?.url ?? ''}?prefix=${runPrefix('layout')}-${(opened += 1)}${query}`;

// One bucket: every key of every test shares one hash, so a field mix-up would show.
runStoreContract('redis (standalone, one posting bucket)', () => createStore(spec('&buckets=1')), { skip });
runStoreContract('redis (cluster, two posting buckets)', () => createStore(`redis+cluster://${cluster?.addresses ?? ''}?prefix=${runPrefix('layout')}-${(opened += 1)}&buckets=2`), { skip });

async function using<T>(target: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore(target);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

describe('Redis posting layout', { skip }, () => {
  const longCount = SHORT_LIST_BYTES / MEMBER_BYTES + 9;

  it(`keeps a key's postings exact when its list grows past ${SHORT_LIST_BYTES / MEMBER_BYTES} members and shrinks again`, async () => {
    await using(spec('&buckets=1'), async (store) => {
      const ids = Array.from({ length: longCount }, (_, i) => `doc-${String(i).padStart(2, '0')}`);
      // One by one, so the list crosses the short limit inside one bucket rather than in one batch.
      for (const id of ids) await store.putDocuments([makeDocument(id, { keys: ['common', `own-${id}`] })]);
      assert.deepEqual((await lookupMap(store, ['common'])).get('common'), { count: longCount, ids });
      assert.deepEqual((await lookupMap(store, ['common'], 3)).get('common'), { count: longCount, ids: [] });
      await store.deleteDocuments(ids.slice(0, longCount - 2));
      await store.putDocuments([makeDocument(ids[longCount - 1] ?? '', { keys: ['other'] })]);
      assert.deepEqual((await lookupMap(store, ['common'], 0)).get('common'), { count: 1, ids: [] }, 'raw count after removals: no stale members');
      assert.deepEqual((await lookupMap(store, ['common', 'other'])), new Map([['common', { count: 1, ids: [ids[longCount - 2]] }], ['other', { count: 1, ids: [ids[longCount - 1]] }]]));
      assert.deepEqual(await lookupMap(store, [`own-${ids[0] ?? ''}`]), new Map());
    });
  });

  it('records the bucket count of a new index and refuses a spec that asks for another', async () => {
    const target = spec('&buckets=8');
    await using(target, (store) => store.putDocuments([makeDocument('a', { keys: ['k'] })]));
    const plain = target.replace('&buckets=8', '');
    // Without ?buckets= a process takes the index's count, so it finds the same postings.
    await using(plain, async (store) => assert.deepEqual((await lookupMap(store, ['k'])).get('k'), { count: 1, ids: ['a'] }));
    await assert.rejects(createStore(`${plain}&buckets=16`), /has 8 posting buckets; the spec asks for 16/);
  });

  it('refuses an index written with the first key layout, with a clear error', async () => {
    const prefix = `${runPrefix('layout')}-old`;
    // What layout 1 left: an id set and a per-key posting set, no layout record.
    standalone?.cli('sadd', `${prefix}:{${prefix}}:ids`, 'a');
    standalone?.cli('sadd', `${prefix}:k:t:word`, 'a:1');
    await assert.rejects(createStore(`${standalone?.url ?? ''}?prefix=${prefix}`), /written by an older storytrace \(key layout 1\); delete its keys/);
  });
});
