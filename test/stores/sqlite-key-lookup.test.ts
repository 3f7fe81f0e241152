import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareIds } from '../../src/stores/compare-ids.js';
import { lookupByHash, sortIds, type HashAnswer } from '../../src/stores/sqlite-key-lookup.js';

/** Postings by key, looked up through `hash` as the SQLite store does: one answer a distinct hash. */
function lookUp(postings: Map<string, string[]>, keys: readonly string[], hash: (key: string) => number): Map<string, HashAnswer> | undefined {
  const asked: number[][] = [];
  const found = lookupByHash(keys, hash, (hashes) => {
    asked.push([...hashes]);
    return hashes.map((h) => {
      // Colliding keys share their postings, as in the store.
      const ids = [...postings].filter(([key]) => hash(key) === h).flatMap(([, list]) => list);
      return ids.length === 0 ? undefined : { count: ids.length, ids: [...ids].reverse() };
    });
  });
  for (const hashes of asked) assert.deepEqual(hashes, [...new Set(hashes)].sort((a, b) => a - b), 'distinct hashes, ascending');
  return found;
}

/** The answer `Store.lookupKeys` promises when no hashes collide. */
function expected(postings: Map<string, string[]>, keys: readonly string[]): Map<string, HashAnswer> {
  const answer = new Map<string, HashAnswer>();
  for (const key of [...new Set(keys)].sort(compareIds)) {
    const ids = postings.get(key);
    if (ids !== undefined) answer.set(key, { count: ids.length, ids: [...ids].sort(compareIds) });
  }
  return answer;
}

const postings = new Map([
  ['b0:00000001', ['d3', 'd1', 'd2']],
  ['b1:00000002', ['d1']],
  ['f:0000000a', ['d10', 'd9', 'd1', 'd2', 'd20', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd11', 'd12', 'd13', 'd14', 'd15', 'd16', 'd17']],
  ['f:0000000b', ['\u{1F600}', '\uFFFF', 'a']],
]);
const hashOf = (key: string): number => [...key].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) % 2 ** 40, 2 ** 52);

describe('lookupByHash', () => {
  it('answers unsorted, repeated and absent keys as a sorted lookup does', () => {
    for (const keys of [
      ['f:0000000b', 'b1:00000002', 'zz', 'b0:00000001', 'f:0000000a', 'b1:00000002'],
      ['b0:00000001', 'b1:00000002', 'f:0000000a', 'f:0000000b'],
      ['absent', 'also absent'],
      [],
    ]) {
      const found = lookUp(postings, keys, hashOf);
      assert.deepEqual(found, expected(postings, keys), JSON.stringify(keys));
      assert.deepEqual([...(found ?? new Map()).keys()], [...expected(postings, keys).keys()], 'keys in compareIds order');
    }
  });

  it('gives colliding keys the shared answer, the first in order its list and the others a copy', () => {
    // Every key hashes alike: one lookup of one hash, its postings the union.
    const found = lookUp(postings, ['f:0000000b', 'b1:00000002', 'b0:00000001'], () => 2 ** 52);
    const all = [...postings.values()].flat().sort(compareIds);
    assert.deepEqual([...(found ?? new Map()).keys()], ['b0:00000001', 'b1:00000002', 'f:0000000b']);
    for (const answer of found?.values() ?? []) assert.deepEqual(answer, { count: all.length, ids: all });
    const lists = [...(found?.values() ?? [])].map((answer) => answer.ids);
    assert.notEqual(lists[0], lists[1]);
    assert.notEqual(lists[1], lists[2]);
  });

  it('passes on a lookup given up', () => {
    assert.equal(
      lookupByHash(['a'], () => 1, () => undefined),
      undefined,
    );
  });
});

describe('sortIds', () => {
  it('sorts short lists and long ones with compareIds, in place', () => {
    for (const length of [0, 1, 2, 5, 16, 17, 40]) {
      const ids = Array.from({ length }, (_, i) => `d${(i * 7919) % 53}${i % 3 === 0 ? '\u{1F600}' : '\uFFFF'}`);
      const want = [...ids].sort(compareIds);
      sortIds(ids);
      assert.deepEqual(ids, want, `length ${length}`);
    }
  });
});
