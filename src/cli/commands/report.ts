import type { Command } from 'commander';
import { summarizeStore } from '../../pipeline.js';
import { loadStorySentences } from '../../pipeline/story-sentences.js';
import { renderHtmlReport } from '../../report/index.js';
import type { Store } from '../../stores/store.js';
import type { AnalysisResult } from '../../types.js';
import { emit, STORE_OPTION, withStore } from '../common.js';

interface ReportFlags {
  store?: string;
  out?: string;
}

/** The HTML report of an analysis, with its members' sentences loaded from the store it came from. */
export async function htmlReportOf(store: Store, analysis: AnalysisResult): Promise<string> {
  return renderHtmlReport({ analysis, sentences: await loadStorySentences(store, analysis.stories) });
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the stories of an index as one self-contained HTML page: overview, story graphs, side-by-side evidence')
    .option(...STORE_OPTION)
    .option('--out <file>', 'write the HTML to this file (default: stdout)')
    .action(async (flags: ReportFlags) => {
      const html = await withStore(flags.store, async (store) => htmlReportOf(store, await summarizeStore(store)), { existing: true });
      await emit(html, flags.out);
      if (flags.out) process.stderr.write(`storytrace: report written to ${flags.out}\n`);
    });
}
