import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beadKinds, lcsRatio } from './bead-kind.js';
import { englishDocument } from './test-documents.js';

test('lcsRatio is 2·LCS over both lengths', () => {
  assert.equal(lcsRatio(Int32Array.of(1, 2, 3, 4), Int32Array.of(1, 3, 4, 5)), 0.75);
  assert.equal(lcsRatio(Int32Array.of(), Int32Array.of()), 1);
  assert.equal(lcsRatio(Int32Array.of(1), Int32Array.of()), 0);
});

test('bead kinds: identical, near-verbatim, paraphrase and weak; joined sentences; the same bead twice', () => {
  const a = englishDocument('a', 'The ferry left the harbour at nine on Monday morning with forty passengers on board. It sank an hour later. Divers searched the wreck.');
  const b = englishDocument('b', 'The ferry left the harbour at nine on Monday morning with forty passengers aboard. It sank an hour later. Divers searched the wreck. The ferry sank later.');
  const kind = beadKinds(a, b, 0.35);
  assert.equal(kind({ source: [1], target: [1], similarity: 1 }), 'identical');
  assert.equal(kind({ source: [0], target: [0], similarity: 0.9 }), 'near', 'one word of 16 changed');
  assert.equal(kind({ source: [0], target: [0], similarity: 0.9 }), 'near', 'asked again');
  assert.equal(kind({ source: [0], target: [0], similarity: 0.2 }), 'weak', 'below the match level: not near, whatever the words');
  assert.equal(kind({ source: [1], target: [3], similarity: 0.5 }), 'paraphrase');
  assert.equal(kind({ source: [1, 2], target: [1, 2], similarity: 1 }), 'identical', 'two sentences joined on each side');
  assert.equal(kind({ source: [1, 2], target: [1], similarity: 0.5 }), 'paraphrase', 'most words of one side have no counterpart');
});
