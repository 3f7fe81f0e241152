import { indexPaths, summarizeStore } from '../../src/pipeline.js';
import { loadStorySentences } from '../../src/pipeline/story-sentences.js';
import { renderHtmlReport } from '../../src/report/index.js';
import { createStore } from '../../src/stores/index.js';
import type { AnalysisResult } from '../../src/types.js';

/** The analysis and HTML report of some paths, through a fresh in-memory store. */
export async function reportOf(paths: string[]): Promise<{ analysis: AnalysisResult; html: string; sentences: ReadonlyMap<string, readonly string[]> }> {
  const store = await createStore('memory');
  try {
    const run = await indexPaths(paths, store);
    const analysis = await summarizeStore(store, run.warnings);
    const sentences = await loadStorySentences(store, analysis.stories);
    return { analysis, html: renderHtmlReport({ analysis, sentences }), sentences };
  } finally {
    await store.close();
  }
}
