// The LSH band lookup alone (`lookupKeys(bands, 500)`, a document's 32 band keys: what a
// near-duplicate finder asks) in a keys-only SQLite store that bench/measure-candidate-lookup.ts
// built (N documents × C copies), with what sets its tail, query by query:
//   node --import tsx bench/measure-band-lookup.ts KEYS.tsv DB.sqlite [--copies 10] [--queries 2000] [--cache FILE] [--repo DIR]
// Queries: Q stored documents spread over the store, and as many new ones (band keys of a copy
// not stored: no posting). Each is asked twice in a row ("warm": the second call is timed, as
// session 8 measured) and the first call is timed too ("first": caches as the previous query
// left them). Per query it records the wall time, the main thread's CPU time
// (/proc/thread-self/schedstat: the scheduler's nanoseconds on a core for this thread alone, so
// neither waits for a core nor the GC's helper threads count, which process.cpuUsage() would
// mix in), whether the process was preempted (involuntary context switches), whether a V8 GC
// overlapped it (PerformanceObserver 'gc'), and minor page faults. With --repo DIR the store
// code of that checkout is used (before/after). --cache FILE keeps the query keys between runs
// (reading the keys file takes ≈ 30 s). Prints one JSON line.
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupKeys } from '../src/candidates/index.js';
import type { Store } from '../src/stores/index.js';
import { copyKeys } from './copy-keys.js';
import { forEachLine } from './read-lines.js';
import { resample } from './resample-keys.js';
import { quantile, round } from './stats.js';

const args = process.argv.slice(2);
const [keysFile, dbPath] = args;
if (keysFile === undefined || dbPath === undefined) {
  console.error('usage: measure-band-lookup.ts KEYS.tsv DB.sqlite [--copies 10] [--queries 2000] [--cache FILE] [--repo DIR]');
  process.exit(2);
}
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const copies = Number(option('--copies') ?? 10);
const queries = Number(option('--queries') ?? 2000);
const cache = option('--cache');
const repo = resolve(option('--repo') ?? '.');

interface Queries {
  stored: string[][];
  fresh: string[][];
}

/** Band keys of every `every`-th stored document (copies counted), and of a copy never stored. */
function readQueries(): Queries {
  if (cache !== undefined && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Queries;
  const lines = forEachLine(keysFile ?? '', () => undefined);
  const every = Math.max(1, Math.floor((lines * copies) / queries));
  const out: Queries = { stored: [], fresh: [] };
  let seen = 0;
  forEachLine(keysFile ?? '', (line) => {
    const i = seen++;
    const tab = line.indexOf('\t');
    const keys = resample(JSON.parse(line.slice(tab + 1)) as string[]);
    for (let c = 0; c < copies; c++) {
      if ((i * copies + c) % every !== 0) continue;
      out.stored.push(groupKeys(copyKeys(keys, c)).bands);
      out.fresh.push(groupKeys(copyKeys(keys, 1_000_003 + c)).bands);
    }
  });
  if (cache !== undefined) writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** This thread's on-CPU nanoseconds (the scheduler's count), read with one pread. */
const schedstat = openSync('/proc/thread-self/schedstat', 'r');
const statBuffer = Buffer.alloc(64);
function threadCpuNs(): number {
  const n = readSync(schedstat, statBuffer, 0, 64, 0);
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = statBuffer[i] ?? 32;
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  return value;
}

const gcs: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcs.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ entryTypes: ['gc'] });

interface Sample {
  wall: number;
  cpu: number;
  start: number;
  preempted: boolean;
  faults: number;
}

const { SqliteStore } = (await import(pathToFileURL(`${repo}/src/stores/index.ts`).href)) as { SqliteStore: new (path: string) => Store };
const asked = readQueries();
const store = new SqliteStore(dbPath);
const opened = performance.now();
await store.lookupKeys(asked.stored[0] ?? [], 500);
const firstLookupMs = performance.now() - opened;
const memory = process.memoryUsage();

async function timed(keys: readonly string[]): Promise<Sample> {
  const usage = process.resourceUsage();
  const cpu0 = threadCpuNs();
  const start = performance.now();
  await store.lookupKeys(keys, 500);
  const wall = (performance.now() - start) * 1000;
  const cpu = (threadCpuNs() - cpu0) / 1000;
  const after = process.resourceUsage();
  return {
    wall,
    cpu,
    start,
    preempted: after.involuntaryContextSwitches !== usage.involuntaryContextSwitches,
    faults: after.minorPageFault - usage.minorPageFault,
  };
}

// The clock reads' own CPU (the two preads inside the window), taken off every sample.
const empty: number[] = [];
for (let i = 0; i < 2000; i++) {
  const a = threadCpuNs();
  empty.push((threadCpuNs() - a) / 1000);
}
const clockCpu = quantile(empty, 0.5);

const samples: Record<string, Sample[]> = { 'stored, warm': [], 'new, warm': [], 'stored, first': [], 'new, first': [] };
const count = Math.min(asked.stored.length, asked.fresh.length);
for (let i = 0; i < count; i++) {
  for (const [kind, keys] of [['stored', asked.stored[i] ?? []], ['new', asked.fresh[i] ?? []]] as const) {
    samples[`${kind}, first`]?.push(await timed(keys));
    samples[`${kind}, warm`]?.push(await timed(keys));
  }
}
const gcOverlaps = (s: Sample): boolean => gcs.some((g) => g.start < s.start + s.wall / 1000 && g.end > s.start);
const summary = Object.fromEntries(
  Object.entries(samples).map(([kind, list]) => {
    const cpu = list.map((s) => Math.max(0, s.cpu - clockCpu));
    const calm = list.filter((s) => !s.preempted && !gcOverlaps(s));
    return [
      kind,
      {
        n: list.length,
        p50: round(quantile(list.map((s) => s.wall), 0.5), 1),
        p90: round(quantile(list.map((s) => s.wall), 0.9), 1),
        p99: round(quantile(list.map((s) => s.wall), 0.99), 1),
        max: round(Math.max(...list.map((s) => s.wall)), 1),
        cpuP50: round(quantile(cpu, 0.5), 1),
        cpuP99: round(quantile(cpu, 0.99), 1),
        preempted: list.filter((s) => s.preempted).length,
        gc: list.filter(gcOverlaps).length,
        faulted: list.filter((s) => s.faults > 0).length,
        calmP99: round(quantile(calm.map((s) => s.wall), 0.99), 1),
      },
    ];
  }),
);
closeSync(schedstat);
await store.close();
console.log(
  JSON.stringify({
    repo,
    queries: count,
    firstLookupMs: Math.round(firstLookupMs),
    arrayBuffersMB: Math.round(memory.arrayBuffers / 1e6),
    heapMB: Math.round(memory.heapUsed / 1e6),
    clockCpuUs: round(clockCpu, 1),
    gcEvents: gcs.length,
    ...summary,
  }),
);
