import { RedisCluster, RedisServer, redisUnavailable } from '../test/stores/redis-servers.js';
import { measureIndex, type IndexResult } from './measure-index.js';

/** Memory of one Redis index, by kind of record. */
export interface RedisMemory {
  documents: number;
  keys: number;
  usedMemoryBytes: number;
  /** `MEMORY USAGE` summed per key family (documents, postings, hashes, pairs, index-wide). */
  byFamily: Record<string, { keys: number; bytes: number }>;
}

/** Indexing throughput of SQLite, Redis standalone and Redis Cluster on the same documents, and Redis bytes per document. */
export interface RedisResult {
  documents: number;
  sqlite: IndexResult;
  standalone: IndexResult;
  cluster: IndexResult | undefined;
  memory: RedisMemory;
}

// Key families of both layouts: layout 1 had one set per index key (`st:k:<key>`), layout 2
// has bucket hashes (`st:k:{k<n>}`) and version-name buckets (`st:n:{n<n>}`).
const FAMILIES: [string, RegExp][] = [
  ['document hashes (compressed text and keys, signature)', /^st:d:/],
  ['index-key postings', /^st:k:/],
  ['content-hash postings', /^st:h:/],
  ['version → id names', /^st:n:/],
  ['pairs and pair hints', /^st:[pr]:/],
  ['index-wide (ids, ledger, stories, meta, layout)', /^st:\{st\}/],
];

/**
 * Reads what the `st` index on a standalone server holds: documents, keys, `MEMORY USAGE` per
 * key family, and the growth of `INFO used_memory` over `baseline`.
 */
export function measureMemory(server: RedisServer, baseline: number): RedisMemory {
  const documents = Number(server.cli('scard', 'st:{st}:ids').trim());
  const keys = server.cli('--scan', '--pattern', 'st:*').split('\n').filter((k) => k !== '');
  const byFamily: Record<string, { keys: number; bytes: number }> = {};
  // MEMORY USAGE one key per redis-cli call would take minutes: feed them all through one pipe.
  const usage = server.cliInput(keys.map((k) => ['MEMORY', 'USAGE', k, 'SAMPLES', '0']));
  keys.forEach((key, i) => {
    const family = FAMILIES.find(([, pattern]) => pattern.test(key))?.[0] ?? 'other';
    const entry = byFamily[family] ?? { keys: 0, bytes: 0 };
    entry.keys += 1;
    entry.bytes += Number(usage[i] ?? 0);
    byFamily[family] = entry;
  });
  const used = Number(/used_memory:(\d+)/.exec(server.cli('info', 'memory'))?.[1] ?? 0);
  return { documents, keys: keys.length, usedMemoryBytes: used - baseline, byFamily };
}

/**
 * Indexes the same JSONL file into SQLite, a fresh standalone redis-server and a fresh
 * 3-master cluster (each in its own child process, one after the other, so the ratio is of
 * the same run), then reads the standalone server's memory per document.
 * @returns a reason string when redis-server is not installed or a run failed
 */
export async function measureRedis(docsFile: string, sqlitePath: string, log: (s: string) => void): Promise<RedisResult | { skip: string }> {
  const missing = redisUnavailable();
  if (missing !== undefined) return { skip: missing };
  log('indexPaths into SQLite (Redis comparison)');
  const sqlite = measureIndex(docsFile, sqlitePath);
  const server = await RedisServer.start();
  let cluster: RedisCluster | undefined;
  try {
    const baseline = Number(/used_memory:(\d+)/.exec(server.cli('info', 'memory'))?.[1] ?? 0);
    log(`indexPaths into redis-server on port ${server.port}`);
    const standalone = measureIndex(docsFile, `redis://127.0.0.1:${server.port}`);
    const memory = measureMemory(server, baseline);
    cluster = await RedisCluster.start();
    log(`indexPaths into a 3-master cluster (${cluster.addresses})`);
    const clustered = measureIndex(docsFile, `redis+cluster://${cluster.addresses}`);
    if (!sqlite || !standalone) return { skip: 'an indexing run failed (see above)' };
    return { documents: standalone.documents, sqlite, standalone, cluster: clustered, memory };
  } finally {
    await server.stop();
    await cluster?.stop();
  }
}
