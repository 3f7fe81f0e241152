import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../ingest/types.js';
import type { PairDocument, PairResult } from '../relate/index.js';
import type { BoilerplateContext } from '../text/index.js';
import type { AnalyzedDocument } from './analyze-documents.js';
import type { IdPair } from './find-pairs.js';
import { runPipelineTask, type PipelineAnswer, type PipelineTask } from './worker-tasks.js';

/** Threads by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs the pipeline's CPU work — text stage + sketch per document, verification per pair —
 * in the calling thread (`threads` 1) or spread over worker threads. Workers get plain data
 * and never touch the store: a memory store cannot be shared across threads, and a view
 * shipped to a worker costs less than rebuilding it there from the file (≈ 1 ms per document).
 * Every answer comes back in input order, so the result is identical for any thread count.
 */
export interface TaskRunner {
  readonly threads: number;
  /** Analyses documents of one batch against the batch's boilerplate context. */
  analyze(raws: readonly RawDocument[], context: BoilerplateContext): Promise<AnalyzedDocument[]>;
  /** Verifies pairs whose views are all in `views`; pairs with a missing view are skipped. */
  verify(views: ReadonlyMap<string, PairDocument>, pairs: readonly IdPair[]): Promise<PairResult[]>;
  /** Stops the worker threads (none in-process); the runner must not be used after. */
  close(): Promise<void>;
}

/**
 * A runner with `threads` threads of work: 1 (or less) runs in-process, more starts that many
 * workers on first use.
 */
export function createTaskRunner(threads: number): TaskRunner {
  return threads <= 1 ? inProcessRunner() : poolRunner(Math.floor(threads));
}

function verifyTask(views: ReadonlyMap<string, PairDocument>, pairs: readonly IdPair[]): PipelineTask {
  const index = new Map<string, number>();
  const shipped: PairDocument[] = [];
  const at = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      const view = views.get(id);
      i = view ? shipped.push(view) - 1 : -1;
      index.set(id, i);
    }
    return i;
  };
  const indexed: [number, number][] = [];
  for (const [a, b] of pairs) {
    const x = at(a);
    const y = at(b);
    if (x >= 0 && y >= 0) indexed.push([x, y]);
  }
  return { kind: 'verify', views: shipped, pairs: indexed };
}

function analyzed(answer: PipelineAnswer): AnalyzedDocument[] {
  if (answer.kind !== 'analyze') throw new Error('pipeline worker answered an analyze task with a verify result');
  return answer.docs;
}

function verified(answer: PipelineAnswer): PairResult[] {
  if (answer.kind !== 'verify') throw new Error('pipeline worker answered a verify task with an analyze result');
  return answer.pairs;
}

function inProcessRunner(): TaskRunner {
  return {
    threads: 1,
    analyze: async (raws, context) => analyzed(runPipelineTask({ kind: 'analyze', raws: [...raws], context })),
    verify: async (views, pairs) => verified(runPipelineTask(verifyTask(views, pairs))),
    close: async () => undefined,
  };
}

/** Chunks per thread and call: small enough to even out uneven documents, large enough to amortise messages. */
const CHUNKS_PER_THREAD = 4;

function chunks<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.max(1, Math.ceil(items.length / parts));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function poolRunner(threads: number): TaskRunner {
  const pool = new ThreadPool(threads);
  const parts = threads * CHUNKS_PER_THREAD;
  return {
    threads,
    analyze: async (raws, context) => {
      const answers = await Promise.all(chunks(raws, parts).map((raws) => pool.run({ kind: 'analyze', raws, context })));
      return answers.flatMap(analyzed);
    },
    verify: async (views, pairs) => {
      const answers = await Promise.all(chunks(pairs, parts).map((slice) => pool.run(verifyTask(views, slice))));
      return answers.flatMap(verified);
    },
    close: () => pool.close(),
  };
}

interface Job {
  task: PipelineTask;
  resolve: (answer: PipelineAnswer) => void;
  reject: (error: Error) => void;
}

/** What a worker posts back (see pipeline-worker.ts). */
interface WorkerReply {
  id: number;
  answer?: PipelineAnswer;
  error?: string;
}

// Built code runs the .js worker. Under the tsx loader (tests, `npm run bench`) this file is .ts
// and so is the worker; Node 20 does not carry the loader's hooks into worker threads, so the
// worker starts from a one-line script that loads it through tsx's own import API.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './pipeline-worker.ts' : './pipeline-worker.js', import.meta.url);

function newWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true });
}

/** A fixed set of worker threads taking jobs from one queue; started on first use. */
class ThreadPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, { id: number; job: Job }>();
  private readonly queue: Job[] = [];
  private started = false;
  private failure: Error | undefined;
  private nextId = 0;

  constructor(private readonly size: number) {}

  run(task: PipelineTask): Promise<PipelineAnswer> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.queue.push({ task, resolve, reject });
      this.start();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.fail(new Error('the pipeline thread pool was closed'));
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.size; i++) {
      const worker = newWorker();
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(new Error(`pipeline worker thread failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (this.busy.has(worker) || (code !== 0 && this.failure === undefined)) this.fail(new Error(`pipeline worker thread exited with code ${code}`));
      });
      this.idle.push(worker);
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const job = this.queue.shift();
      if (!worker || !job) return;
      const id = this.nextId++;
      this.busy.set(worker, { id, job });
      worker.postMessage({ id, task: job.task });
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const current = this.busy.get(worker);
    if (!current || current.id !== reply.id) return;
    this.busy.delete(worker);
    this.idle.push(worker);
    if (reply.answer) current.job.resolve(reply.answer);
    else current.job.reject(new Error(`pipeline worker thread: ${reply.error ?? 'no answer'}`));
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { job } of this.busy.values()) job.reject(error);
    this.busy.clear();
    for (const job of this.queue.splice(0)) job.reject(error);
  }
}
