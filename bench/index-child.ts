// Indexes one JSONL file into a fresh SQLite store (or the empty store a spec with "://"
// names, e.g. redis://…) in its own process, so the peak RSS it reports belongs to indexing
// alone. Prints one JSON line. Used by measure-index.ts and measure-redis.ts.
import { rmSync } from 'node:fs';
import { indexPaths } from '../src/pipeline.js';
import { createStore } from '../src/stores/index.js';

const [docsFile, dbPath, threadsArg] = process.argv.slice(2);
if (docsFile === undefined || dbPath === undefined) {
  console.error('usage: index-child.ts DOCS.jsonl DB.sqlite|STORE_SPEC [THREADS]');
  process.exit(2);
}
const isSpec = dbPath.includes('://');
if (!isSpec) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const threads = Number(threadsArg ?? 1);
const store = await createStore(isSpec ? dbPath : `sqlite:${dbPath}`);
const stageSeconds: Record<string, number> = {};
const stageCpuSeconds: Record<string, number> = {};
// Optional progress on stderr every N events of a stage (long runs: see the rate before the end).
const every = Number(process.env.STORYTRACE_BENCH_PROGRESS ?? 0);
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let last = process.hrtime.bigint();
let lastCpu = cpuNow();
const start = last;
const report = await indexPaths([docsFile], store, {
  threads,
  onProgress: (event) => {
    const now = process.hrtime.bigint();
    const cpu = cpuNow();
    stageSeconds[event.stage] = (stageSeconds[event.stage] ?? 0) + Number(now - last) / 1e9;
    stageCpuSeconds[event.stage] = (stageCpuSeconds[event.stage] ?? 0) + cpu - lastCpu;
    last = now;
    lastCpu = cpu;
    if (every > 0 && event.done % every === 0) {
      console.error(JSON.stringify({ stage: event.stage, done: event.done, total: event.total, wall: Number(now - start) / 1e9, cpu, rss: process.memoryUsage.rss() }));
    }
  },
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const documents = await store.countDocuments();
const pairs = await store.listPairs();
await store.close();
console.log(JSON.stringify({
  documents,
  seconds,
  pairsVerified: report.pairsVerified,
  pairsStored: pairs.length,
  warnings: report.warnings.length,
  stageSeconds,
  // CPU (all threads) between progress events, by the stage of the later event.
  stageCpuSeconds,
  threads,
  // User + system time of every thread of the process: the work done, whatever the neighbours' load.
  cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
}));
