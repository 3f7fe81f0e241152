import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosine, cosineRows } from './cosine-rows.js';

// Seeded random weight maps over 30 stems, L2-normalised, of 0-14 stems (so both sides are the smaller in turn).
let seed = 3;
const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
function randomWeights(): Map<string, number> {
  const weights = new Map<string, number>();
  for (let k = next(15); k > 0; k--) weights.set(`s${next(30)}`, 1 + next(1000) / 7);
  const norm = Math.sqrt([...weights.values()].reduce((total, w) => total + w * w, 0));
  for (const [stem, w] of weights) weights.set(stem, w / norm);
  return weights;
}

test('a row of cosines equals cosine for each candidate, to the last bit, and leaves the others alone', () => {
  for (let round = 0; round < 5; round++) {
    const targets = Array.from({ length: 20 }, randomWeights);
    const rows = cosineRows(targets);
    for (let i = 0; i < 20; i++) {
      const weights = randomWeights();
      const candidates = Int32Array.from(targets.map((_, j) => j).filter((j) => (i + j) % 4 !== 1));
      const out = new Float64Array(targets.length).fill(-1);
      rows.row(weights, candidates, candidates.length, out);
      targets.forEach((other, j) => assert.equal(out[j], candidates.includes(j) ? cosine(weights, other) : -1, `round ${round}, row ${i}, target ${j}`));
    }
  }
});

test('cosine sums over the smaller map and is 0 without shared stems', () => {
  assert.equal(cosine(new Map([['a', 0.6], ['b', 0.8]]), new Map([['b', 1]])), 0.8);
  assert.equal(cosine(new Map([['a', 1]]), new Map([['b', 1]])), 0);
});
