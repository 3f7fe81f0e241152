/**
 * What a lookup of many key hashes found, key by key, in typed arrays a connection keeps between
 * lookups. A sketch lookup at 1M documents asks ≈ 108 keys; a row object and an ordinals array
 * for each found key were ≈ 25 KB of a ≈ 65 KB lookup, and short-lived objects in such numbers
 * are what V8's scavenges and allocation-site pretenuring feed on: here a lookup allocates none.
 */

/** The rows of one lookup: key `i` (in the order asked) has `counts[i]` postings (0: absent), and its ordinals, when listed, at `ordinals[from[i] .. to[i])`. */
export class KeyRows {
  counts = new Float64Array(256);
  from = new Uint32Array(256);
  to = new Uint32Array(256);
  ordinals = new Uint32Array(4096);
  /** Ordinals written so far. */
  used = 0;

  /**
   * Starts a lookup of `keys` keys: every count 0, no ordinal.
   * @param keys how many keys are asked
   */
  reset(keys: number): void {
    if (this.counts.length < keys) {
      this.counts = new Float64Array(2 * keys);
      this.from = new Uint32Array(2 * keys);
      this.to = new Uint32Array(2 * keys);
    }
    this.counts.fill(0, 0, keys);
    this.from.fill(0, 0, keys);
    this.to.fill(0, 0, keys);
    this.used = 0;
  }

  /**
   * Makes room for `extra` more ordinals (kept: grown, never shrunk).
   * @returns the array to write them to, from `used`
   */
  reserve(extra: number): Uint32Array {
    if (this.used + extra > this.ordinals.length) {
      const grown = new Uint32Array(Math.max(2 * this.ordinals.length, this.used + extra));
      grown.set(this.ordinals.subarray(0, this.used));
      this.ordinals = grown;
    }
    return this.ordinals;
  }

  /**
   * Records key `i`'s row: its count, and the ordinals written from `start` to `used` as its list.
   * @param i the key's place in the lookup
   * @param count its postings (> 0)
   * @param start where its ordinals begin
   */
  set(i: number, count: number, start: number): void {
    this.counts[i] = count;
    this.from[i] = start;
    this.to[i] = this.used;
  }

  /**
   * Appends ordinals to the list being written.
   * @param docs ordinals
   */
  push(docs: readonly number[]): void {
    const into = this.reserve(docs.length);
    for (const doc of docs) into[this.used++] = doc;
  }
}
