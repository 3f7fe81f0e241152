import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_BODY_LIMIT } from '../../api/body-limit.js';
import { createStore, DEFAULT_STORE_SPEC } from '../../stores/index.js';
import { MAX_CHARS_OPTION, parsePositiveInteger, STORE_OPTION } from '../common.js';

interface ServeFlags {
  store?: string;
  host: string;
  port: number;
  bodyLimit: number;
  maxChars: number;
  log?: boolean;
}

/** A TCP port, 0 (pick a free one) to 65535; anything else is a usage error. */
function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the index over HTTP: POST /documents, DELETE /documents/:id, GET /stories, /stories/:id, /pairs/:a/:b, /report, /openapi.json; Ctrl-C stops')
    .option(...STORE_OPTION)
    .option('--host <host>', 'address to bind (anything but loopback exposes the index to the network)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--body-limit <bytes>', 'largest request body; larger ones get 413', parsePositiveInteger, DEFAULT_BODY_LIMIT)
    .option(...MAX_CHARS_OPTION)
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (flags: ServeFlags) => {
      const { port, bodyLimit, maxChars } = flags;
      // Loaded when the command runs, so the other commands (and --help) do not load it (src/cli/program.ts).
      const { buildServer } = await import('../../api/index.js');
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
