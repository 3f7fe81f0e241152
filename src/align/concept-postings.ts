/**
 * Which sentences of one side hold each synonym concept, for {@link similarityMatrix}'s
 * candidate search. A news sentence holds hundreds of WordNet concept ids (a common verb alone
 * has dozens); as strings in a Map they were most of the index's entries. Ids are small
 * integers, so the lists live in arrays indexed by id (compressed rows: a start and a count
 * per id), reused from matrix to matrix; {@link clear} empties them for the next.
 */
export interface ConceptPostings {
  /** How many sentences hold concept `id`. */
  count(id: number): number;
  /** First position of concept `id`'s sentences in {@link sentences}. */
  start(id: number): number;
  /** Sentence indexes, ascending within each concept's run. */
  readonly sentences: Int32Array;
  /** Empties the shared tables; call once done with these postings. */
  clear(): void;
}

// Shared tables: counts per id (all zero between matrices), and per id the end of its run.
let counts = new Int32Array(1 << 16);
let starts = new Int32Array(1 << 16);

function fit(id: number): void {
  if (id < counts.length) return;
  const size = Math.max(id + 1, counts.length * 2);
  const grown = new Int32Array(size);
  grown.set(counts);
  counts = grown;
  starts = new Int32Array(size);
}

/**
 * Indexes the concept ids of a side's sentences.
 * @param conceptIds per sentence its distinct concept ids (or undefined: none)
 * @returns the postings; not to be used after {@link ConceptPostings.clear} or another call
 */
export function indexConcepts(conceptIds: readonly (Int32Array | undefined)[]): ConceptPostings {
  const touched: number[] = [];
  let total = 0;
  for (const ids of conceptIds) {
    if (ids === undefined) continue;
    for (const id of ids) {
      fit(id);
      if ((counts[id] = (counts[id] ?? 0) + 1) === 1) touched.push(id);
      total += 1;
    }
  }
  let at = 0;
  for (const id of touched) {
    starts[id] = at;
    at += counts[id] ?? 0;
  }
  const sentences = new Int32Array(total);
  // Each run is filled in sentence order with its start as the cursor, which leaves it at the run's end.
  conceptIds.forEach((ids, j) => {
    if (ids === undefined) return;
    for (const id of ids) sentences[(starts[id] = (starts[id] ?? 0) + 1) - 1] = j;
  });
  return {
    count: (id) => counts[id] ?? 0,
    start: (id) => (starts[id] ?? 0) - (counts[id] ?? 0),
    sentences,
    clear: () => { for (const id of touched) counts[id] = 0; },
  };
}

// Shared flags per concept id, all zero between matrices.
let held = new Uint8Array(1 << 16);

/**
 * Flags the concept ids any of the given sentences hold (their ids ascending, as in a
 * concept bag), so that the other side's bags can drop the concepts nothing here can match.
 * @returns a test of an id, and `clear` (call it once done)
 */
export function flagConcepts(conceptIds: readonly (Int32Array | undefined)[]): { has(id: number): boolean; clear(): void } {
  for (const ids of conceptIds) {
    const last = ids?.[ids.length - 1] ?? 0;
    if (last >= held.length) {
      const grown = new Uint8Array(Math.max(last + 1, held.length * 2));
      grown.set(held);
      held = grown;
    }
    if (ids !== undefined) for (const id of ids) held[id] = 1;
  }
  return {
    has: (id) => held[id] === 1,
    clear: () => { for (const ids of conceptIds) if (ids !== undefined) for (const id of ids) held[id] = 0; },
  };
}
