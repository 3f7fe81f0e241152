import type { Command } from 'commander';
import { summarizeStore, summarizeStoriesOf } from '../../pipeline/summarize-store.js';
import { formatAnalysis, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, STORE_OPTION, UsageError, withStore } from '../common.js';
import { selectStories } from '../select-stories.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('print the stories of an index, or only those named by a story id or a document id')
    .argument('[ids...]', 'story ids or document ids (as listed by `stories`): print only the stories they name; a document in no story is listed as such')
    .option(...STORE_OPTION)
    .option('--json', 'print the analysis as JSON (documents, stories, warnings)')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .action(async (ids: string[], flags: CommonOptions & { out?: string }) => {
      // With ids, only the named stories' documents are read.
      const read = await withStore(flags.store, (store) => (ids.length > 0 ? summarizeStoriesOf(store, ids) : summarizeStore(store)), { existing: true, readOnly: true });
      const { analysis, unknown } = ids.length > 0 ? selectStories(read, ids) : { analysis: read, unknown: [] };
      if (unknown.length > 0) throw new UsageError(`no story or document with id ${unknown.join(', ')} (ids as \`storytrace stories\` lists them)`);
      await emit(flags.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis, styleFor(!flags.out && process.stdout.isTTY)), flags.out);
    });
}
