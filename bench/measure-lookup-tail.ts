// The lookups a query makes at 1M documents, each warm (asked twice in a row, the second timed),
// with the process's CPU time beside the wall time: run it on a quiet machine for issue 6's p99
// (candidate lookup ≤ 100 µs at 1M documents, warm SQLite).
//   node --import tsx bench/measure-lookup-tail.ts DB.sqlite --cache QUERIES.json [--keys KEYS.tsv --copies 10] [--queries 2000] [--repo DIR] [--json] [--samples OUT.tsv]
// DB.sqlite: a keys-only store bench/measure-candidate-lookup.ts built (N documents × C copies).
// QUERIES.json: the queries (made from KEYS.tsv on the first run, which takes ≈ 30 s, then read
// back): Q stored documents spread over the store, and as many new ones (the same document's
// sketch keys as a copy never stored: bands and fingerprints with no posting, terms as stored).
// Per query and kind, wall µs and CPU µs (process.cpuUsage(): the whole process's time, all its
// threads, exact to the microsecond; waits for a core are not in it, so a CPU p99 well under the
// wall p99 says the tail was the neighbours', and one above it that another thread of the process,
// V8's GC helpers, ran beside the lookup), whether it was preempted, and whether a GC pause of the
// main thread overlapped it (PerformanceObserver 'gc' entries). Kinds:
//   band   lookupPostings(32 band keys, 500): what a near-duplicate finder asks
//   sketch lookupPostings(bands + fingerprints, 500): the pipeline's near-duplicate candidates
//   term   lookupPostings(terms + anchors, 200): its cross-lingual and rewrite candidates
//   whole  sketch + term lookups + rankCandidates: the pipeline's candidate lookup
// Prints a Markdown table over all queries (stored and new together), then one JSON line with
// the stored and new ones apart (--json: the JSON line alone). With --repo DIR the store and
// candidate code of that checkout are used (before/after). --samples writes every timed lookup
// (kind, side, query, wall µs, CPU µs, preempted, GC pause overlapped) as TSV, to set the slow
// ones beside their queries' shapes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Candidate, DocumentKeys, DocumentPostings } from '../src/candidates/index.js';
import type { Store } from '../src/stores/index.js';
import { copyId, copyKeys } from './copy-keys.js';
import { forEachLine } from './read-lines.js';
import { resample } from './resample-keys.js';
import { quantile, round } from './stats.js';

const SKETCH_LIMIT = 500;
const TERM_LIMIT = 200;

const args = process.argv.slice(2);
const [dbPath] = args;
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const cache = option('--cache');
const keysFile = option('--keys');
if (dbPath === undefined || dbPath.startsWith('--') || cache === undefined || (!existsSync(cache) && keysFile === undefined)) {
  console.error('usage: measure-lookup-tail.ts DB.sqlite --cache QUERIES.json [--keys KEYS.tsv --copies 10] [--queries 2000] [--repo DIR] [--json]');
  process.exit(2);
}
const copies = Number(option('--copies') ?? 10);
const queries = Number(option('--queries') ?? 2000);
const repo = resolve(option('--repo') ?? '.');
const jsonOnly = args.includes('--json');

interface Query {
  id: string;
  keys: DocumentKeys;
}

