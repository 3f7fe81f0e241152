/**
 * The bucket table of resident postings (sqlite-resident.ts): several runs' resident pairs grouped
 * by key value, so a key costs one bucket however many runs hold it. At 1M documents a table is
 * hundreds of megabytes, so each bucket read is a memory miss; {@link BucketTable.locate} reads
 * many keys' buckets in one tight loop so that their misses overlap. A pair's key bits and its
 * ordinal are adjacent (one `Uint32Array`, two cells a pair), so a found pair's ordinal is in the
 * line its key was read from: at 1M documents a stored document's lookup finds ≈ 85 pairs, and
 * with separate arrays each was one more miss (a cache line and a 4 KB page) read after the
 * bucket's (measured: docs/benchmarks.md, session 15).
 */
import { RESIDENT_FLOOR, TWO_32 } from './sqlite-key-hash.js';
import type { ResidentPairs } from './sqlite-resident.js';

/** Sorted resident pairs read a chunk at a time: a run's blocks, or a tail already decoded. */
export interface PairCursor {
  keys: Float64Array;
  docs: Uint32Array;
  at: number;
  /** Moves to the next non-empty chunk; false at the end. */
  nextNonEmpty(): boolean;
}

/** A decoded tail as one chunk. */
export function tailCursor(tail: ResidentPairs): PairCursor {
  let done = false;
  return {
    keys: new Float64Array(0),
    docs: new Uint32Array(0),
    at: 0,
    nextNonEmpty() {
      if (done || tail.keys.length === 0) return false;
      done = true;
      this.keys = tail.keys;
      this.docs = tail.docs;
      return true;
    },
  };
}

/** Pairs per bucket of a {@link BucketTable} that keeps whole keys, on average: 8 float64s, a cache line. */
const PAIRS_PER_BUCKET = 8;

/**
 * Pairs per bucket of a table that keeps low bits, on average: 8 pairs of low bits and ordinal are
 * a cache line (16 were a line of low bits alone, with the ordinals elsewhere; the directory is now
 * twice that size, 0.5 byte a pair).
 */
const PAIRS_PER_NARROW_BUCKET = 8;

/**
 * From this many buckets up a bucket spans at most 2^32 hash values (2^52 / 2^20), so two keys of
 * one bucket differ in their low 32 bits and a table keeps those alone (4 bytes a pair, not 8).
 */
const NARROW_BUCKETS = 2 ** 20;

/**
 * A key's low 32 bits (exact: keys are integers below 2^53, and dividing by 2^32 is exact). Not
 * `key % TWO_32`: V8 compiles a float modulo to a call into C, ≈ 5× the cost of these steps (≈ 25 against 5 ns).
 */
export function lowBits(key: number): number {
  return key - Math.floor(key / TWO_32) * TWO_32;
}

/**
 * The pairs of several runs' tails grouped into one table by the key's value: a bucket's pairs
 * start at `directory[bucket]`, in no order within it. Resident hashes are
 * uniform, so a bucket holds ≈ 8 pairs (one cache line of keys) but for hot keys. A key then
 * costs two memory reads however many runs the pairs came from. A big table keeps each pair's
 * key as its low 32 bits (see {@link NARROW_BUCKETS}): 8 bytes a pair with its ordinal, which
 * is what lets the fingerprints be resident too within ≈ 1 KB a document at 1M documents.
 */
export class BucketTable {
  static readonly EMPTY = new BucketTable(new Uint32Array(0), undefined, Uint32Array.of(0, 0), 1 / RESIDENT_FLOOR);

  private constructor(
    /** Pair `i`'s key, low 32 bits, at `2i`, and its ordinal at `2i + 1`. */
    private readonly pairs: Uint32Array,
    /** Each pair's whole key, kept only by a table of fewer than {@link NARROW_BUCKETS} buckets. */
    private readonly keys: Float64Array | undefined,
    private readonly directory: Uint32Array,
    /** Buckets per unit of key above the floor (`buckets / RESIDENT_FLOOR`). */
    private readonly scale: number,
  ) {}

  /**
   * The table of sorted sources' pairs, bucket after bucket: each source is read in order and the
   * table written in order (a merge on the bucket number), where a counting sort scatters
   * every pair to a random place (a memory miss each: seconds for the tens of millions of pairs
   * of a deep table at 1M documents). A bucket's pairs come source by source, which its readers
   * do not mind.
   * @param sources cursors over sorted pairs, none read yet
   * @param bound at least the number of pairs the sources hold
   * @param perBucket pairs a bucket of a big table holds on average
   */
  static merged(sources: readonly PairCursor[], bound: number, perBucket = PAIRS_PER_NARROW_BUCKET): BucketTable {
    if (bound === 0) return BucketTable.EMPTY;
    // From 2^19 pairs on, 2^20 buckets or more (a directory of ≥ 4 MB) cost less than whole keys
    // (8 bytes a pair, ≥ 4 MB): the table keeps low bits, even with fewer pairs a bucket.
    const buckets = bound >= NARROW_BUCKETS / 2 ? Math.max(NARROW_BUCKETS, Math.ceil(bound / perBucket)) : Math.max(1, Math.ceil(bound / PAIRS_PER_BUCKET));
    const scale = buckets / RESIDENT_FLOOR;
    const last = buckets - 1;
    const directory = new Uint32Array(buckets + 1);
    const pairs = new Uint32Array(2 * bound);
    const keys = buckets < NARROW_BUCKETS ? new Float64Array(bound) : undefined;
    const live = sources.filter((source) => source.nextNonEmpty());
    // Each live source's next bucket (-1: done): bucket by bucket, the sources standing in it give
    // their pairs of it.
    const heads = Int32Array.from(live, (source) => bucketOf(source.keys[source.at] ?? 0, scale, last));
    let at = 0;
    for (let b = 0; b < buckets; b++) {
      directory[b] = at;
      for (let s = 0; s < live.length; s++) {
        if (heads[s] !== b) continue;
        const source = live[s];
        if (source === undefined) continue;
        let head = b;
        while (head === b) {
          const from = source.keys;
          const fromDocs = source.docs;
          const end = from.length;
          let i = source.at;
          if (at + end - i > bound) throw new Error('resident pairs exceed their bound');
          for (; i < end; i++) {
            const key = from[i] ?? 0;
            head = bucketOf(key, scale, last);
            if (head !== b) break;
            pairs[2 * at] = lowBits(key);
            pairs[2 * at + 1] = fromDocs[i] ?? 0;
            if (keys !== undefined) keys[at] = key;
            at++;
          }
          source.at = i;
          if (i < end) break;
          head = source.nextNonEmpty() ? bucketOf(source.keys[source.at] ?? 0, scale, last) : -1;
        }
        heads[s] = head;
      }
    }
    directory[buckets] = at;
    return new BucketTable(pairs, keys, directory, scale);
  }

