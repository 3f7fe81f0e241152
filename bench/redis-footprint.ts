// Bytes and keys per document of the Redis store: indexes the first N documents of a JSONL
// file into a fresh standalone redis-server (in a child process, like measure-redis.ts) and
// prints `MEMORY USAGE` per key family and the growth of `INFO used_memory`.
//
// usage: node --import tsx bench/redis-footprint.ts DOCS.jsonl [N] [BUCKETS]
// (BUCKETS: the store spec's ?buckets=, default the store's own default)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisServer, redisUnavailable } from '../test/stores/redis-servers.js';
import { measureIndex } from './measure-index.js';
import { measureMemory } from './measure-redis.js';
import { writeSubset } from './prepare-corpus.js';

const [docsFile, countArg, bucketsArg] = process.argv.slice(2);
if (docsFile === undefined) {
  console.error('usage: redis-footprint.ts DOCS.jsonl [N] [BUCKETS]');
  process.exit(2);
}
const missing = redisUnavailable();
if (missing !== undefined) {
  console.log(`skipped: ${missing}`);
  process.exit(0);
}
const n = Number(countArg ?? 300);
const work = mkdtempSync(join(tmpdir(), 'storytrace-footprint-'));
const server = await RedisServer.start();
try {
  const subset = join(work, 'docs.jsonl');
  writeSubset(docsFile, subset, n);
  const baseline = Number(/used_memory:(\d+)/.exec(server.cli('info', 'memory'))?.[1] ?? 0);
  const run = measureIndex(subset, `redis://127.0.0.1:${server.port}${bucketsArg === undefined ? '' : `?buckets=${bucketsArg}`}`);
  if (run === undefined) throw new Error('indexing failed (see above)');
  const memory = measureMemory(server, baseline);
  const docs = Math.max(1, memory.documents);
  console.log(`${memory.documents} documents, ${bucketsArg ?? 'default'} buckets, ${run.seconds.toFixed(1)} s, ${run.pairsVerified} pairs verified\n`);
  console.log('| records | keys | keys / doc | bytes | bytes / doc |\n| --- | ---: | ---: | ---: | ---: |');
  const rows = Object.entries(memory.byFamily).sort(([, a], [, b]) => b.bytes - a.bytes);
  for (const [family, { keys, bytes }] of rows) {
    console.log(`| ${family} | ${keys.toLocaleString('en')} | ${(keys / docs).toFixed(2)} | ${bytes.toLocaleString('en')} | ${Math.round(bytes / docs).toLocaleString('en')} |`);
  }
  console.log(`| **all** (\`INFO used_memory\` growth) | ${memory.keys.toLocaleString('en')} | ${(memory.keys / docs).toFixed(2)} | ${memory.usedMemoryBytes.toLocaleString('en')} | **${Math.round(memory.usedMemoryBytes / docs).toLocaleString('en')}** |`);
  console.log(JSON.stringify({ n: memory.documents, seconds: run.seconds, memory }));
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
