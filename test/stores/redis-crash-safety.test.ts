import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStore, type Store } from '../../src/stores/index.js';
import { runWriter } from './fixtures/run-writer.js';
import { crashDocument, crashDocumentId, KEYS_PER_DOCUMENT } from './fixtures/crash-documents.js';
import { redisSkip, runPrefix, testServersForFile } from './redis-servers.js';
import { lookupMap } from './lookup-map.js';

const TOTAL = 3000;
const BATCH = 50;
const ALL_KEYS = [...new Set(Array.from({ length: TOTAL }, (_, i) => crashDocument(i).keys).flat())];

const skip = redisSkip();
const { standalone, cluster } = await testServersForFile(skip);
let opened = 0;
const specs = {
  standalone: () => `${standalone?.url ?? ''}?prefix=${runPrefix('crash')}-${(opened += 1)}`,
  cluster: () => `redis+cluster://${cluster?.addresses ?? ''}?prefix=${runPrefix('crash')}-${(opened += 1)}`,
};


/**
 * One reader's snapshot must hold whole batches: postings are read first, the id list after,
 * so every id a posting shows must be listed (the list can only have grown meanwhile).
 */
async function assertConsistent(store: Store, sampleKeys: readonly string[]): Promise<number> {
  const postings = await lookupMap(store, sampleKeys);
  const ids = await store.listDocumentIds();
  assert.equal(ids.length % BATCH, 0, `${ids.length} documents is not a whole number of batches`);
  assert.deepEqual(ids, Array.from({ length: ids.length }, (_, i) => crashDocumentId(i)));
  const listed = new Set(ids);
  for (const [key, { ids: found }] of postings) {
    for (const id of found) assert.ok(listed.has(id), `posting ${key} shows ${id}, which is not (yet) a document`);
  }
  return ids.length;
}

/** After the writer stopped: documents complete, and each key lists exactly the present documents that carry it. */
async function assertWholeBatches(store: Store): Promise<number> {
  const present = await assertConsistent(store, []);
  const docs = await store.getDocuments(Array.from({ length: TOTAL }, (_, i) => crashDocumentId(i)));
  assert.equal(docs.size, present, 'getDocuments shows documents that are not listed');
  for (const doc of docs.values()) assert.equal(doc.keys.length, KEYS_PER_DOCUMENT, `keys of ${doc.id}`);
  const expected = new Map<string, string[]>();
  for (let i = 0; i < present; i += 1) for (const key of crashDocument(i).keys) expected.set(key, [...(expected.get(key) ?? []), crashDocumentId(i)]);
  const found = await lookupMap(store, ALL_KEYS);
  assert.equal(found.size, expected.size, 'keys with postings');
  for (const [key, ids] of expected) assert.deepEqual(found.get(key)?.ids, ids.sort(), key);
  const byHash = await store.findByHash(Array.from({ length: TOTAL }, (_, i) => `hash-${crashDocumentId(i)}`));
  assert.equal(byHash.size, present, 'content hashes of documents that are not there');
  return present;
}

for (const [name, spec] of Object.entries(specs)) {
  describe(`Redis store (${name}) with a writer killed mid-batch`, { skip }, () => {
    // The parent reads "committed" lines late when it is busy reading snapshots, so the last kill
    // point leaves most of the run ahead: a writer that finished first would test nothing.
    for (const kill of [{ committed: 100, delayMs: 0 }, { committed: 700, delayMs: 4 }, { committed: 1400, delayMs: 9 }]) {
      it(`shows whole batches only, during the run and after a SIGKILL ${kill.delayMs} ms after ${kill.committed} documents`, async (t) => {
        const target = spec();
        const store = await createStore(target);
        try {
          const running = runWriter(target, TOTAL, BATCH, kill);
          let snapshots = 0;
          let finished = false;
          void running.then(() => (finished = true));
          while (!finished) {
            await assertConsistent(store, ALL_KEYS.slice((snapshots * 37) % 900, ((snapshots * 37) % 900) + 100));
            snapshots += 1;
          }
          const run = await running;
          assert.equal(run.signal, 'SIGKILL', `writer was not killed mid-run (exit ${run.code}): raise TOTAL. ${run.stderr}`);
          const present = await assertWholeBatches(store);
          assert.ok(present >= run.lastCommitted && present < TOTAL, `${present} documents after ${run.lastCommitted} reported`);
          t.diagnostic(`${present} of ${TOTAL} documents survived (${run.lastCommitted} reported); ${snapshots} consistent snapshots taken while writing`);
        } finally {
          await store.close();
        }
      });
    }

    it('completes the set, leaving no stray postings, when the killed writer is run again', async () => {
      const target = spec();
      const killed = await runWriter(target, TOTAL, BATCH, { committed: 700, delayMs: 3 });
      assert.equal(killed.signal, 'SIGKILL');
      const finished = await runWriter(target, TOTAL, BATCH);
      assert.equal(finished.code, 0, finished.stderr);
      const store = await createStore(target);
      try {
        assert.equal(await assertWholeBatches(store), TOTAL);
        // Counts above the limit come from the raw posting sets: equal only if no garbage is left.
        const counts = await lookupMap(store, ALL_KEYS, 0);
        const expected = new Map<string, number>();
        for (let i = 0; i < TOTAL; i += 1) for (const key of crashDocument(i).keys) expected.set(key, (expected.get(key) ?? 0) + 1);
        for (const [key, count] of expected) assert.equal(counts.get(key)?.count, count, key);
      } finally {
        await store.close();
      }
    });
  });
}
