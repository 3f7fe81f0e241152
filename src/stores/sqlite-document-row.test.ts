import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keysJson } from './sqlite-document-row.js';

test('keysJson writes a sorted, distinct key list as it is', () => {
  assert.equal(keysJson(['a:x', 'b0:1', 'f:2', 't:z']), '["a:x","b0:1","f:2","t:z"]');
  assert.equal(keysJson([]), '[]');
});

test('keysJson keeps the first occurrence of a repeated key, sorted or not', () => {
  // Ascending but for one repeat: the repeat must go, not be written because the list looks sorted.
  assert.equal(keysJson(['a:x', 'b0:1', 'b0:1', 't:z']), '["a:x","b0:1","t:z"]');
  assert.equal(keysJson(['t:z', 'a:x', 't:z', 'f:"q"']), '["t:z","a:x","f:\\"q\\""]');
});
