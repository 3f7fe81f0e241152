import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnSync } from 'node:child_process';
import { summarizeStore } from '../../src/pipeline.js';
import { createStore } from '../../src/stores/index.js';

/**
 * Processes for queue tests: `storytrace worker` and `storytrace index --queue` started as the
 * user would start them, so the tests cover the CLI, the signals and the process boundaries.
 */

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const GEN_CORPUS = fileURLToPath(new URL('../../../shared/bench/gen-corpus.mjs', import.meta.url));

/** The examples folder. */
export const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

/** A running `storytrace worker`, with its stderr lines. */
export class WorkerProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(store: string, queue: string, extra: readonly string[] = []) {
    this.child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--store', store, '--queue', queue, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    let rest = '';
    this.child.stderr?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      this.lines.push(...parts);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Waits for a stderr line that matches, and returns it. */
  async waitFor(pattern: RegExp, timeoutMs = 120000): Promise<string> {
    for (let waited = 0; waited < timeoutMs; waited += 50) {
      const line = this.lines.find((l) => pattern.test(l));
      if (line !== undefined) return line;
      if (this.child.exitCode !== null) break;
      await sleep(50);
    }
    throw new Error(`worker printed no line matching ${pattern} (lines: ${this.lines.join(' | ')})`);
  }

  /** The process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends a signal. */
  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGTERMs the worker (it finishes its job) and waits for it to exit. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

/** What a CLI run printed. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI to the end. */
export function runCli(args: readonly string[], timeoutMs = 600000): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The analysis of everything in a store, as JSON: what the answers are compared by. */
export async function summaryJson(storeSpec: string): Promise<string> {
  const store = await createStore(storeSpec);
  try {
    return JSON.stringify(await summarizeStore(store), null, 1);
  } finally {
    await store.close();
  }
}

/**
 * A synthetic corpus from ../shared/bench/gen-corpus.mjs (docs.jsonl), or undefined with the
 * reason when ../shared is absent.
 */
export function generatedCorpus(n: number, dir: string): { path: string } | { skip: string } {
  if (!existsSync(GEN_CORPUS)) return { skip: `${GEN_CORPUS} is absent (../shared not checked out)` };
  const run = spawnSync(process.execPath, [GEN_CORPUS, '--n', String(n), '--out', dir, '--seed', '7'], { encoding: 'utf8' });
  if (run.status !== 0) return { skip: `gen-corpus.mjs failed: ${run.stderr}` };
  return { path: `${dir}/docs.jsonl` };
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
