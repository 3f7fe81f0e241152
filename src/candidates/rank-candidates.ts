import { compareIds } from '../stores/compare-ids.js';
import type { KeyPostings } from '../stores/key-postings.js';
import { KEY_PREFIX, type DocumentKeys } from './index-keys.js';
import { PlaceTally } from './place-tally.js';
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

/**
 * A document's postings: the answers of a lookup of sketch keys and of one of terms (the
 * store's `lookupPostings`, possibly asked for many documents at once) and where this document's
 * keys are in them: its bands from `sketchAt`, its fingerprints right after them, its terms from
 * `termsAt`, each in the order of its {@link DocumentKeys}.
 */
export interface DocumentPostings {
  sketch: KeyPostings;
  sketchAt: number;
  terms: KeyPostings;
  termsAt: number;
}

/** Tallies kept between calls (the ranking is synchronous: one document at a time). */
const bandTally = new PlaceTally();
const fingerprintTally = new PlaceTally();
const massTally = new PlaceTally();

/** Adds `amount(i)` to the tally of every document listed by keys `start .. start + length` of `answer`. */
function tallyKeys(answer: KeyPostings, start: number, length: number, tally: PlaceTally, amount: (i: number) => number): void {
  const { from, to, docs } = answer;
  for (let i = start; i < start + length; i++) {
    const end = to[i] ?? 0;
    const value = amount(i);
    for (let p = from[i] ?? 0; p < end; p++) tally.add(docs[p] ?? 0, value);
  }
}

/**
 * Picks the documents worth verifying against a query document from the postings of its keys.
 * A document sharing an LSH band or enough fingerprints is always kept; term candidates are
 * scored by the IDF mass they share (IDF from posting counts, so frequent keys weigh little)
 * and the best few kept. Keys whose postings were cut for being too frequent count as absent.
 * Shared keys are counted by a document's place in the answer, and its id read once.
 * @param postings the document's keys' postings
 * @param totalDocuments documents in the index (for IDF)
 * @returns at most `maxCandidates` candidates (most shared bands, then fingerprints, then terms), sorted by id (code units)
 */
export function rankCandidates(selfId: string, keys: DocumentKeys, postings: DocumentPostings, totalDocuments: number, options: CandidateOptions = {}): Candidate[] {
  try {
    return rankByTallies(selfId, keys, postings, totalDocuments, options);
  } finally {
    bandTally.clear();
    fingerprintTally.clear();
    massTally.clear();
  }
}

function rankByTallies(selfId: string, keys: DocumentKeys, postings: DocumentPostings, totalDocuments: number, options: CandidateOptions): Candidate[] {
  const minFingerprints = options.minSharedFingerprints ?? 2;
  const maxTerms = options.maxTermCandidates ?? 12;
  const minShare = options.minTermShare ?? 0.15;
  const maxCandidates = options.maxCandidates ?? 40;
  const stemWeight = options.stemWeight ?? 1 / TERM_SELECTION.stemRate;
  const { sketch, sketchAt, terms, termsAt } = postings;
  const found = new Map<string, Candidate>();
  const get = (id: string): Candidate => {
    let c = found.get(id);
    if (!c) found.set(id, (c = { id, sharedBands: 0, sharedFingerprints: 0, termShare: 0 }));
    return c;
  };
  tallyKeys(sketch, sketchAt, keys.bands.length, bandTally, () => 1);
  tallyKeys(sketch, sketchAt + keys.bands.length, keys.fingerprints.length, fingerprintTally, () => 1);
  for (const tally of [bandTally, fingerprintTally]) {
    for (let k = 0; k < tally.size; k++) {
      const place = tally.placeAt(k);
      const id = sketch.ids[place] ?? '';
      if (id === selfId) continue;
      const c = get(id);
      c.sharedBands = bandTally.sumOf(place);
      c.sharedFingerprints = fingerprintTally.sumOf(place);
    }
  }

  const n = Math.max(totalDocuments, 2);
  let selfMass = 0;
  // Each term's IDF added to every document it lists, by place, in the order of the terms (the
  // same additions in the same order as one sum per document id).
  tallyKeys(terms, termsAt, keys.terms.length, massTally, (i) => {
    const key = keys.terms[i - termsAt] ?? '';
    const idf = Math.log(1 + n / (terms.counts[i] || 1)) * (key.startsWith(KEY_PREFIX.term) ? stemWeight : 1);
    selfMass += idf;
    return idf;
  });
  // Only documents over the share threshold get an object and a place in the sort: most of
  // the thousands of documents touched share a term or two. Ids compare by code units
  // (compareIds' order), not localeCompare: the same on every machine, and cheaper.
  const byTerms: { id: string; share: number }[] = [];
  if (selfMass > 0) {
    for (let k = 0; k < massTally.size; k++) {
      const place = massTally.placeAt(k);
      const share = massTally.sumOf(place) / selfMass;
      const id = terms.ids[place] ?? '';
      if (share >= minShare && id !== selfId) byTerms.push({ id, share });
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
