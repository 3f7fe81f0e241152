import assert from 'node:assert/strict';
import { compareIds } from '../../src/stores/compare-ids.js';
import type { KeyPostings, Store } from '../../src/stores/index.js';

/** A key's answer read back from the columns: its count and its ids, sorted. */
export interface KeyAnswer {
  count: number;
  ids: string[];
}

/**
 * The columns of `Store.lookupPostings` read back key by key, after checking their shape: each id
 * listed once, every place within `ids`, a key asked twice answered alike.
 * @returns the keys found (count > 0), each once, in `compareIds` order, with their ids sorted
 */
export function answersByKey(keys: readonly string[], answer: KeyPostings): Map<string, KeyAnswer> {
  assert.equal(new Set(answer.ids).size, answer.ids.length, 'each id listed once');
  for (const place of answer.docs) assert.ok(place < answer.ids.length, 'places within ids');
  const found = new Map<string, KeyAnswer>();
  const first = new Map<string, KeyAnswer>();
  keys.forEach((key, i) => {
    const ids = [...answer.docs.subarray(answer.from[i] ?? 0, answer.to[i] ?? 0)].map((place) => answer.ids[place] ?? '').sort(compareIds);
    const got = { count: answer.counts[i] ?? 0, ids };
    assert.equal(new Set(ids).size, ids.length, `${key}: each document once`);
    const before = first.get(key);
    if (before === undefined) first.set(key, got);
    else assert.deepEqual(got, before, `${key}: asked twice, answered alike`);
    if (got.count > 0) found.set(key, got);
  });
  return new Map([...found].sort(([x], [y]) => compareIds(x, y)));
}

/** `store.lookupPostings(keys, limit)` read back key by key ({@link answersByKey}). */
export async function lookupMap(store: Store, keys: readonly string[], limit?: number): Promise<Map<string, KeyAnswer>> {
  return answersByKey(keys, await store.lookupPostings(keys, limit));
}
