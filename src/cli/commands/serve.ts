import type { Command } from 'commander';
import { buildServer, DEFAULT_BODY_LIMIT } from '../../api/index.js';
import { createStore, DEFAULT_STORE_SPEC } from '../../stores/index.js';
import { EXIT, STORE_OPTION } from '../common.js';

interface ServeFlags {
  store?: string;
  host: string;
  port: string;
  bodyLimit: string;
  maxChars: string;
  log?: boolean;
}

const positiveInteger = (value: string, max: number): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the index over HTTP: POST /documents, DELETE /documents/:id, GET /stories, /stories/:id, /pairs/:a/:b, /report, /openapi.json; Ctrl-C stops')
    .option(...STORE_OPTION)
    .option('--host <host>', 'address to bind (anything but loopback exposes the index to the network)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--body-limit <bytes>', 'largest request body; larger ones get 413', String(DEFAULT_BODY_LIMIT))
    .option('--max-chars <n>', 'truncate posted documents longer than this many characters', '5000000')
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (flags: ServeFlags) => {
      const port = positiveInteger(flags.port, 65535);
      const bodyLimit = positiveInteger(flags.bodyLimit, Number.MAX_SAFE_INTEGER);
      const maxChars = positiveInteger(flags.maxChars, Number.MAX_SAFE_INTEGER);
      if (port === undefined || bodyLimit === undefined || bodyLimit < 1 || maxChars === undefined || maxChars < 1) {
        process.stderr.write('storytrace: --port, --body-limit and --max-chars need whole numbers (port 0-65535)\n');
        process.exitCode = EXIT.usage;
        return;
      }
      const store = await createStore(flags.store ?? DEFAULT_STORE_SPEC);
      const app = await buildServer(store, { bodyLimit, ingest: { maxChars }, logger: Boolean(flags.log) });
      const address = await app.listen({ host: flags.host, port });
      // Scripts (and the load bench) read the bound address from this line.
      process.stderr.write(`storytrace: listening on ${address}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await app.close();
      await store.close();
    });
}
