import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../ingest/types.js';
import type { PairResult } from '../relate/index.js';
import type { Store } from '../stores/store.js';
import { mergeBoilerplateContexts, repeatedLinesOf, type BoilerplateContext } from '../text/index.js';
import { analyzeDocument, batchBoilerplateContext, type AnalyzedDocument } from './analyze-documents.js';
import type { IdPair } from './find-pairs.js';
import type { ViewCache } from './verify-pairs.js';
import { restoreAnalyzed, verifyWithViews, ViewList, type PipelineAnswer, type PipelineTask, type ViewStep } from './worker-tasks.js';

/**
 * Runs the pipeline's CPU work — text stage + sketch per document, verification per pair —
 * in the calling thread (`threads` 1) or spread over worker threads. Workers never touch the
 * store: a memory store cannot be shared across threads, and SQLite access stays in one place.
 * They get plain data instead: raw documents to analyse, whose views the worker keeps, and
 * for verification each stored document it does not hold a view of, once, from which it builds
 * and keeps one (shipping finished views from the main thread cost more there than the
 * verification it fed). Every answer comes back in input order, so the result is identical
 * for any thread count.
 */
export interface TaskRunner {
  readonly threads: number;
  /**
   * Starts analysing the documents of one batch against the batch's boilerplate context (see
   * batchBoilerplateContext), and resolves once the analysis itself is under way (with workers:
   * once the batch's context is counted and every chunk handed out) with its result to await.
   * The caller may then block this thread (a store write) without leaving the workers idle.
   */
  startAnalysis(raws: readonly RawDocument[]): Promise<{ analysed: Promise<AnalyzedDocument[]> }>;
  /**
   * Verifies pairs; views come from `views` in this thread, or are built in the worker from
   * documents read from `store`. Pairs with a document missing from the store are skipped.
   */
  verify(pairs: readonly IdPair[], views: ViewCache, store: Store): Promise<PairResult[]>;
  /** Stops the worker threads (none in-process); the runner must not be used after. */
  close(): Promise<void>;
}

/**
 * Calls with fewer documents or pairs than this run in the calling thread even when there are
 * workers: starting the threads (each loads the code, lexicons and synonyms) and shipping the
 * data cost more than they save on small work. On the examples (14 documents, 47 pairs), two
 * threads took 1.7 s of wall and 2.2 s of CPU against 1.2–1.3 s and 1.4 s in-process.
 */
export const MIN_PARALLEL_ITEMS = 64;

/**
 * A runner with `threads` threads of work: 1 (or less) runs in-process, more starts that many
 * workers on the first call with at least `minParallel` items (default {@link MIN_PARALLEL_ITEMS}).
 */
export function createTaskRunner(threads: number, minParallel = MIN_PARALLEL_ITEMS): TaskRunner {
  return threads <= 1 ? inProcessRunner() : poolRunner(Math.floor(threads), minParallel);
}

function analyzeHere(raws: readonly RawDocument[]): AnalyzedDocument[] {
  const context = batchBoilerplateContext(raws);
  return raws.map((raw) => analyzeDocument(raw, context));
}

