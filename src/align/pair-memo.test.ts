import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairMemo } from './pair-memo.js';

test('pairMemo computes once per pair of objects, in order', () => {
  let calls = 0;
  const join = pairMemo((a: { n: number }, b: { n: number }) => ({ sum: a.n * 10 + b.n, call: ++calls }));
  const x = { n: 1 };
  const y = { n: 2 };
  const first = join(x, y);
  assert.equal(join(x, y), first);
  assert.equal(calls, 1);
  assert.equal(join(y, x).sum, 21, 'the other order is another pair');
  assert.equal(join({ n: 1 }, y).call, 3, 'an equal but other object is another key');
});
