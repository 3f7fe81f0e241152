import { verifyPair, type PairDocument, type PairResult } from '../relate/index.js';
import type { Store } from '../stores/store.js';
import type { StoredDocument } from '../stores/store.js';
import { analyzeSentences } from '../text/index.js';
import type { Sentence } from '../text/types.js';
import { toPairDocument } from './document-views.js';

/** Two stored documents and their verified relation, with the evidence. */
export interface Explanation {
  pair: PairResult;
  /** The verification views (their `sentences` are projected into the shared space when first read). */
  source: PairDocument;
  target: PairDocument;
  /**
   * Both documents' sentences as split from the stored clean text, for display: what the pair's
   * evidence indexes, without the lexicons that reading the views' sentences loads.
   */
  display: { source: DisplayedDocument; target: DisplayedDocument };
}

/** A document's id and its sentences as split, not projected. */
export interface DisplayedDocument {
  readonly id: string;
  readonly sentences: readonly Sentence[];
}

/** Thrown when an id given to {@link explainPair} is not in the store. */
export class MissingDocumentsError extends Error {
  /** @param ids the ids not found */
  constructor(readonly ids: readonly string[]) {
    super(`not in the store: ${ids.join(', ')}`);
  }
}

/** Options of {@link explainPair}. */
export interface ExplainOptions {
  /**
   * Verify the pair again even when the store holds its result. Default false: a pair compared
   * when it was indexed is shown as stored, the result `stories` and `report` show (its
   * documents are removed with their pairs when they change, so it is never stale).
   */
  verify?: boolean;
}

/**
 * The stored result of a pair, whichever way round it was stored, or undefined. A narrow read:
 * only the pairs of one of the two documents.
 */
async function storedPair(store: Store, idA: string, idB: string): Promise<PairResult | undefined> {
  if (idA === idB) return undefined;
  const pairs = await store.listPairs([idA]);
  return pairs.find((p) => (p.a === idA && p.b === idB) || (p.a === idB && p.b === idA));
}

/**
 * Explains two stored documents: the result stored when they were compared at indexing, or,
 * for a pair never compared (or with `verify`), a verification now. Either way the evidence
 * comes with both documents' sentences (for side-by-side display). Re-verifying a pair of long
 * articles took 2-3 s of CPU, most of it loading the lexicons and aligning sentences.
 * @param options `verify` (default false)
 * @throws when either id is not in the store
 */
export async function explainPair(store: Store, idA: string, idB: string, options: ExplainOptions = {}): Promise<Explanation> {
  const docs = await store.getDocuments([idA, idB]);
  const missing = [idA, idB].filter((id) => !docs.has(id));
  if (missing.length > 0) throw new MissingDocumentsError([...new Set(missing)]);
  const split = [idA, idB].map((id) => {
    const d = docs.get(id);
    if (!d) throw new Error(`not in the store: ${id}`);
    return { doc: d, sentences: analyzeSentences(d.cleanText, d.language) };
  });
  const [a, b] = split as [{ doc: StoredDocument; sentences: Sentence[] }, { doc: StoredDocument; sentences: Sentence[] }];
  // Views project their sentences into the shared space (loading the lexicons) only when read:
  // by a verification, not by a stored pair's display.
  const [viewA, viewB] = [toPairDocument(a.doc, a.sentences), toPairDocument(b.doc, b.sentences)];
  const pair = (options.verify === true ? undefined : await storedPair(store, idA, idB)) ?? verifyPair(viewA, viewB);
  const aFirst = (pair.source ?? pair.a) === idA;
  const shown = (side: typeof a): DisplayedDocument => ({ id: side.doc.id, sentences: side.sentences });
  return {
    pair,
    source: aFirst ? viewA : viewB,
    target: aFirst ? viewB : viewA,
    display: { source: shown(aFirst ? a : b), target: shown(aFirst ? b : a) },
  };
}
