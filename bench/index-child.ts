// Indexes one JSONL file into a fresh SQLite store in its own process, so the peak RSS it
// reports belongs to indexing alone. Prints one JSON line. Used by measure-index.ts.
import { rmSync } from 'node:fs';
import { indexPaths } from '../src/pipeline.js';
import { createStore } from '../src/stores/index.js';

const [docsFile, dbPath] = process.argv.slice(2);
if (docsFile === undefined || dbPath === undefined) {
  console.error('usage: index-child.ts DOCS.jsonl DB.sqlite');
  process.exit(2);
}
rmSync(dbPath, { force: true });
const store = await createStore(`sqlite:${dbPath}`);
const stageSeconds: Record<string, number> = {};
let last = process.hrtime.bigint();
const start = last;
const report = await indexPaths([docsFile], store, {
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
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
}));
