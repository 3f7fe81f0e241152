// Queue benchmark (issue 6): `storytrace index --queue` with 1 and 2 worker processes against
// the in-process SQLite run, on the same synthetic corpus, one run after the other.
//
// usage: node --import tsx bench/measure-queue.ts [--n 2000] [--work DIR]
// Needs redis-server and ../shared/bench/gen-corpus.mjs; prints a Markdown table and JSON.
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RedisServer, redisUnavailable } from '../test/stores/redis-servers.js';
import { cpuSeconds, generatedCorpus, runCli, WorkerProcess } from '../test/queue/queue-processes.js';

const { values: args } = parseArgs({ options: { n: { type: 'string', default: '2000' }, work: { type: 'string' } } });
const n = Number(args.n);
const work = args.work ?? join(tmpdir(), `storytrace-queue-bench-${process.pid}`);

interface Row {
  run: string;
  seconds: number;
  workerCpuSeconds: number;
  load: string;
}

const missing = redisUnavailable();
if (missing !== undefined) {
  console.log(`queue benchmark skipped: ${missing}`);
  process.exit(0);
}
mkdirSync(work, { recursive: true });
const corpus = generatedCorpus(n, join(work, 'corpus'));
if ('skip' in corpus) {
  console.log(`queue benchmark skipped: ${corpus.skip}`);
  process.exit(0);
}
const server = await RedisServer.start();
const queue = `redis://127.0.0.1:${server.port}`;
const rows: Row[] = [];
const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';

async function timed(run: string, args: string[], workers: number, store: string): Promise<void> {
  const pool = Array.from({ length: workers }, () => new WorkerProcess(store, queue, ['-q']));
  for (const w of pool) await w.waitFor(/waiting for jobs/);
  const before = load();
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`${run} failed: ${result.stderr}`);
  const workerCpuSeconds = pool.reduce((sum, w) => sum + cpuSeconds(w.pid), 0);
  for (const w of pool) await w.stop();
  rows.push({ run, seconds: result.ms / 1000, workerCpuSeconds, load: `${before} → ${load()}` });
  console.error(`${run}: ${(result.ms / 1000).toFixed(1)} s (load ${before} → ${load()})`);
}

try {
  const docs = corpus.path;
  await timed('in-process, SQLite', ['index', docs, '--store', `sqlite:${join(work, 'in-process.db')}`, '-q'], 0, '');
  await timed('queue, SQLite store, 1 worker', ['index', docs, '--store', `sqlite:${join(work, 'q1.db')}`, '--queue', queue, '-q'], 1, `sqlite:${join(work, 'q1.db')}`);
  await timed('queue, Redis store, 1 worker', ['index', docs, '--store', `${queue}?prefix=r1`, '--queue', '-q'], 1, `${queue}?prefix=r1`);
  await timed('queue, Redis store, 2 workers', ['index', docs, '--store', `${queue}?prefix=r2`, '--queue', '-q'], 2, `${queue}?prefix=r2`);
} finally {
  await server.stop();
  if (args.work === undefined) rmSync(work, { recursive: true, force: true });
}
const base = rows[0]?.seconds ?? 1;
const oneRedis = rows[2]?.seconds ?? 1;
console.log(`${n} documents (gen-corpus.mjs --seed 7), one run after the other\n`);
console.log('| run | wall s | × in-process | worker CPU s | load (1 min) before → after |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.run} | ${r.seconds.toFixed(1)} | ${(base / r.seconds).toFixed(2)} | ${r.workerCpuSeconds.toFixed(1)} | ${r.load} |`);
console.log(`\n2 workers vs 1 worker (Redis store): ${(oneRedis / (rows[3]?.seconds ?? 1)).toFixed(2)}×`);
console.log(JSON.stringify({ n, rows }));
