import type { Command } from 'commander';
import { formatStoryChanges, styleFor } from '../../report/index.js';
import { createStore, DEFAULT_STORE_SPEC } from '../../stores/index.js';
import type { NewVersionEvent } from '../../watch/index.js';
import { type CommonOptions, parseMilliseconds, parsePositiveInteger, STORE_OPTION } from '../common.js';

interface WatchFlags extends CommonOptions {
  webhook?: string;
  debounce: number;
  retries: number;
  existing: boolean;
}

const line = (e: NewVersionEvent): string =>
  `new version in ${e.story}: ${e.document} is ${e.relation}${e.source ? ` of ${e.source}` : ''} (score ${e.evidence.score.toFixed(2)}, origin ${e.origin})`;

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('index files as they arrive in a folder and report each new version of a story (a copy, translation or rewrite joining it); Ctrl-C stops')
    .argument('<dir>', 'folder to watch (recursively; hidden files skipped)')
    .option(...STORE_OPTION)
    .option('--webhook <url>', 'also POST each new-version event as JSON to this URL (retried with backoff; failures are warnings)')
    .option('--retries <n>', 'tries per webhook event', parsePositiveInteger, 5)
    .option('--debounce <ms>', 'quiet time before a batch of arrived files is indexed', parseMilliseconds, 300)
    .option('--no-existing', 'do not index the files already in the folder at start')
    .option('--json', 'print one JSON event per line (JSON Lines) instead of text')
    .action(async (dir: string, flags: WatchFlags) => {
      const { retries, debounce } = flags;
      const warn = (document: string, message: string): void => void process.stderr.write(`warning: ${document}: ${message}\n`);
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { watchFolder, WebhookQueue } = await import('../../watch/index.js');
      const store = await createStore(flags.store ?? DEFAULT_STORE_SPEC);
      const webhook = flags.webhook ? new WebhookQueue({ url: flags.webhook, attempts: retries, onWarning: (m) => warn('webhook', m) }) : undefined;
      const style = styleFor(process.stdout.isTTY);
      const watching = watchFolder(dir, store, {
        debounceMs: debounce,
        indexExisting: flags.existing,
        ...(webhook ? { webhook } : {}),
        onEvent: (e) => void process.stdout.write(`${flags.json ? JSON.stringify(e) : line(e)}\n`),
        onBatch: (b) => {
          if (flags.json) return;
          const removed = b.removed.length > 0 ? `, removed ${b.removed.length} document(s) of deleted or rewritten files` : '';
          const head = (b.baseline ? `indexed ${b.added.length} existing file(s)` : `indexed ${b.added.length} arrived document(s)`) + removed;
          process.stderr.write(`${head}\n`);
          if (!b.baseline && b.events.length === 0 && b.changes.updated.length + b.changes.created.length + b.changes.removed.length > 0) {
            process.stderr.write(`${formatStoryChanges(b.changes, style)}\n`);
          }
        },
        onWarning: (w) => warn(w.document, w.message),
      });
      await watching.ready;
      process.stderr.write(`watching ${dir} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await watching.close();
      await webhook?.idle();
      await store.close();
    });
}
