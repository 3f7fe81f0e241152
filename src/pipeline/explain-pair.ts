import { verifyPair, type PairDocument, type PairResult } from '../relate/index.js';
import type { Store } from '../stores/store.js';
import { pairDocumentFromStore } from './document-views.js';

/** Two stored documents and their verified relation, with the evidence. */
export interface Explanation {
  pair: PairResult;
  source: PairDocument;
  target: PairDocument;
}

/** Thrown when an id given to {@link explainPair} is not in the store. */
export class MissingDocumentsError extends Error {
  /** @param ids the ids not found */
  constructor(readonly ids: readonly string[]) {
    super(`not in the store: ${ids.join(', ')}`);
  }
}

/**
 * Verifies two stored documents against each other, whether or not they were candidates, and
 * returns the evidence with both documents' sentences (for side-by-side display).
 * @throws when either id is not in the store
 */
export async function explainPair(store: Store, idA: string, idB: string): Promise<Explanation> {
  const docs = await store.getDocuments([idA, idB]);
  const missing = [idA, idB].filter((id) => !docs.has(id));
  if (missing.length > 0) throw new MissingDocumentsError([...new Set(missing)]);
  const views = [idA, idB].map((id) => {
    const d = docs.get(id);
    if (!d) throw new Error(`not in the store: ${id}`);
    return pairDocumentFromStore(d);
  });
  const [a, b] = views as [PairDocument, PairDocument];
  const pair = verifyPair(a, b);
  const sourceId = pair.source ?? pair.a;
  return { pair, source: sourceId === a.id ? a : b, target: sourceId === a.id ? b : a };
}
