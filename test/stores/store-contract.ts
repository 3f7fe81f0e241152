import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/stores/index.js';
import { makeBareDocument, makeDocument, makePair, makeStory } from './fake-records.js';
import { lookupMap } from './lookup-map.js';

/**
 * The behaviour every Store backend must show. Call it from a backend's test file.
 * @param name backend name shown in test titles
 * @param makeStore opens a fresh, empty store for each test
 * @param options `skip`: a reason to skip the whole suite (e.g. the backend's server is not installed)
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store> | Store, options: { skip?: string | false } = {}): void {
  const withStore = async (body: (store: Store) => Promise<void>): Promise<void> => {
    const store = await makeStore();
    try {
      await body(store);
    } finally {
      await store.close();
    }
  };

  describe(`${name} store contract`, { skip: options.skip ?? false }, () => {
    it('returns documents as they were put, optional fields absent stay absent', () =>
      withStore(async (store) => {
        const full = makeDocument('a/full.txt', { keys: ['k2', 'k1'] });
        const bare = makeBareDocument('b/bare.txt');
        await store.putDocuments([full, bare]);
        const got = await store.getDocuments(['a/full.txt', 'b/bare.txt', 'missing']);
        assert.deepEqual([...got.keys()].sort(), ['a/full.txt', 'b/bare.txt']);
        assert.deepEqual(got.get('a/full.txt'), { ...full, keys: ['k1', 'k2'] });
        const gotBare = got.get('b/bare.txt');
        assert.deepEqual(gotBare, { ...bare, keys: [...bare.keys].sort() });
        for (const field of ['title', 'url', 'date', 'site']) assert.equal(field in (gotBare ?? {}), false, field);
        const signature = got.get('a/full.txt')?.signature;
        assert.ok(signature instanceof Uint32Array);
        assert.deepEqual([...signature], [...full.signature]);
      }));

    it('keeps its state apart from the objects callers hold', () =>
      withStore(async (store) => {
        const doc = makeDocument('d1');
        await store.putDocuments([doc]);
        doc.warnings.push('changed after put');
        doc.signature[0] = 42;
        const first = (await store.getDocuments(['d1'])).get('d1');
        assert.ok(first);
        assert.deepEqual(first.warnings, []);
        assert.notEqual(first.signature[0], 42);
        first.keys.push('changed after get');
        const again = (await store.getDocuments(['d1'])).get('d1');
        assert.deepEqual(again?.keys, [...makeDocument('d1').keys].sort());
      }));

    it('keeps documents unverified from put until marked, and forgets deleted ones', () =>
      withStore(async (store) => {
        await store.putDocuments([makeDocument('d2'), makeDocument('d1'), makeDocument('d3')]);
        assert.deepEqual(await store.listUnverified(), ['d1', 'd2', 'd3']);
        await store.markVerified(['d1', 'missing']);
        await store.deleteDocuments(['d3']);
        assert.deepEqual(await store.listUnverified(), ['d2']);
        await store.putDocuments([makeDocument('d1', { contentHash: 'changed' })]);
        assert.deepEqual(await store.listUnverified(), ['d1', 'd2'], 'a replaced document is unverified again');
      }));

    it('returns document keys sorted and without duplicates', () =>
      withStore(async (store) => {
        await store.putDocuments([makeDocument('d1', { keys: ['z', 'a', 'm', 'a'] })]);
        assert.deepEqual((await store.getDocuments(['d1'])).get('d1')?.keys, ['a', 'm', 'z']);
        assert.deepEqual(await lookupMap(store, ['a']), new Map([['a', { count: 1, ids: ['d1'] }]]));
      }));

    it('replacing a document drops its old keys and hash', () =>
      withStore(async (store) => {
        await store.putDocuments([makeDocument('d1', { keys: ['old', 'kept'], contentHash: 'h-old' })]);
        await store.putDocuments([makeDocument('d1', { keys: ['kept', 'new'], contentHash: 'h-new', title: 'Second' })]);
        const lookedUp = await lookupMap(store, ['old', 'kept', 'new']);
        assert.deepEqual([...lookedUp.keys()].sort(), ['kept', 'new']);
        assert.deepEqual((await store.getDocuments(['d1'])).get('d1')?.title, 'Second');
        assert.deepEqual(await store.findByHash(['h-old', 'h-new']), new Map([['h-new', ['d1']]]));
        assert.equal(await store.countDocuments(), 1);
      }));

    it('lists ids sorted by UTF-16 code units and counts them', () =>
      withStore(async (store) => {
        const ids = ['b', 'a/2.txt', 'a/10.txt', 'B', '\u{1F4F0}news', '\uFFFDodd', 'é'];
        await store.putDocuments(ids.map((id) => makeDocument(id)));
        assert.deepEqual(await store.listDocumentIds(), ['B', 'a/10.txt', 'a/2.txt', 'b', 'é', '\u{1F4F0}news', '\uFFFDodd']);
        assert.equal(await store.countDocuments(), ids.length);
      }));

    it('deleting documents removes their keys, hashes and every pair involving them', () =>
      withStore(async (store) => {
        await store.putDocuments([
          makeDocument('a', { keys: ['shared', 'only-a'] }),
          makeDocument('b', { keys: ['shared'] }),
          makeDocument('c', { keys: ['shared'] }),
        ]);
        await store.putPairs([makePair('a', 'b'), makePair('b', 'c'), makePair('a', 'c')]);
        await store.deleteDocuments(['a', 'never-there']);
        assert.deepEqual(await store.listDocumentIds(), ['b', 'c']);
        assert.deepEqual(await lookupMap(store, ['shared', 'only-a']), new Map([['shared', { count: 2, ids: ['b', 'c'] }]]));
        assert.deepEqual(await store.findByHash(['hash-a']), new Map());
        assert.deepEqual((await store.listPairs()).map((p) => `${p.a}-${p.b}`), ['b-c']);
        assert.equal((await store.getDocuments(['a'])).size, 0);
      }));

    it('finds documents by content hash, ids sorted', () =>
      withStore(async (store) => {
        await store.putDocuments([
          makeDocument('z', { contentHash: 'same' }),
          makeDocument('m', { contentHash: 'same' }),
          makeDocument('q', { contentHash: 'other' }),
        ]);
        const found = await store.findByHash(['same', 'absent', 'same']);
        assert.deepEqual(found, new Map([['same', ['m', 'z']]]));
      }));

    it('looks up keys, giving only the count for keys above the limit', () =>
      withStore(async (store) => {
        await store.putDocuments([
          makeDocument('d3', { keys: ['common', 'rare'] }),
          makeDocument('d1', { keys: ['common'] }),
          makeDocument('d2', { keys: ['common'] }),
        ]);
        assert.deepEqual(
          await lookupMap(store, ['common', 'rare', 'absent', 'rare'], 2),
          new Map([['common', { count: 3, ids: [] }], ['rare', { count: 1, ids: ['d3'] }]]),
        );
        assert.deepEqual((await lookupMap(store, ['common'], 3)).get('common'), { count: 3, ids: ['d1', 'd2', 'd3'] });
        assert.deepEqual((await lookupMap(store, ['common'])).get('common'), { count: 3, ids: ['d1', 'd2', 'd3'] });
        assert.deepEqual((await lookupMap(store, ['common'], 0)).get('common'), { count: 3, ids: [] });
        assert.deepEqual(await lookupMap(store, []), new Map());
      }));

    it('lists each document once in a lookup however many keys name it, and a key asked twice alike', () =>
      withStore(async (store) => {
        await store.putDocuments([makeDocument('d1', { keys: ['k1', 'k2', 'k3'] }), makeDocument('d2', { keys: ['k2'] })]);
        const asked = ['k2', 'k1', 'absent', 'k2', 'k3'];
        const answer = await store.lookupPostings(asked, 10);
        assert.deepEqual([...answer.ids].sort(), ['d1', 'd2']);
        assert.deepEqual([...answer.counts], [2, 1, 0, 2, 1]);
        assert.deepEqual(
          asked.map((_, i) => [...answer.docs.subarray(answer.from[i] ?? 0, answer.to[i] ?? 0)].map((place) => answer.ids[place]).sort()),
          [['d1', 'd2'], ['d1'], [], ['d1', 'd2'], ['d1']],
        );
      }));

    it('looks up thousands of keys in one call', () =>
      withStore(async (store) => {
        const docs = Array.from({ length: 200 }, (_, i) =>
          makeDocument(`doc-${String(i).padStart(3, '0')}`, { keys: Array.from({ length: 20 }, (_, k) => `k${(i * 7 + k) % 1500}`) }),
        );
        await store.putDocuments(docs);
        const asked = Array.from({ length: 3000 }, (_, k) => `k${k}`);
        const found = await lookupMap(store, asked, 1000);
        const expected = new Map<string, string[]>();
        for (const doc of docs) for (const key of doc.keys) expected.set(key, [...(expected.get(key) ?? []), doc.id]);
        assert.equal(found.size, expected.size);
        for (const [key, ids] of expected) assert.deepEqual(found.get(key), { count: ids.length, ids: [...ids].sort() }, key);
      }));

    it('puts, replaces and lists pairs sorted by (a, b), filtered by ids', () =>
      withStore(async (store) => {
        await store.putPairs([makePair('b', 'c'), makePair('a', 'c'), makePair('a', 'b', { source: null, relation: 'rewrite' })]);
        await store.putPairs([makePair('b', 'c', { relation: 'translation', score: 0.5 })]);
        const all = await store.listPairs();
        assert.deepEqual(all.map((p) => `${p.a}-${p.b}:${p.relation}`), ['a-b:rewrite', 'a-c:edited-copy', 'b-c:translation']);
        assert.deepEqual(all[0], makePair('a', 'b', { source: null, relation: 'rewrite' }));
        assert.equal(all[2]?.score, 0.5);
        assert.deepEqual((await store.listPairs(['c'])).map((p) => `${p.a}-${p.b}`), ['a-c', 'b-c']);
        assert.deepEqual((await store.listPairs(['a', 'b'])).map((p) => `${p.a}-${p.b}`), ['a-b', 'a-c', 'b-c']);
        assert.deepEqual(await store.listPairs([]), []);
        assert.deepEqual(await store.listPairs(['nobody']), []);
      }));

    it('replaces stories as a whole and lists them sorted by id', () =>
      withStore(async (store) => {
        assert.deepEqual(await store.listStories(), []);
        await store.replaceStories([makeStory('z', ['y']), makeStory('a', ['b', 'c'])]);
        assert.deepEqual(await store.listStories(), [makeStory('a', ['b', 'c']), makeStory('z', ['y'])]);
        await store.replaceStories([makeStory('m')]);
        assert.deepEqual(await store.listStories(), [makeStory('m')]);
        await store.replaceStories([]);
        assert.deepEqual(await store.listStories(), []);
      }));

    it('keeps meta values, replacing on set', () =>
      withStore(async (store) => {
        assert.equal(await store.getMeta('lexicon'), undefined);
        await store.setMeta('lexicon', 'v1');
        await store.setMeta('lexicon', 'v2');
        await store.setMeta('empty', '');
        assert.equal(await store.getMeta('lexicon'), 'v2');
        assert.equal(await store.getMeta('empty'), '');
      }));

    it('treats empty batches as no-ops', () =>
      withStore(async (store) => {
        await store.putDocuments([]);
        await store.deleteDocuments([]);
        await store.putPairs([]);
        assert.equal(await store.countDocuments(), 0);
        assert.deepEqual(await store.getDocuments([]), new Map());
        assert.deepEqual(await store.findByHash([]), new Map());
      }));
  });
}
