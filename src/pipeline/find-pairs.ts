import { groupKeys, rankCandidates, type CandidateOptions } from '../candidates/index.js';
import type { Store } from '../stores/store.js';

/** Sketch keys (bands, fingerprints) shared by more documents than this are boilerplate, not evidence. */
const MAX_SKETCH_POSTINGS = 500;
/** Terms in more documents than this weigh almost nothing (low IDF): only their count is read. */
const MAX_TERM_POSTINGS = 200;

/** Documents whose keys are looked up together (bounds the postings held in memory at once). */
const LOOKUP_GROUP = 100;

/** An unordered pair of document ids, smaller id first. */
export type IdPair = readonly [string, string];

/** The key a pair is known by in sets. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Candidate pairs of the given documents against everything in the store: exact content
 * duplicates, and each document's ranked candidates. A pair is found when either side ranks the
 * other, so the answer is the same whichever side is looked up first.
 * @param ids stored documents to look up
 * @returns pairs (a < b), each once, sorted
 */
export async function findCandidatePairs(ids: readonly string[], store: Store, options?: CandidateOptions): Promise<IdPair[]> {
  const docs = await store.getDocuments(ids);
  const total = await store.countDocuments();
  const found = new Map<string, IdPair>();
  const add = (x: string, y: string): void => {
    if (x !== y) found.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  };
  const byHash = await store.findByHash([...new Set([...docs.values()].map((d) => d.contentHash))]);
  for (const same of byHash.values()) for (const x of same) for (const y of same) add(x, y);
  for (let i = 0; i < ids.length; i += LOOKUP_GROUP) {
    const group = ids.slice(i, i + LOOKUP_GROUP).flatMap((id) => {
      const doc = docs.get(id);
      return doc ? [{ id, keys: groupKeys(doc.keys) }] : [];
    });
    // Documents of a batch share most of their terms: each key's postings are read once per
    // group instead of once per document. The postings of a key do not depend on who asks.
    const postings = new Map([
      ...(await store.lookupKeys(group.flatMap((d) => [...d.keys.bands, ...d.keys.fingerprints]), MAX_SKETCH_POSTINGS)),
      ...(await store.lookupKeys(group.flatMap((d) => d.keys.terms), MAX_TERM_POSTINGS)),
    ]);
    for (const { id, keys } of group) for (const c of rankCandidates(id, keys, postings, total, options)) add(id, c.id);
  }
  return [...found.values()].sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}
