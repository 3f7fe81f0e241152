import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodedKeysOf, encodeKeys, readKeysLazily } from '../../src/stores/encoded-keys.js';
import { SqliteStore, MemoryStore, type Store } from '../../src/stores/index.js';
import { keyHash } from '../../src/stores/sqlite-key-hash.js';
import { keysJson } from '../../src/stores/sqlite-document-row.js';
import { makeDocument } from './fake-records.js';

const KEYS = ['a:Pulau Kecil', 'b3:00ff12ab', 'f:0001beef', 'term:ferry', 'term:harbour'];

/** A document whose keys crossed from a worker thread encoded (as `restoreAnalyzed` leaves it). */
function encodedDocument(id: string, keys: readonly string[]): ReturnType<typeof makeDocument> {
  const doc = makeDocument(id, { keys: [] });
  const encoded = encodeKeys(keys);
  assert.ok(encoded);
  readKeysLazily(doc, encoded);
  return doc;
}

test('encodeKeys writes the row JSON keysJson writes and each key hash in order', () => {
  const encoded = encodeKeys(KEYS);
  assert.ok(encoded);
  assert.equal(encoded.json, keysJson(KEYS));
  assert.deepEqual([...encoded.hashes], KEYS.map(keyHash));
});

test('encodeKeys leaves a list that is not strictly ascending as strings', () => {
  assert.equal(encodeKeys(['b', 'a']), undefined);
  assert.equal(encodeKeys(['a', 'a']), undefined);
  assert.deepEqual(encodeKeys([])?.json, '[]');
});

test('a lazily read key list is the list encoded, and reading it retires the encoding', () => {
  const doc = encodedDocument('d1', KEYS);
  assert.ok(encodedKeysOf(doc));
  assert.deepEqual(doc.keys, KEYS);
  assert.equal(encodedKeysOf(doc), undefined);
  // Spreads and copies see the list too.
  assert.deepEqual({ ...encodedDocument('d2', KEYS) }.keys, KEYS);
  assert.deepEqual(structuredClone(encodedDocument('d3', KEYS)).keys, KEYS);
});

test('replacing a lazily read key list retires the encoding', () => {
  const doc = encodedDocument('d1', KEYS);
  doc.keys = ['other'];
  assert.equal(encodedKeysOf(doc), undefined);
  assert.deepEqual(doc.keys, ['other']);
});

/** The stored row and each key's lookup, to compare two stores. */
async function contents(store: Store, keys: readonly string[]): Promise<unknown> {
  const docs = await store.getDocuments(['d1', 'd2']);
  const found = await store.lookupPostings([...keys, 'absent'], 10);
  return { docs: [...docs.values()], ids: [...found.ids], counts: [...found.counts] };
}

for (const [name, open] of [['sqlite', () => new SqliteStore(':memory:')], ['memory', () => new MemoryStore()]] as const) {
  test(`a ${name} store given encoded keys stores what it stores given the strings`, async () => {
    const plain = open();
    const encoded = open();
    try {
      await plain.putDocuments([makeDocument('d1', { keys: KEYS }), makeDocument('d2', { keys: KEYS.slice(1, 3) })]);
      await encoded.putDocuments([encodedDocument('d1', KEYS), encodedDocument('d2', KEYS.slice(1, 3))]);
      assert.deepEqual(await contents(encoded, KEYS), await contents(plain, KEYS));
    } finally {
      await plain.close();
      await encoded.close();
    }
  });
}

test('a SQLite store writes encoded keys without building their strings', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const doc = encodedDocument('d1', KEYS);
    await store.putDocuments([doc]);
    // Still encoded: the store never read `keys`.
    assert.ok(encodedKeysOf(doc));
    assert.deepEqual((await store.getDocuments(['d1'])).get('d1')?.keys, KEYS);
  } finally {
    await store.close();
  }
});