function inProcessRunner(): TaskRunner {
  return {
    threads: 1,
    // A failure comes through `analysed`, as from workers: the caller stores the batch before first.
    startAnalysis: async (raws) => ({ analysed: new Promise((resolve) => resolve(analyzeHere(raws))) }),
    verify: async (pairs, views, store) => verifyWithViews(await views.get([...new Set(pairs.flat())], store), pairs),
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

function lineCounts(answer: PipelineAnswer): BoilerplateContext {
  if (answer.kind !== 'count-lines') throw new Error(`pipeline worker answered a count-lines task with a ${answer.kind} result`);
  return answer.context;
}

function analyzed(answer: PipelineAnswer): Extract<PipelineAnswer, { kind: 'analyze' }> {
  if (answer.kind !== 'analyze') throw new Error(`pipeline worker answered an analyze task with a ${answer.kind} result`);
  return answer;
}

function verified(answer: PipelineAnswer): PairResult[] {
  if (answer.kind !== 'verify') throw new Error(`pipeline worker answered a verify task with a ${answer.kind} result`);
  return answer.pairs;
}

function poolRunner(threads: number, minParallel: number): TaskRunner {
  const pool = new ThreadPool(threads);
  const local = inProcessRunner();
  // Per worker, the ids whose views it holds, in its list's order; `false` marks a view the
  // worker still holds (it counts for eviction) of a version analysed again since, which must
  // not be used: the worker gets the stored document again.
  const held = Array.from({ length: threads }, () => new ViewList<boolean>());
  const parts = threads * CHUNKS_PER_THREAD;
  // Names each chunk a worker keeps between its two analysis steps.
  let nextGroup = 0;
  let planning = Promise.resolve();
  return {
    threads,
    startAnalysis: async (raws) => {
      const markStale = (id: string): void => {
        for (const mirror of held) mirror.set(id, false);
      };
      if (raws.length < minParallel) {
        for (const raw of raws) markStale(raw.id);
        return local.startAnalysis(raws);
      }
      // The workers normalise the texts and count their lines; the batch's context is the sum
      // of the chunks' counts, sent back pruned to the counts that can mark a line repeated.
      const slices = chunks(raws, parts).map((slice) => ({ slice, group: nextGroup++ }));
      let context: BoilerplateContext;
      try {
        const counts = await Promise.all(slices.map(({ slice, group }, k) => pool.run(k % threads, { kind: 'count-lines', group, raws: slice })));
        context = repeatedLinesOf(mergeBoilerplateContexts(counts.map(lineCounts)));
      } catch (error) {
        // As a failed analysis: reported when the caller awaits it, after storing the batch before.
        return { analysed: Promise.reject(error instanceof Error ? error : new Error(String(error))) };
      }
      const answers = slices.map(async ({ slice, group }, k) => {
        const worker = k % threads;
        // The worker keeps each analysed document's view (see runPipelineTask), in this order;
        // a later chunk with the same id (a document read twice) marks this one stale.
        for (const raw of slice) {
          markStale(raw.id);
          held[worker]?.put(raw.id, true);
        }
        const answer = analyzed(await pool.run(worker, { kind: 'analyze', group, context }));
        return restoreAnalyzed(answer.docs, answer.keys, slice);
      });
      return { analysed: Promise.all(answers).then((parts) => parts.flat()) };
    },
    verify: async (pairs, views, store) => {
      if (pairs.length < minParallel) return local.verify(pairs, views, store);
      // Calls plan one at a time, so each worker's mirror changes in the order its messages go out.
      const previous = planning;
      let release = (): void => undefined;
      planning = new Promise((resolve) => (release = resolve));
      await previous;
      const answers: Promise<PipelineAnswer>[] = [];
      try {
        // Chunks go round-robin, so the steps for each worker are known before anything is sent.
        const slices = chunks(pairs, parts);
        const wanted = (k: number, id: string): boolean => held[k % threads]?.get(id) !== true;
        const docs = await store.getDocuments([...new Set(slices.flatMap((slice, k) => slice.flat().filter((id) => wanted(k, id))))]);
        for (const [k, slice] of slices.entries()) {
          const mirror = held[k % threads] ?? new ViewList<boolean>();
          const steps: ViewStep[] = [];
          for (const id of new Set(slice.flat())) {
            // Held when planned but dropped by an earlier chunk's additions, or stale: read it now.
            const usable = mirror.get(id) === true;
            const doc = usable ? undefined : (docs.get(id) ?? (await store.getDocuments([id])).get(id));
            if (doc) steps.push(doc);
            else if (usable) steps.push(id);
            else continue;
            mirror.put(id, true);
          }
          answers.push(pool.run(k % threads, { kind: 'verify', steps, pairs: slice }));
        }
      } finally {
        release();
      }
      return (await Promise.all(answers)).flatMap(verified);
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

/**
 * A fixed set of worker threads, started on first use. A job names its worker: each worker
 * answers its messages in the order sent, so the main thread knows what each one holds.
 */
class ThreadPool {
  private workers: Worker[] = [];
  private readonly pending = new Map<number, Job>();
  private failure: Error | undefined;
  private nextId = 0;

  constructor(private readonly size: number) {}

  run(worker: number, task: PipelineTask): Promise<PipelineAnswer> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      if (this.workers.length === 0) this.start();
      const id = this.nextId++;
      this.pending.set(id, { task, resolve, reject });
      this.workers[worker % this.size]?.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    this.fail(new Error('the pipeline thread pool was closed'));
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = newWorker();
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(new Error(`pipeline worker thread failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (this.failure === undefined) this.fail(new Error(`pipeline worker thread exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  private settle(reply: WorkerReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (reply.answer) job.resolve(reply.answer);
    else job.reject(new Error(`pipeline worker thread: ${reply.error ?? 'no answer'}`));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
