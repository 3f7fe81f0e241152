import { FNV_OFFSET, FNV_PRIME } from '../sketch/hash.js';
/**
 * Words to numbers in one typed array with open addressing: a word of at most
 * {@link WORD_TABLE_MAX_CHARS} Latin-1 characters is held in its row (hash, length and number,
 * characters packed four to a 32-bit cell), so a probe reads one row where a Map of
 * strings reads its bucket, its entry and the key string, each a likely cache miss once the
 * table holds tens of thousands of words. Other words are not held: {@link WordTable.key} says so.
 */
export const WORD_TABLE_MAX_CHARS = 24;

// A row: hash, (number << 5 | length), then six cells of packed characters: 32 bytes.
const ROW_CELLS = 8;
const CHAR_CELLS = 6;
const LENGTH_BITS = 5;
const INITIAL_SLOTS = 64;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;

/** A word in row form: filled by {@link WordTable.key}, then given to `find` and `add`. */
export interface WordKey {
  hash: number;
  length: number;
  cells: Uint32Array;
}

/** A fresh, empty {@link WordKey}. */
export function newWordKey(): WordKey {
  return { hash: 0, length: 0, cells: new Uint32Array(CHAR_CELLS) };
}

/** Largest number a row holds (27 bits). */
export const WORD_TABLE_MAX_NUMBER = 2 ** 27 - 1;

/** Up to `limit` words to numbers (0 to {@link WORD_TABLE_MAX_NUMBER}); adding more is refused (the caller starts a new table). */
export class WordTable {
  private rows: Uint32Array;
  private mask: number;
  private count = 0;

  /**
   * @param limit words the table holds at most. It starts small and doubles its rows when half
   *   full (probes stay short), so a language met in a few texts costs kilobytes, not the
   *   8 MB of a full 100,000-word table.
   */
  constructor(readonly limit: number) {
    this.rows = new Uint32Array(INITIAL_SLOTS * ROW_CELLS);
    this.mask = INITIAL_SLOTS - 1;
  }

  /** Words held. */
  get size(): number {
    return this.count;
  }

  /**
   * Puts `word` in row form into `key`, hashing and packing in one pass; false when no table
   * can hold it (longer than {@link WORD_TABLE_MAX_CHARS}, or a character above U+00FF).
   */
  static key(word: string, key: WordKey): boolean {
    const length = word.length;
    if (length > WORD_TABLE_MAX_CHARS || length === 0) return false;
    const cells = key.cells;
    let hash = FNV_OFFSET;
    let cell = 0;
    let packed = 0;
    for (let i = 0; i < length; i++) {
      const c = word.charCodeAt(i);
      if (c > 0xff) return false;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      packed |= c << ((i & 3) << 3);
      if ((i & 3) === 3) {
        cells[cell++] = packed;
        packed = 0;
      }
    }
    if ((length & 3) !== 0) cells[cell++] = packed;
    while (cell < CHAR_CELLS) cells[cell++] = 0;
    key.hash = hash >>> 0;
    key.length = length;
    return true;
  }

  /** The number held for the key's word, or -1. */
  find(key: WordKey): number {
    const cell = this.rows[this.probe(key) * ROW_CELLS + 1] ?? 0;
    // Length 0 marks an empty row (no word is empty).
    return cell === 0 ? -1 : cell >>> LENGTH_BITS;
  }

  /** Holds `value` for the key's word, which must not be held yet; false (nothing held) when full. */
  add(key: WordKey, value: number): boolean {
    if (this.count >= this.limit) return false;
    if (!(value >= 0 && value <= WORD_TABLE_MAX_NUMBER)) throw new RangeError(`word table number out of range: ${value}`);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const at = this.probe(key) * ROW_CELLS;
    const rows = this.rows;
    rows[at] = key.hash;
    rows[at + 1] = ((value << LENGTH_BITS) | key.length) >>> 0;
    rows.set(key.cells, at + 2);
    this.count += 1;
    return true;
  }

  /** Twice the rows, each held word moved to its place in them (its hash is in its row). */
  private grow(): void {
    const old = this.rows;
    const slots = 2 * (this.mask + 1);
    this.rows = new Uint32Array(slots * ROW_CELLS);
    this.mask = slots - 1;
    for (let at = 0; at < old.length; at += ROW_CELLS) {
      if ((old[at + 1] ?? 0) === 0) continue;
      let slot = (old[at] ?? 0) & this.mask;
      while ((this.rows[slot * ROW_CELLS + 1] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      this.rows.set(old.subarray(at, at + ROW_CELLS), slot * ROW_CELLS);
    }
  }

  /** The slot holding the key's word, or the empty slot where it goes (linear probing). */
  private probe(key: WordKey): number {
    const rows = this.rows;
    const cells = key.cells;
    const hash = key.hash;
    const length = key.length;
    let slot = hash & this.mask;
    for (;;) {
      const at = slot * ROW_CELLS;
      const cell = rows[at + 1] ?? 0;
      if (cell === 0) return slot;
      if (rows[at] === hash && (cell & LENGTH_MASK) === length && sameCells(rows, at + 2, cells)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

function sameCells(rows: Uint32Array, at: number, cells: Uint32Array): boolean {
  for (let c = 0; c < CHAR_CELLS; c++) if (rows[at + c] !== cells[c]) return false;
  return true;
}
