/**
 * The answer of `Store.lookupPostings`, in columns: what the candidate ranking reads (a key's
 * count, and which documents it lists) with one typed array a column and each document's id
 * once. A lookup at 1M documents finds ≈ 100 keys and ≈ 150–190 ids; an object, an ids array and
 * a Map entry for each key were half of what a lookup allocated, and the ranking then looked
 * every id up in a Map again.
 */

/**
 * What a lookup of index keys found. Key `i` is the `i`-th key asked (a key asked twice is
 * answered twice, possibly with the same span).
 */
export interface KeyPostings {
  /** Key `i`'s number of documents; 0 when it is absent. */
  counts: Float64Array;
  /**
   * Key `i`'s documents are `docs[from[i] .. to[i])`: places in `ids`, each once, in no
   * particular order. Empty when the key is absent or has more documents than the lookup's limit.
   */
  from: Uint32Array;
  /** See {@link KeyPostings.from}. */
  to: Uint32Array;
  /** Places in `ids`, key after key. */
  docs: Uint32Array;
  /** The documents listed, each once, in no particular order. */
  ids: readonly string[];
}

/** One key's postings as a backend reads them: its count and, within the limit, its ids (else none). */
export interface KeyPosting {
  count: number;
  ids: readonly string[];
}

/**
 * Puts per-key answers in columns (the memory and Redis stores, which read key by key).
 * @param keys the keys asked, in order, repeats allowed
 * @param postingOf a key's posting, or undefined when it is absent; asked once per distinct key
 * @returns the columns; a key's documents in the order `postingOf` gave them
 */
export function keyPostingsOf(keys: readonly string[], postingOf: (key: string) => KeyPosting | undefined): KeyPostings {
  const n = keys.length;
  const counts = new Float64Array(n);
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  const places = new Map<string, number>();
  const ids: string[] = [];
  const docs: number[] = [];
  const answered = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? '';
    const first = answered.get(key);
    if (first !== undefined) {
      counts[i] = counts[first] ?? 0;
      from[i] = from[first] ?? 0;
      to[i] = to[first] ?? 0;
      continue;
    }
    answered.set(key, i);
    const posting = postingOf(key);
    if (posting === undefined) continue;
    counts[i] = posting.count;
    from[i] = docs.length;
    for (const id of posting.ids) {
      let place = places.get(id);
      if (place === undefined) {
        place = ids.length;
        places.set(id, place);
        ids.push(id);
      }
      docs.push(place);
    }
    to[i] = docs.length;
  }
  return { counts, from, to, docs: Uint32Array.from(docs), ids };
}