  /**
   * The table of one sorted list of pairs (tests size it with `bound` to reach the big table's
   * narrow keys without millions of pairs).
   * @param bound at least the number of pairs; the table is sized by it
   */
  static ofSorted(pairs: ResidentPairs, bound = pairs.keys.length): BucketTable {
    return BucketTable.merged([tailCursor(pairs)], bound);
  }

  /**
   * Writes the bucket of each of `count` keys as pair indices, `[from, to)` at `spans[at + 2i]`
   * and `spans[at + 2i + 1]` for key `i`, for {@link placesTo}. Two loops without data-dependent
   * branches: the directory reads of all keys, then the first and last line of each key's bucket
   * (a bucket of 8 pairs often straddles two lines: the second is not left to {@link placesTo},
   * which reads key after key, one miss at a time). Each
   * iteration's reads depend on no earlier one's, so the CPU keeps many misses in flight at once
   * (≈ 100 ns each at 1M documents), where a key-by-key gather waits for two in a row a key.
   * @param keys resident key hashes
   * @param count how many of `keys` to place
   * @param spans room for `2 * count` indices from `at`
   * @param at where key 0's bounds go
   * @returns a value derived from the bucket lines read, for the caller to keep (so the reads are
   *   not dropped as unused)
   */
  locate(keys: Float64Array, count: number, spans: Uint32Array, at: number): number {
    const { directory, scale } = this;
    const last = directory.length - 2;
    for (let i = 0; i < count; i++) {
      const b = bucketOf(keys[i] ?? 0, scale, last);
      spans[at + 2 * i] = directory[b] ?? 0;
      spans[at + 2 * i + 1] = directory[b + 1] ?? 0;
    }
    let seen = 0;
    const { keys: wide, pairs } = this;
    if (wide !== undefined) {
      for (let i = 0; i < count; i++) seen ^= wide[spans[at + 2 * i] ?? 0] ?? 0;
      return seen;
    }
    for (let i = 0; i < count; i++) {
      const from = spans[at + 2 * i] ?? 0;
      const to = spans[at + 2 * i + 1] ?? 0;
      seen ^= (pairs[2 * from] ?? 0) ^ (pairs[2 * Math.max(from, to - 1)] ?? 0);
    }
    return seen;
  }

  /**
   * The places (pair indices) of `key`'s pairs in a bucket placed by {@link locate}, written to
   * `out` from `at` while they number at most `room`; their ordinals are read after, for all keys
   * at once ({@link ordinalAt}), so that those reads' misses overlap instead of coming one a key.
   * @param out room for `min(room, to - from)` places from `at`
   * @returns how many pairs of `key` the bucket holds
   */
  placesTo(key: number, from: number, to: number, out: Uint32Array, at: number, room: number): number {
    let n = 0;
    if (this.keys !== undefined) {
      for (let i = from; i < to; i++) {
        if (this.keys[i] !== key) continue;
        if (n++ < room) out[at++] = i;
      }
      return n;
    }
    const low = lowBits(key);
    const pairs = this.pairs;
    for (let i = from; i < to; i++) {
      if (pairs[2 * i] !== low) continue;
      if (n++ < room) out[at++] = i;
    }
    return n;
  }

  /**
   * The arrays of a table that keeps low bits (see {@link NARROW_BUCKETS}), for another layout of
   * the same buckets (sqlite-slot-table.ts); undefined for a table that keeps whole keys.
   */
  narrowLayout(): { pairs: Uint32Array; directory: Uint32Array; scale: number } | undefined {
    return this.keys === undefined ? { pairs: this.pairs, directory: this.directory, scale: this.scale } : undefined;
  }

  /** The ordinal of the pair at a place {@link placesTo} gave: in the line its key bits were read from. */
  ordinalAt(place: number): number {
    return this.pairs[2 * place + 1] ?? 0;
  }
}

/**
 * The bucket of a resident key: its place above the floor times `scale` (buckets / 2^52, a power
 * of two apart from the bucket count, so the product grows with the key), at most `last`.
 */
export function bucketOf(key: number, scale: number, last: number): number {
  return Math.min(last, Math.floor((key - RESIDENT_FLOOR) * scale));
}

