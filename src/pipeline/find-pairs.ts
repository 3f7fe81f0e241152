import { groupKeys, rankCandidates, type CandidateOptions } from '../candidates/index.js';
import type { Store } from '../stores/store.js';

/** Sketch keys (bands, fingerprints) shared by more documents than this are boilerplate, not evidence. */
export const MAX_SKETCH_POSTINGS = 500;
/** Terms in more documents than this weigh almost nothing (low IDF): only their count is read. */
export const MAX_TERM_POSTINGS = 200;
/**
 * Exact duplicates a document is paired with: the first few of its group by id. Pairing every
 * copy with every other made n² pairs (10,000 copies of one line: 50 million verifications);
 * a star around the first ids puts the whole group in one story all the same.
 */
export const MAX_IDENTICAL_PARTNERS = 3;

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
 * duplicates (the first {@link MAX_IDENTICAL_PARTNERS} of the group), and each document's
 * ranked candidates. A pair is found when either side ranks the other, so the answer is the
 * same whichever side is looked up first.
 * @param ids stored documents to look up
 * @param frequent receives the keys left out for being shared by too many documents (sketch
 *   keys over 500, terms over 200, `hash:` groups of exact duplicates over the partner cap)
 * @param betweenGroups awaited after each group of lookups (a queue job gives its lock timer a turn)
 * @returns pairs (a < b), each once, sorted
 */
export async function findCandidatePairs(
  ids: readonly string[],
  store: Store,
  options?: CandidateOptions,
  frequent?: Set<string>,
  betweenGroups?: () => Promise<void>,
): Promise<IdPair[]> {
  const docs = await store.getDocuments(ids);
  const total = await store.countDocuments();
  const found = new Map<string, IdPair>();
  const add = (x: string, y: string): void => {
    if (x !== y) found.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  };
  const byHash = await store.findByHash([...new Set([...docs.values()].map((d) => d.contentHash))]);
  for (const [hash, same] of byHash) {
    if (same.length > MAX_IDENTICAL_PARTNERS + 1) frequent?.add(`hash:${hash}`);
    const head = same.slice(0, MAX_IDENTICAL_PARTNERS + 1);
    for (const x of same) if (docs.has(x)) for (const y of head.filter((z) => z !== x).slice(0, MAX_IDENTICAL_PARTNERS)) add(x, y);
  }
  for (let i = 0; i < ids.length; i += LOOKUP_GROUP) {
    const group = ids.slice(i, i + LOOKUP_GROUP).flatMap((id) => {
      const doc = docs.get(id);
      return doc ? [{ id, keys: groupKeys(doc.keys) }] : [];
    });
    // Documents of a batch share most of their terms: each key's postings are read once per
    // group instead of once per document. The postings of a key do not depend on who asks.
    const sketchKeys: string[] = [];
    const termKeys: string[] = [];
    for (const { keys } of group) {
      sketchKeys.push(...keys.bands, ...keys.fingerprints);
      termKeys.push(...keys.terms);
    }
    const sketch = await store.lookupPostings(sketchKeys, MAX_SKETCH_POSTINGS);
    const terms = await store.lookupPostings(termKeys, MAX_TERM_POSTINGS);
    if (frequent) {
      for (const [asked, answer] of [[sketchKeys, sketch], [termKeys, terms]] as const) {
        asked.forEach((key, k) => {
          if ((answer.counts[k] ?? 0) > 0 && answer.from[k] === answer.to[k]) frequent.add(key);
        });
      }
    }
    // Each document's keys start where the keys of the documents before it end.
    let sketchAt = 0;
    let termsAt = 0;
    for (const { id, keys } of group) {
      for (const c of rankCandidates(id, keys, { sketch, sketchAt, terms, termsAt }, total, options)) add(id, c.id);
      sketchAt += keys.bands.length + keys.fingerprints.length;
      termsAt += keys.terms.length;
    }
    await betweenGroups?.();
  }
  return [...found.values()].sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}
