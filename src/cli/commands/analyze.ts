import type { Command } from 'commander';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/ingest-options.js';
import { formatAnalysis, styleFor } from '../../report/index.js';
import { htmlReportOf } from './report.js';
import { type CommonOptions, emit, indexFileOf, MAX_CHARS_OPTION, reportNothingReadable, STORE_OPTION, tell, THREADS_OPTION, withStore } from '../common.js';
import { DEFAULT_STORE_SPEC } from '../../stores/index.js';
import { countNoun } from '../../report/count-noun.js';
import { progressReporter } from '../progress.js';

interface AnalyzeFlags extends CommonOptions {
  out?: string;
  html?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read documents, index them and print the stories they form (ingest, index and stories in one go)')
    .argument('<paths...>', 'folders (read recursively), files (.txt .md .html .jsonl, .warc/.warc.gz crawls, RSS/Atom feeds, any of them .gz) or - for stdin')
    .option(...STORE_OPTION)
    .option(...THREADS_OPTION)
    .option('--json', 'print the analysis as JSON (documents, stories, warnings)')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--html <file>', 'also write the HTML report (stories, graphs, side-by-side evidence) to this file')
    .option(...MAX_CHARS_OPTION)
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { indexPaths, summarizeStore } = await import('../../pipeline.js');
      const threads = flags.threads ?? 1;
      const progress = progressReporter(Boolean(flags.quiet));
      const indexPath = indexFileOf(flags.store ?? DEFAULT_STORE_SPEC);
      const result = await withStore(flags.store, async (store) => {
        const before = indexPath === undefined ? 0 : await store.countDocuments();
        // analyze adds to the index it is given; say so, or a second run seems to find old stories.
        if (indexPath !== undefined) {
          tell(before === 0 ? `storytrace: index ${indexPath}` : `storytrace: adding to index ${indexPath}, which holds ${countNoun(before, 'document')} (--store memory for a one-off run)`, flags.quiet);
        }
        const report = await indexPaths(paths, store, { onProgress: progress.onProgress, maxChars: flags.maxChars ?? DEFAULT_INGEST_OPTIONS.maxChars, threads });
        progress.stop();
        const analysis = await summarizeStore(store, report.warnings);
        return { report, result: analysis, html: flags.html ? await htmlReportOf(store, analysis) : undefined };
      });
      const text = flags.json ? JSON.stringify(result.result, null, 2) : formatAnalysis(result.result, styleFor(!flags.out && process.stdout.isTTY));
      await emit(text, flags.out);
      if (flags.out) tell(`storytrace: ${flags.json ? 'JSON' : 'summary'} written to ${flags.out}`, flags.quiet);
      if (flags.html && result.html !== undefined) {
        await emit(result.html, flags.html);
        tell(`storytrace: HTML report written to ${flags.html}`, flags.quiet);
      }
      if (result.report.added.length + result.report.unchanged.length === 0) reportNothingReadable(paths);
    });
}
