// CPU per document of the first indexing phase alone — read, boilerplate context, text stage,
// sketch, keys, store — with a checkout's own code (default this one), into a fresh SQLite file
// that is removed after. Candidates and verification (the second phase) are not run, so a large
// corpus measures the phase issue 6 sets a target for without waiting for the rest. CPU is of
// all the process's threads; `afterFirstBatch` leaves out the first batch, which pays the
// start-up (module loads, JIT, lexicons, worker threads). Run old and new checkouts one after
// the other, twice or more, and compare the ratios (the machine is shared). On Linux it also
// reports the main thread's own CPU and its time waiting for a core (schedstat).
//
// usage: node --import tsx bench/measure-first-phase.ts DOCS.jsonl [--threads N] [--limit N] [--repo DIR]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawDocument } from '../src/ingest/types.js';
import { cpuMs } from './stats.js';
import { cpuMsByThread, threadCpuList } from './thread-cpu.js';

type IngestModule = typeof import('../src/ingest/index.js');
type StoreBatchModule = typeof import('../src/pipeline/store-documents.js');
type PoolModule = typeof import('../src/pipeline/worker-pool.js');
type StoresModule = typeof import('../src/stores/index.js');
type PipelineModule = typeof import('../src/pipeline.js');

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string', default: '1' }, limit: { type: 'string' }, repo: { type: 'string' } },
});
const docsFile = positionals[0];
if (docsFile === undefined) {
  console.error('usage: measure-first-phase.ts DOCS.jsonl [--threads N] [--limit N] [--repo DIR]');
  process.exit(2);
}
const repo = resolve(args.repo ?? join(new URL('.', import.meta.url).pathname, '..'));
const threads = Number(args.threads);
const limit = args.limit === undefined ? Number.POSITIVE_INFINITY : Number(args.limit);

const { readInputs } = (await import(`${repo}/src/ingest/index.ts`)) as IngestModule;
const storeDocuments = (await import(`${repo}/src/pipeline/store-documents.ts`)) as Partial<StoreBatchModule> & Pick<StoreBatchModule, 'storeBatch'>;
const { createTaskRunner } = (await import(`${repo}/src/pipeline/worker-pool.ts`)) as PoolModule;
const { createStore } = (await import(`${repo}/src/stores/index.ts`)) as StoresModule;
const { BATCH_SIZE } = (await import(`${repo}/src/pipeline.ts`)) as PipelineModule;

/**
 * The main thread's time on a CPU and waiting for one (runnable, not running), in ms, from
 * Linux's schedstat; undefined elsewhere. The main thread writes the store, the first phase's
 * critical path with worker threads: its waiting time shows the workers (or the neighbours)
 * taking the cores from it.
 */
function mainThreadSchedMs(): { run: number; wait: number } | undefined {
  try {
    const [run = 0, wait = 0] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}

const db = join(tmpdir(), `storytrace-first-phase-${process.pid}.sqlite`);
const store = await createStore(`sqlite:${db}`);
const runner = createTaskRunner(threads);
// CPU by the stage of the progress event that ends it: `analyze` holds reading, the batch's
// boilerplate context and the text stage; `index` the store's writes.
const stageMs: Record<string, number> = {};
let last = cpuMs();
const progress = (event: { stage: string }): void => {
  const now = cpuMs();
  stageMs[event.stage] = (stageMs[event.stage] ?? 0) + now - last;
  last = now;
};
const start = last;
const schedStart = mainThreadSchedMs();
const wallStart = performance.now();
let firstBatchEnd: number | undefined;
// As the pipeline stores batches: analysing one while the one before is written where the
// checkout can (BatchWriter, session 6), else one after the other.
// With BatchWriter a batch is analysed while the one before is written, so no point in time
// separates the first batch's CPU from the rest: `afterFirstBatch` is then null.
const writer = storeDocuments.BatchWriter === undefined ? undefined : new storeDocuments.BatchWriter(store, runner, progress, () => undefined);
const storeRaws = async (raws: RawDocument[]): Promise<void> => {
  if (writer !== undefined) return writer.add(raws);
  await storeDocuments.storeBatch(raws, store, progress, runner);
  firstBatchEnd ??= cpuMs();
};
// Before the workers stop (their threads and counts go with them).
let threadsMs: number[] = [];
let batch: RawDocument[] = [];
let documents = 0;
try {
  for await (const item of readInputs([docsFile], {})) {
    if (item.kind !== 'document') continue;
    batch.push(item.document);
    documents += 1;
    if (batch.length >= BATCH_SIZE) {
      await storeRaws(batch);
      batch = [];
    }
    if (documents >= limit) break;
  }
  if (batch.length > 0) await storeRaws(batch);
  await writer?.finish();
  threadsMs = threadCpuList(cpuMsByThread());
} finally {
  await runner.close();
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}
const end = cpuMs();
const schedEnd = mainThreadSchedMs();
const perDocument = (ms: number): number => ms / Math.max(1, documents);
console.log(JSON.stringify({
  repo,
  threads,
  documents,
  cpuMsPerDocument: perDocument(end - start),
  afterFirstBatchCpuMsPerDocument: firstBatchEnd === undefined || documents <= BATCH_SIZE ? null : (end - firstBatchEnd) / (documents - BATCH_SIZE),
  mainThreadCpuMsPerDocument: schedStart && schedEnd ? perDocument(schedEnd.run - schedStart.run) : null,
  mainThreadWaitMsPerDocument: schedStart && schedEnd ? perDocument(schedEnd.wait - schedStart.wait) : null,
  wallSeconds: (performance.now() - wallStart) / 1000,
  threadCpuMs: threadsMs,
  stageCpuMs: Object.fromEntries(Object.entries(stageMs).map(([stage, ms]) => [stage, Math.round(ms)])),
}));
