import { rankCandidates, type CandidateOptions, type DocumentKeys, type DocumentPostings } from '../../src/candidates/index.js';
import { MAX_TERM_POSTINGS } from '../../src/pipeline/find-pairs.js';
import { keyPostingsOf, type KeyPosting } from '../../src/stores/key-postings.js';
import { measurePair, type PairDocument } from '../../src/relate/index.js';
import type { SynonymMap } from '../../src/synonyms/index.js';
import type { EvalDocument } from './eval-document.js';

/**
 * The verification score of a translation: the aligned-bead score of both sides, the smaller
 * one (what `classifyPair` compares with the language's threshold).
 */
export function beadScore(a: PairDocument, b: PairDocument, synonyms: SynonymMap | undefined): number {
  const [x, y] = a.id <= b.id ? [a, b] : [b, a];
  const stats = measurePair(x, y, synonyms);
  return Math.min(stats.a.beadScore, stats.b.beadScore);
}

/** An in-memory key index over documents: a key's count and (within the term limit) its ids. */
export type Postings = ReadonlyMap<string, KeyPosting>;

/** An in-memory key index over documents, its lists cut as the store's term lookup cuts them. */
export function buildPostings(docs: readonly EvalDocument[], which: 'keys' | 'pipelineKeys' = 'keys'): Postings {
  const index = new Map<string, string[]>();
  for (const d of docs) {
    const keys = d[which];
    for (const key of [...keys.bands, ...keys.fingerprints, ...keys.terms]) {
      const list = index.get(key);
      if (list) list.push(d.view.id);
      else index.set(key, [d.view.id]);
    }
  }
  const out = new Map<string, KeyPosting>();
  for (const [key, ids] of index) out.set(key, { count: ids.length, ids: ids.length > MAX_TERM_POSTINGS ? [] : [...ids].sort() });
  return out;
}

/** A query's keys looked up in the index, as the store's two lookups answer them. */
function lookUp(keys: DocumentKeys, postings: Postings): DocumentPostings {
  const find = (key: string): KeyPosting | undefined => postings.get(key);
  return { sketch: keyPostingsOf([...keys.bands, ...keys.fingerprints], find), sketchAt: 0, terms: keyPostingsOf(keys.terms, find), termsAt: 0 };
}

/** A query's candidates and their verification scores. */
export interface ScoredQuery {
  query: string;
  /** Candidate id → bead score; documents outside the candidate list were never verified. */
  scores: Map<string, number>;
  /** The best-scoring candidate (ties: smaller id), or undefined when there was none. */
  best: string | undefined;
}

/**
 * Runs one query through the candidate path (the index keys of the pipeline, ranked by
 * `rankCandidates`) and verifies every candidate by its bead score.
 * @param query the foreign document
 * @param postings the index of the collection ({@link buildPostings})
 * @param byId the collection's documents
 * @param all verify every document of the collection instead of the candidates only
 * @param options candidate options (default: the pipeline's)
 * @param which the query's keys matching how `postings` was built
 */
export function scoreQuery(query: EvalDocument, postings: Postings, byId: ReadonlyMap<string, EvalDocument>, synonyms: SynonymMap | undefined, all = false, options: CandidateOptions = {}, which: 'keys' | 'pipelineKeys' = 'keys'): ScoredQuery {
  const ids = all ? [...byId.keys()] : rankCandidates(query.view.id, query[which], lookUp(query[which], postings), byId.size, options).map((c) => c.id);
  const scores = new Map<string, number>();
  for (const id of ids.sort()) {
    const doc = byId.get(id);
    if (doc) scores.set(id, beadScore(query.view, doc.view, synonyms));
  }
  let best: string | undefined;
  let bestScore = -1;
  for (const [id, s] of scores) if (s > bestScore) [best, bestScore] = [id, s];
  return { query: query.view.id, scores, best };
}
