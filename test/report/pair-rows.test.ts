import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairRows } from '../../src/report/pair-rows.js';
import { wordDiffHtml } from '../../src/report/word-diff.js';

const bead = (source: number[], target: number[]) => ({ source, target, similarity: 0.9, kind: 'near' as const });

test('rows follow the target order, with dropped sentences after the bead before them', () => {
  const rows = pairRows({ beads: [bead([0], [0]), bead([2], [2]), bead([3], [3])], added: [1], dropped: [1, 4] });
  assert.deepEqual(
    rows.map((r) => (r.kind === 'bead' ? `b${r.source.join()}:${r.target.join()}` : r.kind === 'added' ? `+${r.target}` : `-${r.source}`)),
    ['b0:0', '-1', '+1', 'b2:2', 'b3:3', '-4'],
  );
});

test('a dropped sentence before every bead comes first', () => {
  const rows = pairRows({ beads: [bead([1], [0])], added: [], dropped: [0] });
  assert.deepEqual(rows.map((r) => r.kind), ['dropped', 'bead']);
});

test('a sentence both in a merged bead and dropped is shown once, on its own row', () => {
  const rows = pairRows({ beads: [bead([0], [0]), bead([1, 2], [1])], added: [], dropped: [1] });
  const beads = rows.filter((r) => r.kind === 'bead');
  assert.deepEqual(beads.map((r) => (r.kind === 'bead' ? r.source : [])), [[0], [2]]);
  assert.equal(rows.filter((r) => r.kind === 'dropped').length, 1);
});

test('word diff marks the replaced word on each side and escapes the text', () => {
  const d = wordDiffHtml('Nearly 300 <b>drones</b> hit the port.', 'Almost 300 <b>drones</b> hit the port.');
  assert.equal(d.changed, true);
  assert.match(d.source, /<del>Nearly<\/del>/);
  assert.match(d.target, /<ins>Almost<\/ins>/);
  assert.doesNotMatch(d.target, /<b>/);
  assert.equal(wordDiffHtml('Same words.', 'Same words.').changed, false);
});
