import type { Command } from 'commander';
import { trackStoryChanges } from '../../pipeline/track-changes.js';
import { formatStoryChanges, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, EXIT, STORE_OPTION, withStore } from '../common.js';

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description('remove documents (and their pairs) from the index and print how the stories changed')
    .argument('<ids...>', 'document ids, as listed by `stories`')
    .option(...STORE_OPTION)
    .option('--json', 'print {removed, missing, changes} as JSON')
    .action(async (ids: string[], flags: CommonOptions) => {
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { removeDocuments } = await import('../../pipeline.js');
      const { result, changes } = await withStore(flags.store, (store) => trackStoryChanges(store, () => removeDocuments(ids, store)), { existing: true });
      if (flags.json) await emit(JSON.stringify({ ...result, changes }, null, 2));
      else {
        const lines = [formatStoryChanges(changes, styleFor(process.stdout.isTTY))];
        for (const id of result.missing) lines.push(`warning: ${id}: not in the store, nothing removed`);
        await emit(lines.join('\n'));
      }
      // Nothing to remove is a usage problem for scripts to notice, not a crash.
      if (result.removed.length === 0) process.exitCode = EXIT.nothingReadable;
    });
}
