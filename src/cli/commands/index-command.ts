import type { Command } from 'commander';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/index.js';
import { indexPaths } from '../../pipeline.js';
import { type CommonOptions, emit, EXIT, MAX_CHARS_OPTION, STORE_OPTION, THREADS_OPTION, withStore } from '../common.js';
import { progressReporter } from '../progress.js';
import { defaultThreads } from '../../pipeline/worker-pool.js';

export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('add documents to the index and update the stories, printing a summary')
    .argument('<paths...>', 'folders, files (.txt .md .html .jsonl, .warc/.warc.gz crawls, RSS/Atom feeds, any of them .gz) or - for stdin')
    .option(...STORE_OPTION)
    .option(...MAX_CHARS_OPTION)
    .option(...THREADS_OPTION)
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: CommonOptions) => {
      const threads = flags.threads ?? defaultThreads();
      const progress = progressReporter(Boolean(flags.quiet));
      const report = await withStore(flags.store, (store) => indexPaths(paths, store, { onProgress: progress.onProgress, maxChars: flags.maxChars ?? DEFAULT_INGEST_OPTIONS.maxChars, threads }));
      progress.stop();
      if (flags.json) await emit(JSON.stringify(report, null, 2));
      else {
        const lines = [`indexed ${report.added.length} new or changed, ${report.unchanged.length} unchanged, ${report.pairsVerified} pairs verified`];
        if (report.frequentKeys > 0) lines.push(`${report.frequentKeys} index keys shared by too many documents were left out of the candidate search (boilerplate)`);
        for (const w of report.warnings) lines.push(`warning: ${w.document}: ${w.message}`);
        await emit(lines.join('\n'));
      }
      if (report.added.length + report.unchanged.length === 0) process.exitCode = EXIT.nothingReadable;
    });
}
