import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptRuns, indexConcepts, installConcepts } from './concept-postings.js';

const runOf = (p: ReturnType<typeof indexConcepts>, id: number): number[] => [...p.sentences.subarray(p.start(id), p.start(id) + p.count(id))];

test('concept postings list each id\'s sentences in order, and are empty again after clear', () => {
  const first = indexConcepts([Int32Array.of(3, 70000), undefined, Int32Array.of(0, 3), Int32Array.of(3)]);
  assert.deepEqual(runOf(first, 3), [0, 2, 3]);
  assert.deepEqual(runOf(first, 70000), [0], 'an id past the tables\' first size');
  assert.deepEqual(runOf(first, 0), [2]);
  assert.equal(first.count(5), 0);
  const at3 = first.start(3);
  assert.deepEqual([...first.positions.subarray(at3, at3 + 3)], [0, 1, 0], 'where id 3 stands in each holder\'s ids');
  first.clear();
  const second = indexConcepts([Int32Array.of(5), Int32Array.of(3, 5)]);
  assert.deepEqual(runOf(second, 3), [1], 'nothing of the first index is left');
  assert.deepEqual(runOf(second, 5), [0, 1]);
  assert.equal(second.count(70000), 0);
  second.clear();
});

test('runs kept apart and installed later give the same postings as indexing, ids past the tables included', () => {
  const ids = [Int32Array.of(4, 9), Int32Array.of(9, 140000), undefined, Int32Array.of(4, 140000, 7)];
  const runs = conceptRuns(ids);
  const installed = installConcepts(runs);
  const read = (p: ReturnType<typeof indexConcepts>): string => JSON.stringify([4, 7, 9, 140000, 5].map((id) => [runOf(p, id), [...p.positions.subarray(p.start(id), p.start(id) + p.count(id))]]));
  const got = read(installed);
  installed.clear();
  const indexed = indexConcepts(ids);
  assert.equal(got, read(indexed));
  indexed.clear();
  // Installed twice (the same side in two matrices), with nothing left over in between.
  const again = installConcepts(runs);
  assert.equal(read(again), got);
  again.clear();
  const after = indexConcepts([Int32Array.of(5)]);
  assert.equal(after.count(9), 0);
  after.clear();
});