/** Every `every`-th stored document (copies counted), and the same document as a copy never stored. */
function readQueries(): { stored: Query[]; fresh: Query[] } {
  if (cache !== undefined && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as { stored: Query[]; fresh: Query[] };
  const lines = forEachLine(keysFile ?? '', () => undefined);
  const every = Math.max(1, Math.floor((lines * copies) / queries));
  const out: { stored: Query[]; fresh: Query[] } = { stored: [], fresh: [] };
  let seen = 0;
  forEachLine(keysFile ?? '', (line) => {
    const i = seen++;
    const tab = line.indexOf('\t');
    const original = line.slice(0, tab);
    const keys = resample(JSON.parse(line.slice(tab + 1)) as string[]);
    for (let c = 0; c < copies; c++) {
      if ((i * copies + c) % every !== 0) continue;
      out.stored.push({ id: copyId(original, c), keys: group(copyKeys(keys, c)) });
      out.fresh.push({ id: copyId(original, 1_000_003 + c), keys: group(copyKeys(keys, 1_000_003 + c)) });
    }
  });
  if (cache !== undefined) writeFileSync(cache, JSON.stringify(out));
  return out;
}

const candidates = (await import(pathToFileURL(`${repo}/src/candidates/index.ts`).href)) as {
  groupKeys: (keys: readonly string[]) => DocumentKeys;
  rankCandidates: (selfId: string, keys: DocumentKeys, postings: DocumentPostings, total: number) => Candidate[];
};
const group = candidates.groupKeys;
const { SqliteStore } = (await import(pathToFileURL(`${repo}/src/stores/index.ts`).href)) as { SqliteStore: new (path: string) => Store };

/** The process's CPU microseconds so far (user + system). */
function cpuUs(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

interface Sample {
  query: number;
  start: number;
  end: number;
  wall: number;
  cpu: number;
  preempted: boolean;
}

const asked = readQueries();
const store = new SqliteStore(dbPath);
const total = await store.countDocuments();
const opened = performance.now();
await store.lookupPostings(asked.stored[0]?.keys.bands ?? [], SKETCH_LIMIT);
const firstLookupMs = performance.now() - opened;
const memory = process.memoryUsage();

const kinds = {
  band: async (q: Query) => void (await store.lookupPostings(q.keys.bands, SKETCH_LIMIT)),
  sketch: async (q: Query) => void (await store.lookupPostings([...q.keys.bands, ...q.keys.fingerprints], SKETCH_LIMIT)),
  term: async (q: Query) => void (await store.lookupPostings(q.keys.terms, TERM_LIMIT)),
  whole: async (q: Query) => {
    const sketch = await store.lookupPostings([...q.keys.bands, ...q.keys.fingerprints], SKETCH_LIMIT);
    const terms = await store.lookupPostings(q.keys.terms, TERM_LIMIT);
    candidates.rankCandidates(q.id, q.keys, { sketch, sketchAt: 0, terms, termsAt: 0 }, total);
  },
} as const;
type Kind = keyof typeof kinds;

async function timed(kind: Kind, query: Query, at: number): Promise<Sample> {
  const switches = process.resourceUsage().involuntaryContextSwitches;
  const cpu0 = cpuUs();
  const start = performance.now();
  await kinds[kind](query);
  const end = performance.now();
  const wall = (end - start) * 1000;
  const cpu = cpuUs() - cpu0;
  return { query: at, start, end, wall, cpu, preempted: process.resourceUsage().involuntaryContextSwitches !== switches };
}

// The clock reads' own CPU (inside the window), taken off every sample.
const empty: number[] = [];
for (let i = 0; i < 2000; i++) {
  const a = cpuUs();
  empty.push(cpuUs() - a);
}
const clockCpu = quantile(empty, 0.5);

const names = Object.keys(kinds) as Kind[];
const samples = new Map<string, Sample[]>();
const add = (name: string, sample: Sample): void => {
  const list = samples.get(name) ?? [];
  list.push(sample);
  samples.set(name, list);
};
// GC pauses of the main thread (start and end, performance.now() ms), matched to samples after the run.
const pauses: { start: number; end: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
const count = Math.min(asked.stored.length, asked.fresh.length);
const started = performance.now();
for (let i = 0; i < count; i++) {
  for (const [side, query] of [['stored', asked.stored[i]], ['new', asked.fresh[i]]] as const) {
    if (query === undefined) continue;
    for (const kind of names) {
      await kinds[kind](query);
      const sample = await timed(kind, query, i);
      add(`${kind}, ${side}`, sample);
      add(`${kind}, all`, sample);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
await store.close();
// The observer's entries arrive on a later turn of the event loop.
await new Promise((done) => setTimeout(done, 50));
gcObserver.disconnect();
const paused = (s: Sample): boolean => pauses.some((p) => p.start < s.end && p.end > s.start);
const samplesFile = option('--samples');
if (samplesFile !== undefined) {
  const lines = ['kind\tside\tquery\twall\tcpu\tpreempted\tgcPaused'];
  for (const [name, list] of samples) {
    const [kind, side] = name.split(', ');
    if (side === 'all') continue;
    for (const s of list) lines.push([kind, side, s.query, round(s.wall, 1), Math.max(0, s.cpu - clockCpu), s.preempted ? 1 : 0, paused(s) ? 1 : 0].join('\t'));
  }
  writeFileSync(samplesFile, `${lines.join('\n')}\n`);
}

const summary = Object.fromEntries(
  [...samples].map(([name, list]) => {
    const cpu = list.map((s) => Math.max(0, s.cpu - clockCpu));
    return [
      name,
      {
        n: list.length,
        p50: round(quantile(list.map((s) => s.wall), 0.5), 1),
        p99: round(quantile(list.map((s) => s.wall), 0.99), 1),
        cpuP50: round(quantile(cpu, 0.5), 1),
        cpuP99: round(quantile(cpu, 0.99), 1),
        preempted: list.filter((s) => s.preempted).length,
        gcPaused: list.filter(paused).length,
        calmP99: round(quantile(list.filter((s) => !s.preempted).map((s) => s.wall), 0.99), 1),
        quietP99: round(quantile(list.filter((s) => !s.preempted && !paused(s)).map((s) => s.wall), 0.99), 1),
      },
    ];
  }),
);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
if (!jsonOnly) {
  console.log(`${total.toLocaleString('en')} documents, ${count} stored + ${count} new queries, warm; load ${load}; first lookup ${Math.round(firstLookupMs)} ms; typed arrays ${Math.round(memory.arrayBuffers / 1e6)} MB; ${round(seconds, 1)} s`);
  console.log('');
  console.log('| lookup (all queries) | p50 µs | p99 µs | CPU p50 µs | CPU p99 µs | preempted | p99 µs, not preempted | GC pause overlapped | p99 µs, neither |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of names) {
    const s = summary[`${kind}, all`];
    if (s !== undefined) console.log(`| ${kind} | ${s.p50} | ${s.p99} | ${s.cpuP50} | ${s.cpuP99} | ${s.preempted} / ${s.n} | ${s.calmP99} | ${s.gcPaused} | ${s.quietP99} |`);
  }
}
console.log(JSON.stringify({ repo, documents: total, queries: count, load, firstLookupMs: Math.round(firstLookupMs), arrayBuffersMB: Math.round(memory.arrayBuffers / 1e6), clockCpuUs: round(clockCpu, 1), ...summary }));
