import { compareIds } from '../stores/compare-ids.js';
import type { Store, StoredDocument } from '../stores/store.js';
import type { AnalysisResult, AnalysisWarning } from '../types.js';
import { toSummary } from './document-views.js';

/** The analysis result for everything in a store, with the given run's warnings. */
export async function summarizeStore(store: Store, runWarnings: readonly AnalysisWarning[] = []): Promise<AnalysisResult> {
  const ids = await store.listDocumentIds();
  const { documents, warnings } = summarizeDocuments(ids, await store.getDocuments(ids), runWarnings);
  return { documents, stories: await store.listStories(), warnings };
}

/** Summaries of the documents found, in the order of `ids`, and the warnings, each listed once. */
function summarizeDocuments(ids: readonly string[], docs: ReadonlyMap<string, StoredDocument>, runWarnings: readonly AnalysisWarning[]): Omit<AnalysisResult, 'stories'> {
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
  return { documents, warnings };
}

/**
 * The analysis {@link summarizeStore} gives, narrowed to what `ids` need: every story, but only
 * the documents that are members of a story an id names, or are named themselves. Reads those
 * documents alone, not the whole store (on the 2,503-article SemEval pile, `stories ID` read
 * every article's text to print one story). Passed to `selectStories`, it selects what the
 * whole analysis would.
 * @param store the store
 * @param ids story ids or document ids, as `storytrace stories` lists them
 */
export async function summarizeStoriesOf(store: Store, ids: readonly string[]): Promise<AnalysisResult> {
  const wanted = new Set(ids);
  const stories = await store.listStories();
  const members = stories.filter((s) => wanted.has(s.id) || s.members.some((m) => wanted.has(m.document))).flatMap((s) => s.members.map((m) => m.document));
  const needed = [...new Set([...members, ...ids])].sort(compareIds);
  const { documents, warnings } = summarizeDocuments(needed, await store.getDocuments(needed), []);
  return { documents, stories, warnings };
}
