// The LSH band lookup alone (`lookupPostings(bands, 500)`, a document's 32 band keys: what a
// near-duplicate finder asks) in a keys-only SQLite store that bench/measure-candidate-lookup.ts
// built (N documents × C copies), with what sets its tail, query by query:
//   node --import tsx bench/measure-band-lookup.ts KEYS.tsv DB.sqlite [--copies 10] [--queries 2000] [--cache FILE] [--repo DIR]
// Queries: Q stored documents spread over the store, and as many new ones (band keys of a copy
// not stored: no posting). Each is asked twice in a row ("warm": the second call is timed, as
// session 8 measured) and the first call is timed too ("first": caches as the previous query
// left them). Per query it records the wall time, the process's CPU time (process.cpuUsage():
// getrusage, exact to the microsecond for the calling thread, which is the one running the
// lookup; time waiting for a core is not in it, so it separates the work from preemption. The
// GC's helper threads' time is in it too, counted at ticks; /proc/thread-self/schedstat would be
// this thread's alone but is only brought up to date at ticks, 0 for most queries), whether the process was preempted (involuntary context switches), whether a V8 GC
// overlapped it (PerformanceObserver 'gc'), and minor page faults. With --repo DIR the store
// code of that checkout is used (before/after). --cache FILE keeps the query keys between runs
// (reading the keys file takes ≈ 30 s). Prints one JSON line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The process's CPU microseconds so far (user + system). */
function cpuUs(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
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
  /** Ids in the answer, all keys together. */
  ids: number;
}

const { SqliteStore } = (await import(pathToFileURL(`${repo}/src/stores/index.ts`).href)) as { SqliteStore: new (path: string) => Store };
const asked = readQueries();
const store = new SqliteStore(dbPath);
const opened = performance.now();
await store.lookupPostings(asked.stored[0] ?? [], 500);
const firstLookupMs = performance.now() - opened;
const memory = process.memoryUsage();

async function timed(keys: readonly string[]): Promise<Sample> {
  const usage = process.resourceUsage();
  const cpu0 = cpuUs();
  const start = performance.now();
  const answer = await store.lookupPostings(keys, 500);
  const wall = (performance.now() - start) * 1000;
  const ids = answer.docs.length;
  const cpu = cpuUs() - cpu0;
  const after = process.resourceUsage();
  return {
    wall,
    cpu,
    start,
    preempted: after.involuntaryContextSwitches !== usage.involuntaryContextSwitches,
    faults: after.minorPageFault - usage.minorPageFault,
    ids,
  };
}

// The clock reads' own CPU (the getrusage calls inside the window), taken off every sample.
const empty: number[] = [];
for (let i = 0; i < 2000; i++) {
  const a = cpuUs();
  empty.push(cpuUs() - a);
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
// The goal is over every query, stored and new documents together.
samples['all, warm'] = [...(samples['stored, warm'] ?? []), ...(samples['new, warm'] ?? [])];
samples['all, first'] = [...(samples['stored, first'] ?? []), ...(samples['new, first'] ?? [])];
const gcOverlaps = (s: Sample): boolean => gcs.some((g) => g.start < s.start + s.wall / 1000 && g.end > s.start);
const summary = Object.fromEntries(
  Object.entries(samples).map(([kind, list]) => {
    const cpu = list.map((s) => Math.max(0, s.cpu - clockCpu));
    const calm = list.filter((s) => !s.preempted && !gcOverlaps(s));
    const clean = calm.filter((s) => s.faults === 0);
    const faulted = list.filter((s) => s.faults > 0);
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
        faulted: faulted.length,
        faultedP50: round(quantile(faulted.map((s) => s.wall), 0.5), 1),
        calmP99: round(quantile(calm.map((s) => s.wall), 0.99), 1),
        cleanP99: round(quantile(clean.map((s) => s.wall), 0.99), 1),
        cleanCpuP99: round(quantile(clean.map((s) => Math.max(0, s.cpu - clockCpu)), 0.99), 1),
        idsP50: quantile(list.map((s) => s.ids), 0.5),
        // The slowest 1 %: what each had (wall µs / CPU µs / ids / preempted / faults).
        slowest: [...list]
          .sort((x, y) => y.wall - x.wall)
          .slice(0, Math.ceil(list.length / 100))
          .map((s) => `${Math.round(s.wall)}/${Math.round(s.cpu)}/${s.ids}${s.preempted ? '/P' : ''}${s.faults > 0 ? `/F${s.faults}` : ''}`)
          .join(' '),
      },
    ];
  }),
);
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
