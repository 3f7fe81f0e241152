import type { Command } from 'commander';
import { trackStoryChanges } from '../../pipeline/track-changes.js';
import { formatStoryChanges, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, reportNothingReadable, STORE_OPTION, withStore } from '../common.js';
import { progressReporter } from '../progress.js';

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('add documents to an existing index and print only what changed: new stories, new members, changed relations or origins, removed stories')
    .argument('<paths...>', 'folders, files (.txt .md .html .jsonl, .warc/.warc.gz crawls, RSS/Atom feeds, any of them .gz) or - for stdin')
    .option(...STORE_OPTION)
    .option('--json', 'print {added, unchanged, warnings, changes} as JSON')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: CommonOptions) => {
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { indexPaths } = await import('../../pipeline.js');
      const progress = progressReporter(Boolean(flags.quiet));
      const { result: report, changes } = await withStore(flags.store, (store) =>
        trackStoryChanges(store, () => indexPaths(paths, store, { onProgress: progress.onProgress })),
      { existing: true });
      progress.stop();
      if (flags.json) {
        await emit(JSON.stringify({ added: report.added, unchanged: report.unchanged, warnings: report.warnings, changes }, null, 2));
      } else {
        const lines = [formatStoryChanges(changes, styleFor(process.stdout.isTTY))];
        for (const w of report.warnings) lines.push(`warning: ${w.document}: ${w.message}`);
        await emit(lines.join('\n'));
      }
      if (report.added.length + report.unchanged.length === 0) reportNothingReadable(paths);
    });
}
