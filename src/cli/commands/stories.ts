import type { Command } from 'commander';
import { summarizeStore } from '../../pipeline.js';
import { formatAnalysis, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, STORE_OPTION, withStore } from '../common.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('print the stories of an index')
    .option(...STORE_OPTION)
    .option('--json', 'print the analysis as JSON (documents, stories, warnings)')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .action(async (flags: CommonOptions & { out?: string }) => {
      const result = await withStore(flags.store, (store) => summarizeStore(store), { existing: true });
      await emit(flags.json ? JSON.stringify(result, null, 2) : formatAnalysis(result, styleFor(!flags.out && process.stdout.isTTY)), flags.out);
    });
}
