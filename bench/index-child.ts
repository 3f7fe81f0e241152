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
let last = process.hrtime.bigint();
const start = last;
const report = await indexPaths([docsFile], store, {
  threads,
  onProgress: (event) => {
    const now = process.hrtime.bigint();
    stageSeconds[event.stage] = (stageSeconds[event.stage] ?? 0) + Number(now - last) / 1e9;
    last = now;
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
  threads,
  // User + system time of every thread of the process: the work done, whatever the neighbours' load.
  cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
}));
