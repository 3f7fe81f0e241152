import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import type { StoredDocument } from '../stores/store.js';
import { fromPosted, KEY_SEPARATOR, toPosted } from './posted-document.js';

function stored(keys: string[]): StoredDocument {
  return {
    id: 'd1',
    contentHash: 'h',
    format: 'txt',
    language: 'en',
    text: 'The text.',
    cleanText: 'The text.',
    boilerplate: [],
    warnings: [],
    signature: new Uint32Array([1, 2, 3]),
    keys,
    title: 'T',
    site: 'example.org',
  };
}

/** As the pool gets it: through the structured clone a worker's postMessage uses. */
function roundTrip(doc: StoredDocument): StoredDocument {
  return fromPosted(deserialize(serialize(toPosted(doc))) as ReturnType<typeof toPosted>, doc.text);
}

test('a posted document comes back equal, its fields in the same order, its text put back', () => {
  const doc = stored(['a:brookfield', 'b0:1f', 'f:00ab12cd', 't:council']);
  const posted = toPosted(doc);
  assert.equal(posted.text, '');
  assert.equal(typeof posted.keys, 'string');
  const back = roundTrip(doc);
  assert.deepEqual(back, doc);
  assert.deepEqual(Object.keys(back), Object.keys(doc));
  assert.equal(JSON.stringify({ ...back, signature: [...back.signature] }), JSON.stringify({ ...doc, signature: [...doc.signature] }));
});

test('keys that hold the separator, an empty key or none travel as a list and come back as they were', () => {
  for (const keys of [[`a:odd${KEY_SEPARATOR}quote`, 't:x'], [''], ['', 't:x'], [], ['t:x', '']]) {
    assert.deepEqual(roundTrip(stored(keys)).keys, keys, JSON.stringify(keys));
  }
  assert.ok(Array.isArray(toPosted(stored([`a:${KEY_SEPARATOR}`])).keys));
  assert.ok(Array.isArray(toPosted(stored([])).keys));
});
