import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BucketTable } from '../../src/stores/sqlite-bucket-table.js';
import { RESIDENT_FLOOR, TWO_32 } from '../../src/stores/sqlite-key-hash.js';
import { SlotTable, type ResidentTable } from '../../src/stores/sqlite-slot-table.js';

/** Each key's count and ordinals in the order the table gives them (keys located together). */
function answers(table: ResidentTable, keys: readonly number[], room: number): { count: number; ids: number[] }[] {
  const spans = new Uint32Array(2 + 2 * keys.length);
  table.locate(Float64Array.from(keys), keys.length, spans, 2);
  return keys.map((key, i) => {
    const from = spans[2 + 2 * i] ?? 0;
    const to = spans[3 + 2 * i] ?? 0;
    const out = new Uint32Array(1 + Math.min(room, to - from)).fill(99);
    const count = from === to ? 0 : table.placesTo(key, from, to, out, 1, room);
    assert.equal(out[0], 99, 'nothing written before `at`');
    assert.ok(count <= to - from, 'the span bounds the places written');
    return { count, ids: [...out.subarray(1, 1 + Math.min(count, room))].map((place) => table.ordinalAt(place)) };
  });
}

describe('resident slot tables', () => {
  // A hot key (20 pairs: its bucket overflows), keys sharing a bucket with it or sharing their low
  // 32 bits with it, keys at both ends of the range, and absent keys between them.
  const hot = RESIDENT_FLOOR + 12_345 * TWO_32 + 0xdead_beef;
  const present = [RESIDENT_FLOOR, RESIDENT_FLOOR + 5, hot - 1, hot, hot + 1, hot + TWO_32, RESIDENT_FLOOR * 1.5, RESIDENT_FLOOR * 2 - 1];
  const keys: number[] = [];
  const docs: number[] = [];
  present.forEach((key, k) => {
    const n = key === hot ? 20 : k + 1;
    for (let j = 0; j < n; j++) {
      keys.push(key);
      docs.push(1000 * k + 7 * j + 1);
    }
  });
  const sorted = { keys: Float64Array.from(keys), docs: Uint32Array.from(docs) };
  const asked = [...present, hot + 2, RESIDENT_FLOOR + 1, RESIDENT_FLOOR * 1.25, hot + 2 * TWO_32, RESIDENT_FLOOR * 2 - 2].reverse();

  it('gives every key the count and ordinals, in the same order, of the bucket table it was made from', () => {
    for (const bound of [2 ** 19, 2 ** 21]) {
      const buckets = BucketTable.ofSorted(sorted, bound);
      const slots = SlotTable.of(buckets);
      assert.ok(slots instanceof SlotTable, 'a table of low bits is laid out in slots');
      for (const room of [1, 5, 100]) {
        const expected = answers(buckets, asked, room);
        assert.deepEqual(answers(slots, asked, room), expected, `bound ${bound}, room ${room}`);
        asked.forEach((key, i) => assert.deepEqual(answers(slots, [key], room)[0], expected[i], 'alone as together'));
      }
      assert.deepEqual(answers(slots, [hot], 100)[0]?.count, 20);
    }
  });

  it('leaves a small table, which keeps whole keys, as it is', () => {
    const small = BucketTable.ofSorted(sorted);
    assert.equal(SlotTable.of(small), small);
  });
});
