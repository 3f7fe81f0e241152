import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileDocuments } from './file-documents.js';

test('a gone file drops its documents; a rewritten file drops only what it lost', () => {
  const files = new FileDocuments();
  assert.deepEqual(files.update(new Map([['a.jsonl', ['x', 'y', 'z']], ['b.txt', ['b.txt']]]), []), []);
  assert.deepEqual(files.update(new Map([['a.jsonl', ['x', 'z']]]), []), ['y']);
  assert.deepEqual(files.update(new Map(), ['b.txt']), ['b.txt']);
  assert.equal(files.knows('b.txt'), false);
  assert.equal(files.knows('a.jsonl'), true);
});

test('an id still given by another file, or moved to a file read in the same batch, is kept', () => {
  const files = new FileDocuments();
  files.update(new Map([['a.jsonl', ['x', 'shared']], ['b.jsonl', ['shared']]]), []);
  assert.deepEqual(files.update(new Map(), ['a.jsonl']), ['x']);
  assert.deepEqual(files.update(new Map([['c.jsonl', ['moved']]]), []), []);
  files.update(new Map([['d.jsonl', ['m']]]), []);
  assert.deepEqual(files.update(new Map([['e.jsonl', ['m']]]), ['d.jsonl']), []);
});
