// One-off check of issue 6's "same answers" at a size CI does not run (CI runs 1,000
// documents in test/stores/redis-same-answers.test.ts and 1,200 in test/queue/): indexes one
// synthetic corpus into SQLite in process, then into Redis standalone and a 3-master Redis
// Cluster in process, then through the BullMQ queue with 1 and 2 worker processes, and
// compares every run's stories, relations and origins with SQLite's, byte for byte. Wall time
// and the workers' CPU seconds are printed beside each run.
//
// usage: node --import tsx bench/same-answers-scale.ts [--n 10000] [--buckets 16384] [--work DIR]
// Needs redis-server and ../shared/bench/gen-corpus.mjs (skips with a message otherwise).
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RedisCluster, RedisServer, redisUnavailable } from '../test/stores/redis-servers.js';
import { cpuSeconds, generatedCorpus, runCli, summaryJson, WorkerProcess } from '../test/queue/queue-processes.js';

const { values: args } = parseArgs({ options: { n: { type: 'string', default: '10000' }, buckets: { type: 'string', default: '16384' }, work: { type: 'string' } } });
const n = Number(args.n);
const buckets = Number(args.buckets);
const work = args.work ?? join(tmpdir(), `storytrace-same-scale-${process.pid}`);

interface Row {
  run: string;
  seconds: number;
  workerCpuSeconds: number;
  identical: boolean;
  stories: number;
}

const missing = redisUnavailable();
if (missing !== undefined) {
  console.log(`skipped: ${missing}`);
  process.exit(0);
}
mkdirSync(work, { recursive: true });
const corpus = generatedCorpus(n, join(work, 'corpus'));
if ('skip' in corpus) {
  console.log(`skipped: ${corpus.skip}`);
  process.exit(0);
}
const docs = corpus.path;
const server = await RedisServer.start();
const cluster = await RedisCluster.start();
const rows: Row[] = [];
let expected = '';

async function run(name: string, store: string, queue: string | undefined, workers: number): Promise<void> {
  const pool = Array.from({ length: workers }, () => new WorkerProcess(store, queue ?? store, ['-q']));
  for (const w of pool) await w.waitFor(/waiting for jobs/);
  const cli = ['index', docs, '--store', store, '-q', ...(queue === undefined ? [] : ['--queue', queue])];
  const result = await runCli(cli, 4 * 3600 * 1000);
  const workerCpuSeconds = pool.reduce((sum, w) => sum + cpuSeconds(w.pid), 0);
  for (const w of pool) await w.stop();
  if (result.code !== 0) throw new Error(`${name} failed: ${result.stderr.slice(-2000)}`);
  const summary = await summaryJson(store);
  if (expected === '') expected = summary;
  const stories = (JSON.parse(summary) as { stories: unknown[] }).stories.length;
  rows.push({ run: name, seconds: result.ms / 1000, workerCpuSeconds, identical: summary === expected, stories });
  console.error(`${name}: ${(result.ms / 1000).toFixed(1)} s, ${stories} stories, ${summary === expected ? 'identical to SQLite' : 'DIFFERENT from SQLite'}`);
}

try {
  const standalone = (prefix: string): string => `redis://127.0.0.1:${server.port}?prefix=${prefix}&buckets=${buckets}`;
  const clustered = (prefix: string): string => `redis+cluster://${cluster.addresses}?prefix=${prefix}&buckets=${buckets}`;
  await run('SQLite, in process', `sqlite:${join(work, 'in-process.db')}`, undefined, 0);
  await run('Redis standalone, in process', standalone('inproc'), undefined, 0);
  await run('Redis Cluster (3 masters), in process', clustered('inproc'), undefined, 0);
  await run('Redis standalone, queue, 1 worker', standalone('q1'), `redis://127.0.0.1:${server.port}`, 1);
  await run('Redis standalone, queue, 2 workers', standalone('q2'), `redis://127.0.0.1:${server.port}`, 2);
  await run('Redis Cluster, queue, 2 workers', clustered('q2'), `redis+cluster://${cluster.addresses}`, 2);
} finally {
  await server.stop();
  await cluster.stop();
  if (args.work === undefined) rmSync(work, { recursive: true, force: true });
}
console.log(`${n} documents (gen-corpus.mjs --seed 7), ${buckets} posting buckets, one run after the other\n`);
console.log('| run | wall s | worker CPU s | stories | same answers as SQLite |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.run} | ${r.seconds.toFixed(1)} | ${r.workerCpuSeconds.toFixed(1)} | ${r.stories} | ${r.identical ? 'yes' : '**no**'} |`);
const one = rows.find((r) => r.run.endsWith('1 worker'));
const two = rows.find((r) => r.run === 'Redis standalone, queue, 2 workers');
if (one && two) console.log(`\n2 workers vs 1 worker (Redis standalone): ${(one.seconds / two.seconds).toFixed(2)}× wall`);
console.log(JSON.stringify({ n, buckets, rows }));
if (rows.some((r) => !r.identical)) process.exitCode = 1;
