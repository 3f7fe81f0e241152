import type { Command } from 'commander';
import { summarizeStore } from '../../pipeline/summarize-store.js';
import { loadStorySentences } from '../../pipeline/story-sentences.js';
import { renderHtmlReport } from '../../report/index.js';
import type { Store } from '../../stores/store.js';
import type { AnalysisResult } from '../../types.js';
import { emit, STORE_OPTION, UsageError, withStore } from '../common.js';

interface ReportFlags {
  store?: string;
  out?: string;
}

/** The HTML report of an analysis, with its members' sentences loaded from the store it came from. */
export async function htmlReportOf(store: Store, analysis: AnalysisResult): Promise<string> {
  return renderHtmlReport({ analysis, sentences: await loadStorySentences(store, analysis.stories) });
}

/**
 * `storytrace report` with no `--out` at a terminal would pour a whole HTML page over the
 * screen; it is a usage error that says how to get the file. Piped or redirected, stdout is fine.
 * @throws UsageError when there is no file and stdout is a terminal
 */
export function refuseHtmlOnTerminal(out: string | undefined, stdoutIsTerminal: boolean | undefined): void {
  if (out === undefined && stdoutIsTerminal === true) {
    throw new UsageError('the report is an HTML page: write it to a file with --out report.html (or redirect: > report.html), then open it in a browser');
  }
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the stories of an index as one self-contained HTML page: overview, story graphs, side-by-side evidence')
    .option(...STORE_OPTION)
    .option('--out <file>', 'write the HTML to this file (default: stdout, when it is not a terminal)')
    .action(async (flags: ReportFlags) => {
      refuseHtmlOnTerminal(flags.out, process.stdout.isTTY);
      const html = await withStore(flags.store, async (store) => htmlReportOf(store, await summarizeStore(store)), { existing: true, readOnly: true });
      await emit(html, flags.out);
      if (flags.out) process.stderr.write(`storytrace: report written to ${flags.out}\n`);
    });
}
