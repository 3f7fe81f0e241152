import type { AnalysisResult } from '../types.js';

/** The part of an analysis that some ids name, and the ids that named nothing. */
export interface StorySelection {
  analysis: AnalysisResult;
  unknown: string[];
}

/**
 * The stories named by story id or by the id of one of their documents, with their documents and
 * those documents' warnings; a named document in no story is kept as a document (so it is listed
 * as "in no story": the answer to "is this article anywhere?"). Order follows the analysis.
 * @param analysis the whole analysis
 * @param ids story ids or document ids, as `storytrace stories` lists them
 */
export function selectStories(analysis: AnalysisResult, ids: readonly string[]): StorySelection {
  const wanted = new Set(ids);
  const known = new Set(analysis.documents.map((d) => d.id));
  const stories = analysis.stories.filter((s) => wanted.has(s.id) || s.members.some((m) => wanted.has(m.document)));
  const keep = new Set([...stories.flatMap((s) => s.members.map((m) => m.document)), ...ids.filter((id) => known.has(id))]);
  const named = new Set([...stories.map((s) => s.id), ...keep]);
  return {
    analysis: {
      documents: analysis.documents.filter((d) => keep.has(d.id)),
      stories,
      warnings: analysis.warnings.filter((w) => keep.has(w.document)),
    },
    unknown: [...new Set(ids)].filter((id) => !named.has(id)),
  };
}
