// The load generator of bench/api-load.ts, run as its own process so the server's event loop
// and the client's never share a core's time slice unnoticed: three autocannon instances at
// once against a running `storytrace serve` (GET /stories, GET /pairs/:a/:b, and a slow
// trickle of POST /documents), printing their results as one JSON object on stdout.
// Usage: node --import tsx bench/api-load-client.ts <base-url> <pair-path> <vocabulary-file> <seconds>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of an autocannon result the bench reads. */
export interface LoadResult {
  title: string;
  duration: number;
  latency: { p50: number; p99: number; max: number; average: number };
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

type Autocannon = (options: Record<string, unknown>) => Promise<LoadResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const [base, pairPath, vocabularyFile, secondsArg] = process.argv.slice(2);
if (!base || !pairPath || !vocabularyFile || !secondsArg) throw new Error('usage: api-load-client.ts <base-url> <pair-path> <vocabulary-file> <seconds>');
const duration = Number(secondsArg);
const words = readFileSync(vocabularyFile, 'utf8').split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w));

/** mulberry32: a seeded generator, so every run posts the same documents. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(42);
let posted = 0;

/** A new 180-word document of words drawn from the examples: like most arrivals, a version of nothing. */
function newDocument(): string {
  const sentences: string[] = [];
  for (let s = 0; s < 15; s++) {
    const sentence = Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)] ?? 'word').join(' ');
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return JSON.stringify({ id: `load-${++posted}`, text: sentences.join(' ') });
}

const runs = await Promise.all([
  autocannon({ title: 'GET /stories', url: `${base}/stories`, connections: 4, duration }),
  autocannon({ title: 'GET /pairs/:a/:b', url: `${base}${pairPath}`, connections: 4, duration }),
  // Two new documents a second: each is indexed, matched against the store and rebuilds the
  // stories while the reads go on.
  autocannon({
    title: 'POST /documents',
    url: `${base}/documents`,
    connections: 1,
    overallRate: 2,
    duration,
    requests: [{ method: 'POST', path: '/documents', headers: { 'content-type': 'application/json' }, setupRequest: (request: Record<string, unknown>) => ({ ...request, body: newDocument() }) }],
  }),
]);
process.stdout.write(`${JSON.stringify(runs)}\n`);
