import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESIDENT_FLOOR, TWO_32 } from '../../src/stores/sqlite-key-hash.js';
import { BucketTable } from '../../src/stores/sqlite-bucket-table.js';

/** The ordinals a table gives for each key (located together), with their counts. */
function gatheredMany(table: BucketTable, keys: readonly number[], room = 100): { count: number; ids: number[] }[] {
  const spans = new Uint32Array(4 + 2 * keys.length);
  table.locate(Float64Array.from(keys), keys.length, spans, 4);
  return keys.map((key, i) => {
    const out = new Uint32Array(room + 1).fill(99);
    const count = table.placesTo(key, spans[4 + 2 * i] ?? 0, spans[5 + 2 * i] ?? 0, out, 1, room);
    assert.equal(out[0], 99, 'nothing written before `at`');
    const ids = [...out.subarray(1, 1 + Math.min(count, room))].map((place) => table.ordinalAt(place));
    return { count, ids: ids.sort((a, b) => a - b) };
  });
}

/** The ordinals a table gives for a key, with its count. */
function gathered(table: BucketTable, key: number, room = 100): { count: number; ids: number[] } {
  return gatheredMany(table, [key], room)[0] ?? { count: -1, ids: [] };
}

describe('resident bucket tables', () => {
  // Keys that share their low 32 bits and differ above them: told apart only by the high bits.
  const base = RESIDENT_FLOOR + 12_345 * TWO_32 + 0xdead_beef;
  const twins = [base, base + TWO_32, base + 2 * TWO_32];
  const sorted = { keys: Float64Array.from([base, base, base + TWO_32, base + 2 * TWO_32, base + 2 * TWO_32, base + 2 * TWO_32]), docs: Uint32Array.from([1, 4, 2, 3, 5, 6]) };
  const expected = [{ count: 2, ids: [1, 4] }, { count: 1, ids: [2] }, { count: 3, ids: [3, 5, 6] }];

  it('tells apart keys with the same low 32 bits in a small table (one bucket holds them all)', () => {
    const table = BucketTable.ofSorted(sorted);
    twins.forEach((key, i) => assert.deepEqual(gathered(table, key), expected[i]));
    assert.deepEqual(gathered(table, base + 3 * TWO_32), { count: 0, ids: [] });
    assert.deepEqual(gathered(table, base + 1), { count: 0, ids: [] });
  });

  it('tells them apart in a table of 2^20 buckets and more, which keeps only low bits', () => {
    // Sized as for 2^19 pairs: 2^20 buckets, each spans 2^32 hash values at most.
    const table = BucketTable.ofSorted(sorted, 2 ** 19);
    twins.forEach((key, i) => assert.deepEqual(gathered(table, key), expected[i]));
    assert.deepEqual(gathered(table, base + 3 * TWO_32), { count: 0, ids: [] });
    assert.deepEqual(gathered(table, base - TWO_32), { count: 0, ids: [] });
    // Counts go on past the room; ids stop at it.
    assert.deepEqual(gathered(table, twins[2] ?? 0, 2), { count: 3, ids: [3, 5] });
  });

  it('keeps every key of a big table apart from its neighbours at the top of the range', () => {
    const top = RESIDENT_FLOOR * 2 - 1;
    const keys = Float64Array.from([top - 2 * TWO_32, top - TWO_32, top]);
    const table = BucketTable.ofSorted({ keys, docs: Uint32Array.from([7, 8, 9]) }, 32 * 2 ** 20);
    assert.deepEqual([...keys].map((key) => gathered(table, key)), [{ count: 1, ids: [7] }, { count: 1, ids: [8] }, { count: 1, ids: [9] }]);
  });

  it('gives each key the same ordinals when many keys are located together as when alone', () => {
    // Present keys (some sharing a bucket, one at the top of the range: the last bucket), absent
    // ones between them, in a small table and in a narrow one.
    const present = [RESIDENT_FLOOR, RESIDENT_FLOOR + 5, RESIDENT_FLOOR + 7 * TWO_32 + 3, RESIDENT_FLOOR * 1.5, RESIDENT_FLOOR * 2 - 1];
    const keys = Float64Array.from(present.flatMap((key) => [key, key]));
    const docs = Uint32Array.from(keys, (_, i) => 10 + i);
    const asked = [...present, RESIDENT_FLOOR + 1, RESIDENT_FLOOR * 1.25, RESIDENT_FLOOR * 2 - 2].reverse();
    for (const bound of [keys.length, 2 ** 19]) {
      const table = BucketTable.ofSorted({ keys, docs }, bound);
      const together = gatheredMany(table, asked, 1);
      asked.forEach((key, i) => {
        assert.deepEqual(together[i], gathered(table, key, 1), `key ${i}, bound ${bound}`);
        assert.equal(together[i]?.count, present.includes(key) ? 2 : 0);
        assert.equal(together[i]?.ids.length, present.includes(key) ? 1 : 0);
      });
      const at = present.indexOf(RESIDENT_FLOOR * 1.5);
      assert.deepEqual(gathered(table, RESIDENT_FLOOR * 1.5), { count: 2, ids: [10 + 2 * at, 11 + 2 * at] });
    }
  });
});
