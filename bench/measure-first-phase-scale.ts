// The first indexing phase over a large corpus (the 1M documents), into a fresh SQLite
// file, with one JSON line every N documents: wall time, docs/s and CPU ms/doc of the last
// interval and of the whole run (also split by thread on Linux: the main thread, the worker
// threads, the rest), RSS and store size, so growth shows as it happens. Same calls
// as the pipeline's first phase (readInputs, BatchWriter on a worker pool); no candidates or
// verification. The store file is kept (pass --db; remove it after).
//
// usage: node --import tsx bench/measure-first-phase-scale.ts DOCS.jsonl --db FILE.sqlite [--threads 2] [--every 50000]
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readInputs } from '../src/ingest/index.js';
import type { RawDocument } from '../src/ingest/types.js';
import { BATCH_SIZE } from '../src/pipeline.js';
import { BatchWriter } from '../src/pipeline/store-documents.js';
import { createTaskRunner } from '../src/pipeline/worker-pool.js';
import { createStore } from '../src/stores/index.js';
import { cpuMs } from './stats.js';
import { cpuMsByThread, threadCpuSplit } from './thread-cpu.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string', default: '2' }, every: { type: 'string', default: '50000' }, db: { type: 'string' } },
});
const file = positionals[0];
const db = args.db;
if (file === undefined || db === undefined) {
  console.error('usage: measure-first-phase-scale.ts DOCS.jsonl --db FILE.sqlite [--threads 2] [--every 50000]');
  process.exit(2);
}
if (existsSync(db)) {
  console.error(`${db} exists: give a fresh file`);
  process.exit(2);
}
const every = Number(args.every);
const store = await createStore(`sqlite:${db}`);
const runner = createTaskRunner(Number(args.threads));
const writer = new BatchWriter(store, runner, () => undefined, () => undefined);

const fileBytes = (): number => ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(db + suffix) ? statSync(db + suffix).size : 0), 0);
const t0 = performance.now();
const c0 = cpuMs();
const threads0 = cpuMsByThread();
let last = { t: t0, c: c0, n: 0, threads: threads0 };
let n = 0;
const report = (): void => {
  const t = performance.now();
  const c = cpuMs();
  const threads = cpuMsByThread();
  const interval = n - last.n;
  const split = (before: ReadonlyMap<string, number>, docs: number): Record<string, number> =>
    Object.fromEntries(Object.entries(threadCpuSplit(before, threads, Number(args.threads))).map(([part, ms]) => [part, +(ms / docs).toFixed(3)]));
  console.log(JSON.stringify({
    documents: n,
    wallS: +((t - t0) / 1000).toFixed(1),
    intervalDocsPerS: Math.round(interval / ((t - last.t) / 1000)),
    intervalCpuMsPerDoc: +((c - last.c) / interval).toFixed(3),
    cumulativeCpuMsPerDoc: +((c - c0) / n).toFixed(3),
    // The same CPU by thread (Linux): main thread, worker threads, the rest (V8's helper threads).
    intervalThreadMsPerDoc: split(last.threads, interval),
    cumulativeThreadMsPerDoc: split(threads0, n),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    storeMB: Math.round(fileBytes() / 1e6),
  }));
  last = { t, c, n, threads };
};

let batch: RawDocument[] = [];
for await (const item of readInputs([file], {})) {
  if (item.kind !== 'document') continue;
  batch.push(item.document);
  n += 1;
  if (batch.length >= BATCH_SIZE) { await writer.add(batch); batch = []; }
  if (n % every === 0) report();
}
if (batch.length > 0) await writer.add(batch);
await writer.finish();
if (n !== last.n) report();
await runner.close();
await store.close();
