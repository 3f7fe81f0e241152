import type { Store } from '../stores/store.js';
import type { AnalysisResult, AnalysisWarning } from '../types.js';
import { toSummary } from './document-views.js';

/** The analysis result for everything in a store, with the given run's warnings. */
export async function summarizeStore(store: Store, runWarnings: readonly AnalysisWarning[] = []): Promise<AnalysisResult> {
  const ids = await store.listDocumentIds();
  const docs = await store.getDocuments(ids);
  const documents = ids.flatMap((id) => {
    const d = docs.get(id);
    return d ? [toSummary(d)] : [];
  });
  // A document's read warnings are both run warnings and stored ones: list each once.
  const unique = new Map<string, AnalysisWarning>();
  for (const w of [...runWarnings, ...documents.flatMap((d) => d.warnings.map((message) => ({ document: d.id, message })))]) {
    unique.set(`${w.document}\u0000${w.message}`, w);
  }
  const warnings = [...unique.values()].sort((x, y) => x.document.localeCompare(y.document) || x.message.localeCompare(y.message));
  return { documents, stories: await store.listStories(), warnings };
}
