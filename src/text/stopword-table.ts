import { hashRange } from '../sketch/hash.js';

/**
 * Words to numbers (here: the stop words of every profiled language to their language masks),
 * looked up by a range of a text without making the range's string. A language profile looks
 * up every word of a 2,048-character window; with a Map each stop word (about half the words of
 * a text) cost a slice, the slice's hash and a probe, and each was set again in the window's
 * Map of distinct words. Here a word is hashed once (FNV-1a, which the Bloom-style filter in
 * front reads too) and compared in place, and each entry has a number for marking it seen.
 */
export class RangeTable {
  /** The words, by entry number. */
  readonly words: string[] = [];
  /** Each entry's value. */
  readonly values: number[] = [];
  private readonly hashes: number[] = [];
  // Entry number + 1 per slot, 0 for an empty slot (open addressing, linear probing).
  private slots = new Int32Array(64);

  /** Number of entries. */
  get size(): number {
    return this.words.length;
  }

  /**
   * Gives `word` the value `value`, or combines it with the value it has (`combine(old, value)`).
   * @returns the word's entry number
   */
  set(word: string, value: number, combine: (old: number, value: number) => number = (_old, v) => v): number {
    const hash = hashRange(word, 0, word.length);
    const found = this.find(word, 0, word.length, hash);
    if (found >= 0) {
      this.values[found] = combine(this.values[found] ?? 0, value);
      return found;
    }
    if (4 * (this.words.length + 1) > this.slots.length) this.grow();
    const entry = this.words.length;
    this.words.push(word);
    this.values.push(value);
    this.hashes.push(hash);
    this.place(hash, entry);
    return entry;
  }

  /**
   * The entry number of `text[start, end)`, or -1.
   * @param hash `hashRange(text, start, end)` (the caller has it already)
   */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && sameRange(this.words[entry] ?? '', text, start, length)) return entry;
    }
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.words.length; entry++) this.place(this.hashes[entry] ?? 0, entry);
  }
}

/** Whether `word` equals `text[start, start + length)`. */
function sameRange(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
