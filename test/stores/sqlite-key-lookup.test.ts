import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareIds } from '../../src/stores/compare-ids.js';
import type { KeyPostings } from '../../src/stores/key-postings.js';
import { lookupByHash } from '../../src/stores/sqlite-key-lookup.js';
import { answersByKey, type KeyAnswer } from './lookup-map.js';

/** Document ids by ordinal (ordinal = place + 1). */
const IDS = ['d3', 'd1', 'd2', 'd10', 'd9', 'd20', 'd4', 'd5', 'd6', 'd7', 'd8', 'd11', 'd12', 'd13', 'd14', 'd15', 'd16', 'd17', '\u{1F600}', '\uFFFF', 'a'];
const ordinalOf = (id: string): number => IDS.indexOf(id) + 1;

/**
 * Postings by key, looked up through `hash` as the SQLite store does: rows of distinct hashes
 * (ordinals in reverse), then the ids of the distinct ordinals found.
 */
function lookUp(postings: Map<string, string[]>, keys: readonly string[], hash: (key: string) => number): KeyPostings | undefined {
  const asked: number[][] = [];
  const answer = lookupByHash(
    keys,
    hash,
    (hashes) => {
      asked.push([...hashes]);
      const counts: number[] = [];
      const from: number[] = [];
      const to: number[] = [];
      const ordinals: number[] = [];
      for (const h of hashes) {
        // Colliding keys share their postings, as in the store.
        const ids = [...postings].filter(([key]) => hash(key) === h).flatMap(([, list]) => list);
        counts.push(ids.length);
        from.push(ordinals.length);
        ordinals.push(...ids.map(ordinalOf).reverse());
        to.push(ordinals.length);
      }
      return { counts, from, to, ordinals: Uint32Array.from([...ordinals, 999]), used: ordinals.length };
    },
    (ordinals, length) => {
      const wanted = [...ordinals.subarray(0, length)];
      assert.deepEqual(wanted, [...new Set(wanted)].sort((a, b) => a - b), 'distinct ordinals, ascending');
      return wanted.map((ordinal) => IDS[ordinal - 1] ?? '?');
    },
  );
  for (const hashes of asked) assert.deepEqual(hashes, [...new Set(hashes)].sort((a, b) => a - b), 'distinct hashes, ascending');
  return answer;
}

/** The answer when no hashes collide, key by key. */
function expected(postings: Map<string, string[]>, keys: readonly string[]): Map<string, KeyAnswer> {
  const answer = new Map<string, KeyAnswer>();
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
  it('answers unsorted, repeated and absent keys, each document listed once', () => {
    for (const keys of [
      ['f:0000000b', 'b1:00000002', 'zz', 'b0:00000001', 'f:0000000a', 'b1:00000002'],
      ['b0:00000001', 'b1:00000002', 'f:0000000a', 'f:0000000b'],
      ['absent', 'also absent'],
      [],
    ]) {
      const answer = lookUp(postings, keys, hashOf);
      assert.ok(answer !== undefined);
      assert.deepEqual(answersByKey(keys, answer), expected(postings, keys), JSON.stringify(keys));
      const listed = new Set(keys.flatMap((key) => postings.get(key) ?? []));
      assert.deepEqual([...answer.ids].sort(compareIds), [...listed].sort(compareIds), 'ids: the documents listed, once each');
      keys.forEach((key, i) => assert.equal(answer.counts[i], postings.get(key)?.length ?? 0, `count of ${key}`));
    }
  });

  it('gives colliding keys the shared answer', () => {
    // Every key hashes alike: one lookup of one hash, its postings the union.
    const keys = ['f:0000000b', 'b1:00000002', 'b0:00000001'];
    const answer = lookUp(postings, keys, () => 2 ** 52);
    assert.ok(answer !== undefined);
    const all = [...postings.values()].flat();
    const union = { count: all.length, ids: [...new Set(all)].sort(compareIds) };
    assert.deepEqual(answer.ids.length, union.ids.length);
    keys.forEach((_, i) => {
      const ids = [...answer.docs.subarray(answer.from[i] ?? 0, answer.to[i] ?? 0)].map((place) => answer.ids[place] ?? '');
      assert.deepEqual({ count: answer.counts[i], ids: [...new Set(ids)].sort(compareIds) }, union);
    });
  });

  it('passes on a lookup given up', () => {
    const rows = { counts: [1], from: [0], to: [1], ordinals: Uint32Array.of(7), used: 1 };
    assert.equal(
      lookupByHash(['a'], () => 1, () => rows, () => undefined),
      undefined,
    );
  });
});
