import type { Command } from 'commander';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/ingest-options.js';
import type { IndexReport } from '../../pipeline.js';
import type { QueueIndexReport } from '../../queue/index.js';
import type { ProgressEvent } from '../../types.js';
import { type CommonOptions, emit, MAX_CHARS_OPTION, reportNothingReadable, STORE_OPTION, tell, THREADS_OPTION, withStore } from '../common.js';
import { DEFAULT_STORE_SPEC } from '../../stores/index.js';
import { progressReporter } from '../progress.js';
import { queueUrlOf } from '../queue-option.js';
import { countNoun } from '../../report/count-noun.js';

interface IndexFlags extends CommonOptions {
  queue?: string | true;
}

async function indexThroughQueue(paths: string[], flags: IndexFlags, queue: string | true, onProgress: (e: ProgressEvent) => void): Promise<QueueIndexReport> {
  // Loaded only for queue runs, so in-process runs never load BullMQ.
  const { indexWithQueue } = await import('../../queue/index.js');
  const log = (line: string): void => void process.stderr.write(`storytrace: ${line}\n`);
  const maxChars = flags.maxChars ?? DEFAULT_INGEST_OPTIONS.maxChars;
  return indexWithQueue(paths, { store: flags.store ?? DEFAULT_STORE_SPEC, queue: queueUrlOf(queue, flags.store), log, onProgress, maxChars });
}

export function registerIndex(program: Command): void {
  program
    .command('index')
    .description('add documents to the index and update the stories, printing a summary')
    .argument('<paths...>', 'folders, files (.txt .md .html .jsonl, .warc/.warc.gz crawls, RSS/Atom feeds, any of them .gz) or - for stdin')
    .option(...STORE_OPTION)
    .option(...MAX_CHARS_OPTION)
    .option(...THREADS_OPTION)
    .option(
      '--queue [redis-url]',
      'have `storytrace worker` processes do the work through a BullMQ queue on this Redis (redis://HOST:PORT or redis+cluster://HOST:PORT,…; ' +
        "default: the store's Redis); the store must be one the workers reach (sqlite:PATH on this machine, or Redis)",
    )
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: IndexFlags) => {
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { indexPaths } = await import('../../pipeline.js');
      const threads = flags.threads ?? 1;
      const maxChars = flags.maxChars ?? DEFAULT_INGEST_OPTIONS.maxChars;
      const progress = progressReporter(Boolean(flags.quiet));
      let report: IndexReport;
      let jobs: QueueIndexReport['jobs'] | undefined;
      try {
        if (flags.queue === undefined) report = await withStore(flags.store, (store) => indexPaths(paths, store, { onProgress: progress.onProgress, maxChars, threads }));
        else {
          const queued = await indexThroughQueue(paths, flags, flags.queue, progress.onProgress);
          report = queued;
          jobs = queued.jobs;
        }
      } finally {
        progress.stop();
      }
      if (flags.json) await emit(JSON.stringify(report, null, 2));
      else {
        const lines = [`indexed ${report.added.length} new or changed, ${report.unchanged.length} unchanged, ${countNoun(report.pairsVerified, 'pair')} verified`];
        if (jobs) lines.push(`jobs: ${jobs.store} store, ${jobs.verify} verify, ${jobs.retried} retried`);
        if (report.frequentKeys > 0) lines.push(`${report.frequentKeys} index keys shared by too many documents were left out of the candidate search (boilerplate)`);
        for (const w of report.warnings) lines.push(`warning: ${w.document}: ${w.message}`);
        await emit(lines.join('\n'));
      }
      if (report.added.length + report.unchanged.length === 0) reportNothingReadable(paths);
      else if (!flags.json) {
        const store = flags.store === undefined ? '' : ` --store ${flags.store}`;
        tell(`storytrace: see the stories with "storytrace stories${store}" or "storytrace report${store} --out report.html"`, flags.quiet);
      }
    });
}
