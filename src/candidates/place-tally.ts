/**
 * Sums by place (a document's place in a lookup's list of ids: `KeyPostings.docs`), in typed
 * arrays kept between uses, of which only the places touched are read back and cleared. The
 * ranking of one document's candidates visits every posting of its keys; a Map keyed by id
 * string cost a probe per posting and an object per document touched.
 */
export class PlaceTally {
  private sums = new Float64Array(1024);
  private seen = new Uint8Array(1024);
  private order = new Uint32Array(1024);
  /** Places touched since the last {@link PlaceTally.clear}, in the order first touched. */
  size = 0;

  /**
   * Adds `amount` to a place's sum (a place first touched starts at 0).
   * @param place a place in the lookup's ids
   * @param amount what to add
   */
  add(place: number, amount: number): void {
    if (place >= this.sums.length) this.grow(place + 1);
    if (this.seen[place] === 0) {
      this.seen[place] = 1;
      if (this.size >= this.order.length) {
        const order = new Uint32Array(2 * this.order.length);
        order.set(this.order);
        this.order = order;
      }
      this.order[this.size++] = place;
    }
    this.sums[place] = (this.sums[place] ?? 0) + amount;
  }

  /** The `k`-th place touched (0 ≤ k < size). */
  placeAt(k: number): number {
    return this.order[k] ?? 0;
  }

  /** A place's sum (0 when untouched). */
  sumOf(place: number): number {
    return this.sums[place] ?? 0;
  }

  /** Forgets every sum (clearing only the places touched). */
  clear(): void {
    for (let k = 0; k < this.size; k++) {
      const place = this.order[k] ?? 0;
      this.sums[place] = 0;
      this.seen[place] = 0;
    }
    this.size = 0;
  }

  private grow(length: number): void {
    const sums = new Float64Array(Math.max(length, 2 * this.sums.length));
    sums.set(this.sums);
    this.sums = sums;
    const seen = new Uint8Array(sums.length);
    seen.set(this.seen);
    this.seen = seen;
  }
}
