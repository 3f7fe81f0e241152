import type { Command } from 'commander';
import { EXIT, parsePositiveInteger, STORE_OPTION } from '../common.js';
import { DEFAULT_STORE_SPEC } from '../../stores/index.js';
import { queueUrlOf } from '../queue-option.js';

interface WorkerFlags {
  store?: string;
  queue?: string | true;
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  reconnectTimeout: number;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'take indexing jobs from the queue of `storytrace index --queue` (store batches, verify pairs) until stopped; ' +
        'run any number, on any machine that reaches the store and the queue. Ctrl-C / SIGTERM finishes the current job and exits; a second one exits at once (the job is retried once its lock expires)',
    )
    .option(...STORE_OPTION)
    .option('--queue [redis-url]', "the queue's Redis (redis://HOST:PORT or redis+cluster://HOST:PORT,…); default: the store's Redis")
    .option('--concurrency <n>', 'jobs at once in this process (one thread: more helps only while jobs wait on a remote store)', parsePositiveInteger, 1)
    .option('--lock-duration <ms>', 'a job not renewed for this long is taken for stalled and retried elsewhere', parsePositiveInteger, 30000)
    .option('--stalled-interval <ms>', 'how often to look for stalled jobs', parsePositiveInteger, 30000)
    .option('--reconnect-timeout <s>', 'how long to wait for a lost Redis to come back before exiting with an error', parsePositiveInteger, 30)
    .option('-q, --quiet', 'no line per job')
    .action(async (flags: WorkerFlags) => {
      const { startWorker } = await import('../../queue/index.js');
      const say = (line: string): void => void process.stderr.write(`storytrace worker: ${line}\n`);
      const worker = await startWorker({
        store: flags.store ?? DEFAULT_STORE_SPEC,
        queue: queueUrlOf(flags.queue ?? true, flags.store),
        concurrency: flags.concurrency,
        lockDurationMs: flags.lockDuration,
        stalledIntervalMs: flags.stalledInterval,
        reconnectTimeoutMs: flags.reconnectTimeout * 1000,
        log: (line) => {
          if (!flags.quiet || !line.startsWith('job ')) say(line);
        },
      });
      let signals = 0;
      const onSignal = (signal: string): void => {
        signals += 1;
        say(signals === 1 ? `${signal}: finishing the current job, then exiting (again to stop at once)` : `${signal}: stopping now; the current job is retried once its lock expires`);
        const stopped = worker.stop(signals > 1).catch((error: unknown) => say(`while stopping: ${error instanceof Error ? error.message : String(error)}`));
        // A forced stop leaves the job's code running against closed connections: end the process.
        if (signals > 1) void stopped.then(() => process.exit(EXIT.failure));
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      say('waiting for jobs');
      try {
        await worker.done;
      } catch (error) {
        process.exitCode = EXIT.failure;
        say(error instanceof Error ? error.message : String(error));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
