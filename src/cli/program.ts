import { Command } from 'commander';
import { registerAdd } from './commands/add.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerExplain } from './commands/explain.js';
import { registerIndex } from './commands/index-command.js';
import { registerRemove } from './commands/remove.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { checkOutputFiles } from './common.js';

/**
 * The storytrace command line: every command registered, nothing run. A command loads its
 * heavy modules (the pipeline, the HTTP server, the watcher) only when it runs, so `explain`,
 * `stories` and every `--help` start without them.
 * @returns the commander program, to be parsed by src/cli/main.ts
 */
export function buildProgram(): Command {
  const program = new Command()
    .name('storytrace')
    .description('Find every version of a news story in a pile of documents and explain how each came from another.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      '\nEnvironment:\n  STORYTRACE_LEXICON_LICENSES  licence families of lexicon packs to load: gpl, cc-by-sa-3.0 or both\n' +
        '                               (comma-separated; default both, combined in memory). See lexicons/README.md.\n' +
        '  STORYTRACE_LEXICON_CACHE     folder for combined lexicons (default ~/.cache/storytrace/lexicons; off: none)\n' +
        '\nExit codes:\n  0  ok (a bad document is a warning naming it; the rest goes on)\n  1  usage error (unknown option, bad value, an index or id that is not there)\n' +
        '  2  nothing to work on: no readable document in the input, or none of the ids to remove stored\n  3  a failure while running (the store cannot be opened or written, Redis gone)\n',
    );

  // An output file that cannot be written is a usage error before the work, not a failure after it.
  program.hook('preAction', async (_program, command) => checkOutputFiles(command.opts()));

  registerAnalyze(program);
  registerIndex(program);
  registerAdd(program);
  registerRemove(program);
  registerStories(program);
  registerExplain(program);
  registerReport(program);
  registerWatch(program);
  registerServe(program);
  registerWorker(program);
  return program;
}
