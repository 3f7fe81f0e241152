import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore } from '../../src/stores/index.js';
import { checkIndexFormat, INDEX_FORMAT } from '../../src/pipeline/index-format.js';

test('an empty store is stamped with the index format; a store of another format is refused', async () => {
  const store = new MemoryStore();
  await checkIndexFormat(store);
  assert.equal(await store.getMeta('index-format'), INDEX_FORMAT);
  await store.setMeta('index-format', '1');
  await assert.rejects(checkIndexFormat(store), /index format 1/);
});
