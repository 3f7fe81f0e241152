import { compareIds } from '../stores/compare-ids.js';
import { KEY_PREFIX, type DocumentKeys } from './index-keys.js';
import { TERM_SELECTION } from './select-terms.js';

/** Options of candidate selection. */
export interface CandidateOptions {
  /** Fingerprints two documents must share to be a containment candidate (default 2). */
  minSharedFingerprints?: number;
  /** Candidates kept from the term path, best first (default 12). */
  maxTermCandidates?: number;
  /** Share of the query's IDF mass a term candidate must reach (default 0.15). */
  minTermShare?: number;
  /** Candidates kept in all, strongest first, so a corpus of look-alikes cannot blow up verification (default 40). */
  maxCandidates?: number;
  /**
   * Weight of a stem key against an anchor key of the same IDF (default 1 / the index's stem
   * rate): only a share of the stems is indexed but every anchor is, so without it anchors
   * would weigh several times what they weighed when every stem was a key.
   */
  stemWeight?: number;
}

/** Why a document is a candidate, per path. */
export interface Candidate {
  id: string;
  sharedBands: number;
  sharedFingerprints: number;
  /** Share of the query's IDF-weighted terms the candidate shares, 0..1. */
  termShare: number;
}

/** Postings as the store returns them: key → document count and ids. */
export type Postings = ReadonlyMap<string, { count: number; ids: readonly string[] }>;

/**
 * Picks the documents worth verifying against a query document from the postings of its keys.
 * A document sharing an LSH band or enough fingerprints is always kept; term candidates are
 * scored by the IDF mass they share (IDF from posting counts, so frequent keys weigh little)
 * and the best few kept. Keys whose postings were cut for being too frequent count as absent.
 * @param totalDocuments documents in the index (for IDF)
 * @returns at most `maxCandidates` candidates (most shared bands, then fingerprints, then terms), sorted by id (code units)
 */
export function rankCandidates(selfId: string, keys: DocumentKeys, postings: Postings, totalDocuments: number, options: CandidateOptions = {}): Candidate[] {
  const minFingerprints = options.minSharedFingerprints ?? 2;
  const maxTerms = options.maxTermCandidates ?? 12;
  const minShare = options.minTermShare ?? 0.15;
  const maxCandidates = options.maxCandidates ?? 40;
  const stemWeight = options.stemWeight ?? 1 / TERM_SELECTION.stemRate;
  const found = new Map<string, Candidate>();
  const get = (id: string): Candidate => {
    let c = found.get(id);
    if (!c) found.set(id, (c = { id, sharedBands: 0, sharedFingerprints: 0, termShare: 0 }));
    return c;
  };
  const each = (list: readonly string[], visit: (c: Candidate, key: string) => void): void => {
    for (const key of list) for (const id of postings.get(key)?.ids ?? []) if (id !== selfId) visit(get(id), key);
  };
  each(keys.bands, (c) => c.sharedBands++);
  each(keys.fingerprints, (c) => c.sharedFingerprints++);

  const n = Math.max(totalDocuments, 2);
  let selfMass = 0;
  // One map probe per posting (a mutable cell), not a get and a set: this loop visits every
  // posting of every term (tens of thousands per document). Same additions in the same order.
  const mass = new Map<string, { m: number }>();
  for (const key of keys.terms) {
    const posting = postings.get(key);
    const idf = Math.log(1 + n / (posting?.count ?? 1)) * (key.startsWith(KEY_PREFIX.term) ? stemWeight : 1);
    selfMass += idf;
    for (const id of posting?.ids ?? []) {
      if (id === selfId) continue;
      const cell = mass.get(id);
      if (cell === undefined) mass.set(id, { m: idf });
      else cell.m += idf;
    }
  }
  // Only documents over the share threshold get an object and a place in the sort: most of
  // the thousands of documents touched share a term or two. Ids compare by code units
  // (compareIds' order), not localeCompare: the same on every machine, and cheaper.
  const byTerms: { id: string; share: number }[] = [];
  if (selfMass > 0) {
    for (const [id, { m }] of mass) {
      const share = m / selfMass;
      if (share >= minShare) byTerms.push({ id, share });
    }
  }
  byTerms.sort((x, y) => y.share - x.share || byId(x, y));
  for (const [rank, x] of byTerms.entries()) {
    const known = found.get(x.id);
    if (known) known.termShare = x.share;
    else if (rank < maxTerms) get(x.id).termShare = x.share;
  }
  return [...found.values()]
    .filter((c) => c.sharedBands > 0 || c.sharedFingerprints >= minFingerprints || c.termShare >= minShare)
    .sort((x, y) => y.sharedBands - x.sharedBands || y.sharedFingerprints - x.sharedFingerprints || y.termShare - x.termShare || byId(x, y))
    .slice(0, maxCandidates)
    .sort(byId);
}

function byId(x: { id: string }, y: { id: string }): number {
  return compareIds(x.id, y.id);
}
