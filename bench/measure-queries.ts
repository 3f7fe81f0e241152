import { groupKeys, rankCandidates } from '../src/candidates/index.js';
import { pairDocumentFromStore } from '../src/pipeline/document-views.js';
import { MAX_SKETCH_POSTINGS, MAX_TERM_POSTINGS } from '../src/pipeline/find-pairs.js';
import { verifyPair } from '../src/relate/index.js';
import { createStore } from '../src/stores/index.js';
import { quantile, round, secondsSince } from './stats.js';

/** Latencies in microseconds. */
export interface Latency {
  samples: number;
  p50: number;
  p99: number;
}

/** Query-side latencies on an indexed SQLite store. */
export interface QueryResult {
  documents: number;
  /** lookupPostings of a document's LSH bands and fingerprints (the near-duplicate path). */
  sketchLookup: Latency;
  /** All of the pipeline's candidate lookup: sketch keys, terms and anchors, then rankCandidates. */
  candidateLookup: Latency;
  /** verifyPair on prepared PairDocuments, for candidate pairs (warm: second call timed). */
  verifyPair: Latency;
  /** The first call on each pair (past the first 10, which pay lazy loads and the JIT): per-sentence caches partly cold. */
  verifyPairFirst: Latency;
  /** Rebuilding a PairDocument from the store (sentence split + projection): paid per cache miss. */
  pairDocumentFromStore: Latency;
}


/** p50 and p99 of latencies in microseconds. */
export function latency(micros: readonly number[]): Latency {
  return { samples: micros.length, p50: round(quantile(micros, 0.5), 1), p99: round(quantile(micros, 0.99), 1) };
}

/**
 * Times candidate lookups for up to `queries` stored documents (warm: each query is run once
 * before it is timed) and verifyPair on up to `maxPairs` of the candidate pairs found.
 */
export async function measureQueries(dbPath: string, queries = 1000, maxPairs = 300): Promise<QueryResult> {
  const store = await createStore(`sqlite:${dbPath}`);
  try {
    const ids = (await store.listDocumentIds()).slice(0, queries);
    const docs = await store.getDocuments(ids);
    const total = await store.countDocuments();
    const sketchTimes: number[] = [];
    const candidateTimes: number[] = [];
    const pairs: [string, string][] = [];
    for (const id of ids) {
      const doc = docs.get(id);
      if (!doc) continue;
      const keys = groupKeys(doc.keys);
      const sketchKeys = [...keys.bands, ...keys.fingerprints];
      await store.lookupPostings(sketchKeys, MAX_SKETCH_POSTINGS);
      let start = process.hrtime.bigint();
      await store.lookupPostings(sketchKeys, MAX_SKETCH_POSTINGS);
      sketchTimes.push(secondsSince(start) * 1e6);
      start = process.hrtime.bigint();
      const sketch = await store.lookupPostings(sketchKeys, MAX_SKETCH_POSTINGS);
      const terms = await store.lookupPostings(keys.terms, MAX_TERM_POSTINGS);
      const found = rankCandidates(id, keys, { sketch, sketchAt: 0, terms, termsAt: 0 }, total);
      candidateTimes.push(secondsSince(start) * 1e6);
      for (const c of found) if (id < c.id && pairs.length < maxPairs) pairs.push([id, c.id]);
    }
    const viewTimes: number[] = [];
    const verifyTimes: number[] = [];
    const firstTimes: number[] = [];
    const views = new Map<string, ReturnType<typeof pairDocumentFromStore>>();
    const viewOf = async (id: string): Promise<ReturnType<typeof pairDocumentFromStore> | undefined> => {
      const known = views.get(id);
      if (known) return known;
      const doc = (await store.getDocuments([id])).get(id);
      if (!doc) return undefined;
      const start = process.hrtime.bigint();
      const view = pairDocumentFromStore(doc);
      viewTimes.push(secondsSince(start) * 1e6);
      views.set(id, view);
      return view;
    };
    for (const [a, b] of pairs) {
      const va = await viewOf(a);
      const vb = await viewOf(b);
      if (!va || !vb) continue;
      // The first ten first calls pay lazy loads (lexicons, synonyms) and the JIT: not query latency.
      let start = process.hrtime.bigint();
      verifyPair(va, vb);
      if (verifyTimes.length >= 10) firstTimes.push(secondsSince(start) * 1e6);
      start = process.hrtime.bigint();
      verifyPair(va, vb);
      verifyTimes.push(secondsSince(start) * 1e6);
    }
    return {
      documents: total,
      sketchLookup: latency(sketchTimes),
      candidateLookup: latency(candidateTimes),
      verifyPair: latency(verifyTimes),
      verifyPairFirst: latency(firstTimes),
      pairDocumentFromStore: latency(viewTimes),
    };
  } finally {
    await store.close();
  }
}
