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
  /** Beside each entry of {@link sentences}: where the concept stands in that sentence's ids. */
  readonly positions: Int32Array;
  /** Empties the shared tables; call once done with these postings. */
  clear(): void;
}

// Shared tables: counts per id (all zero between matrices), and per id the end of its run.
let counts = new Int32Array(1 << 16);
let starts = new Int32Array(1 << 16);

function fit(id: number): void {
  if (id < counts.length) return;
  const size = Math.max(id + 1, counts.length * 2);
  const grownCounts = new Int32Array(size);
  grownCounts.set(counts);
  counts = grownCounts;
  const grownStarts = new Int32Array(size);
  grownStarts.set(starts);
  starts = grownStarts;
}

/**
 * A side's concept postings in a form of their own (no shared tables): what
 * {@link installConcepts} puts in the shared tables for a matrix. Built once per side and kept
 * (see target-index.ts): a document is the target of many pairs.
 */
export interface ConceptRuns {
  /** Distinct ids in first-seen order, each with its count; runs follow one another in this order. */
  readonly ids: Int32Array;
  readonly counts: Int32Array;
  /** See {@link ConceptPostings.sentences}. */
  readonly sentences: Int32Array;
  /** See {@link ConceptPostings.positions}. */
  readonly positions: Int32Array;
}

/**
 * The concept runs of a side's sentences.
 * @param conceptIds per sentence its distinct concept ids (or undefined: none)
 * @returns the runs; uses the shared tables while it runs and leaves them empty
 */
export function conceptRuns(conceptIds: readonly (Int32Array | undefined)[]): ConceptRuns {
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
  const ids = Int32Array.from(touched);
  const runCounts = new Int32Array(ids.length);
  let at = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? 0;
    starts[id] = at;
    at += runCounts[k] = counts[id] ?? 0;
  }
  const sentences = new Int32Array(total);
  const positions = new Int32Array(total);
  // Each run is filled in sentence order with its start as the cursor, which leaves it at the run's end.
  conceptIds.forEach((list, j) => {
    if (list === undefined) return;
    for (let k = 0; k < list.length; k++) {
      const id = list[k] ?? 0;
      const p = (starts[id] = (starts[id] ?? 0) + 1) - 1;
      sentences[p] = j;
      positions[p] = k;
    }
  });
  for (const id of ids) counts[id] = 0;
  return { ids, counts: runCounts, sentences, positions };
}

/**
 * Puts a side's runs in the shared tables: one entry per distinct id, where indexing them
 * again walked every id of every sentence.
 * @returns the postings; not to be used after {@link ConceptPostings.clear} or another call
 */
export function installConcepts(runs: ConceptRuns): ConceptPostings {
  const { ids } = runs;
  let end = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? 0;
    fit(id);
    const n = runs.counts[k] ?? 0;
    counts[id] = n;
    starts[id] = end += n;
  }
  return {
    count: (id) => counts[id] ?? 0,
    start: (id) => (starts[id] ?? 0) - (counts[id] ?? 0),
    sentences: runs.sentences,
    positions: runs.positions,
    clear: () => { for (const id of ids) counts[id] = 0; },
  };
}

/**
 * Indexes the concept ids of a side's sentences ({@link conceptRuns}, then {@link installConcepts}).
 * @param conceptIds per sentence its distinct concept ids (or undefined: none)
 * @returns the postings; not to be used after {@link ConceptPostings.clear} or another call
 */
export function indexConcepts(conceptIds: readonly (Int32Array | undefined)[]): ConceptPostings {
  return installConcepts(conceptRuns(conceptIds));
}
