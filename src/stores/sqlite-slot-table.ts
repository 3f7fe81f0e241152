/**
 * A resident table whose buckets are fixed-size slots (sqlite-resident.ts uses it for the middle
 * levels): bucket `b` is the 64 bytes from cell `16b`, a header (its pair count, where its
 * overflow starts) and room for 7 pairs, so a key's bucket is found from the key alone. A
 * {@link BucketTable} reads a directory cell first, a second random read (a cache line and a 4 KB
 * page) a key in every table: at 1M documents a new document's lookup of ≈ 108 keys touched
 * ≈ 208 pages in the middle table alone, which held ≈ 4M pairs and answered ≈ 1 of them
 * (docs/benchmarks.md, session 15). Buckets average 4 pairs, so ≈ 5 % overflow; their 8th pair
 * on is in an overflow array, after the slot's, in the bucket's order. Costs ≈ 16 bytes a pair
 * where a bucket table costs ≈ 8.5: used where the pairs are few.
 */
import { BucketTable, bucketOf, lowBits } from './sqlite-bucket-table.js';

/** What a lookup asks of a resident table (a {@link BucketTable} or a {@link SlotTable}). */
export interface ResidentTable {
  /**
   * Writes each of `count` keys' bucket bounds to `spans` from `at` (`from`, `to`: `to - from` is
   * at least the number of places {@link placesTo} may write), reading the buckets' lines.
   * @returns a value derived from the lines read, for the caller to keep
   */
  locate(keys: Float64Array, count: number, spans: Uint32Array, at: number): number;
  /** The places of `key`'s pairs in a bucket located, written to `out` from `at` up to `room`; returns how many pairs `key` has. */
  placesTo(key: number, from: number, to: number, out: Uint32Array, at: number, room: number): number;
  /** The ordinal of the pair at a place. */
  ordinalAt(place: number): number;
}

/** Cells a slot: a header pair and {@link SLOT_PAIRS} pairs of (key low bits, ordinal). */
const SLOT_CELLS = 16;

/** Pairs a slot holds; a bucket's pairs past these overflow. */
const SLOT_PAIRS = 7;

/** Pairs a bucket holds on average: ≈ 5 % of buckets (Poisson, mean 4) have more than {@link SLOT_PAIRS}. */
export const SLOT_AVERAGE = 4;

/** A table of fixed-size bucket slots; see the file's comment. */
export class SlotTable implements ResidentTable {
  private constructor(
    /** Bucket `b`: `cells[16b]` its pair count, `cells[16b + 1]` its overflow start, then its pairs (low bits, ordinal). */
    private readonly cells: Uint32Array,
    /** Overflowing pairs (low bits, ordinal), each bucket's together. */
    private readonly overflow: Uint32Array,
    private readonly scale: number,
  ) {}

  /**
   * The same buckets and pairs as `table`, in slots, or `table` itself when it keeps whole keys
   * (a small table) or has too many buckets for 32-bit places.
   */
  static of(table: BucketTable): ResidentTable {
    const layout = table.narrowLayout();
    if (layout === undefined) return table;
    const { pairs, directory, scale } = layout;
    const buckets = directory.length - 1;
    if (buckets * SLOT_CELLS >= 2 ** 31) return table;
    const cells = new Uint32Array(buckets * SLOT_CELLS);
    let spilled = 0;
    for (let b = 0; b < buckets; b++) spilled += Math.max(0, (directory[b + 1] ?? 0) - (directory[b] ?? 0) - SLOT_PAIRS);
    const overflow = new Uint32Array(2 * spilled);
    let at = 0;
    for (let b = 0; b < buckets; b++) {
      const from = directory[b] ?? 0;
      const n = (directory[b + 1] ?? 0) - from;
      const base = b * SLOT_CELLS;
      cells[base] = n;
      cells[base + 1] = at;
      const inSlot = Math.min(n, SLOT_PAIRS);
      cells.set(pairs.subarray(2 * from, 2 * (from + inSlot)), base + 2);
      if (n > inSlot) {
        overflow.set(pairs.subarray(2 * (from + inSlot), 2 * (from + n)), 2 * at);
        at += n - inSlot;
      }
    }
    return new SlotTable(cells, overflow, scale);
  }

  /**
   * Key `i`'s span is `[b, b + n)`: its bucket `b` and the bucket's pair count `n`, read from the
   * slot's header (no directory). The slot's last cell is read too: 64 bytes often straddle two
   * lines, and both misses then overlap with the other keys'.
   */
  locate(keys: Float64Array, count: number, spans: Uint32Array, at: number): number {
    const { cells, scale } = this;
    const last = cells.length / SLOT_CELLS - 1;
    let seen = 0;
    for (let i = 0; i < count; i++) {
      const b = bucketOf(keys[i] ?? 0, scale, last);
      spans[at + 2 * i] = b;
      spans[at + 2 * i + 1] = b + (cells[b * SLOT_CELLS] ?? 0);
      seen ^= cells[b * SLOT_CELLS + SLOT_CELLS - 1] ?? 0;
    }
    return seen;
  }

  /** Places are pair indices: `16b / 2 + 1 + k` for a slot's pair k, past all slots for overflow pairs. */
  placesTo(key: number, from: number, to: number, out: Uint32Array, at: number, room: number): number {
    const { cells, overflow } = this;
    const low = lowBits(key);
    const n = to - from;
    const base = from * SLOT_CELLS;
    let found = 0;
    const inSlot = Math.min(n, SLOT_PAIRS);
    for (let k = 0; k < inSlot; k++) {
      if (cells[base + 2 + 2 * k] !== low) continue;
      if (found++ < room) out[at++] = base / 2 + 1 + k;
    }
    const start = cells[base + 1] ?? 0;
    const past = cells.length / 2;
    for (let k = start; k < start + n - inSlot; k++) {
      if (overflow[2 * k] !== low) continue;
      if (found++ < room) out[at++] = past + k;
    }
    return found;
  }

  ordinalAt(place: number): number {
    const past = this.cells.length / 2;
    return place < past ? (this.cells[2 * place + 1] ?? 0) : (this.overflow[2 * (place - past) + 1] ?? 0);
  }
}
