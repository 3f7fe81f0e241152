// The pipeline's whole candidate lookup (sketch keys, then term and anchor keys, then
// rankCandidates) in a keys-only SQLite store of many documents, for the growth of lookup cost
// with the corpus and with the term keys a document is indexed under.
//   node --import tsx bench/measure-candidate-lookup.ts KEYS.tsv DB.sqlite N [--resample] [--queries Q] [--reuse] [--copies C]
// KEYS.tsv: one document a line, `id<TAB>["key", …]` (a stored document's `keys`). With
// --resample, each document's term and anchor keys are cut to the index's TERM_SELECTION first,
// so one file of format-3 keys (every stem) measures both formats. With --reuse, DB.sqlite is
// the store an earlier run built from the same keys (kept as it is; only the queries run).
// With --copies C, each of the N documents is stored C times, copy c ≥ 1 with the sketch keys
// of bench/copy-keys.ts (N × C documents: 1M from the 100k corpus's keys).
// Prints one JSON line: the band lookup alone (32 LSH bands: what a near-duplicate finder asks),
// its CPU time per query (wall time on a shared machine includes waits for a core), the band
// lookup of a new document (its band keys are in no stored document: another copy's), the
// sketch lookup (bands + fingerprints), the term lookup, and the whole candidate lookup; and the
// first query's time (a fresh connection reads its index then, resident band pairs included).
import { rmSync, statSync } from 'node:fs';
import { groupKeys, rankCandidates } from '../src/candidates/index.js';
import { MAX_SKETCH_POSTINGS, MAX_TERM_POSTINGS } from '../src/pipeline/find-pairs.js';
import { SqliteStore, type StoredDocument } from '../src/stores/index.js';
import { forEachLine } from './read-lines.js';
import { resample } from './resample-keys.js';
import { copyId, copyKeys } from './copy-keys.js';
import { latency } from './measure-queries.js';
import { round, secondsSince } from './stats.js';

const WRITE_BATCH = 2000;

const args = process.argv.slice(2);
const [keysFile, dbPath, limitArg] = args;
if (keysFile === undefined || dbPath === undefined) {
  console.error('usage: measure-candidate-lookup.ts KEYS.tsv DB.sqlite N [--resample] [--queries Q] [--reuse] [--copies C]');
  process.exit(2);
}
const limit = Number(limitArg ?? Number.POSITIVE_INFINITY);
const resampling = args.includes('--resample');
const queriesAt = args.indexOf('--queries');
const queries = queriesAt >= 0 ? Number(args[queriesAt + 1]) : 2000;
const reuse = args.includes('--reuse');
const copiesAt = args.indexOf('--copies');
const copies = copiesAt >= 0 ? Math.max(1, Number(args[copiesAt + 1])) : 1;

if (!reuse) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const store = new SqliteStore(dbPath);
const started = process.hrtime.bigint();
let batch: StoredDocument[] = [];
// Only the documents that are queried are kept (a million documents' keys would not fit).
// The documents that will be stored (a first pass counts the file's lines), so that about
// `queries` of them are sampled whether N is given, missing or past the file's end.
const stored = Math.min(limit, forEachLine(keysFile, () => undefined)) * copies;
const every = Math.max(1, Math.floor(stored / queries));
const all: { id: string; keys: string[] }[] = [];
let read = 0;
let termKeys = 0;
forEachLine(keysFile, (line) => {
  if (read >= limit) return;
  const tab = line.indexOf('\t');
  if (tab < 0) return;
  read++;
  const original = line.slice(0, tab);
  const stored = JSON.parse(line.slice(tab + 1)) as string[];
  const resampled = resampling ? resample(stored) : stored;
  termKeys += groupKeys(resampled).terms.length;
  for (let copy = 0; copy < copies; copy++) {
    const id = copyId(original, copy);
    const keys = copyKeys(resampled, copy);
    if (((read - 1) * copies + copy) % every === 0) all.push({ id, keys });
    if (reuse) continue;
    batch.push({ id, contentHash: id, format: 'jsonl', language: 'en', text: '', cleanText: '', boilerplate: [], warnings: [], signature: new Uint32Array(0), keys });
    if (batch.length >= WRITE_BATCH) {
      void store.putDocuments(batch);
      batch = [];
    }
  }
});
await store.putDocuments(batch);
const buildSeconds = secondsSince(started);
const total = await store.countDocuments();
const bandTimes: number[] = [];
const bandCpu: number[] = [];
const bandNewTimes: number[] = [];
let firstLookupMs = Number.NaN;
const sketchTimes: number[] = [];
const termTimes: number[] = [];
const candidateTimes: number[] = [];
let idsRead = 0;
let candidates = 0;
let sampled = 0;
const cpuStart = process.cpuUsage();
for (const doc of all) {
  const keys = groupKeys(doc.keys);
  const sketchKeys = [...keys.bands, ...keys.fingerprints];
  // A copy number past every stored one: new band keys, the same count of them.
  const newBands = groupKeys(copyKeys(doc.keys, 1_000_003)).bands;
  const run = async (): Promise<number> => {
    const cb = process.cpuUsage();
    const tb = process.hrtime.bigint();
    await store.lookupPostings(keys.bands, MAX_SKETCH_POSTINGS);
    bandTimes.push(secondsSince(tb) * 1e6);
    const used = process.cpuUsage(cb);
    bandCpu.push(used.user + used.system);
    if (Number.isNaN(firstLookupMs)) firstLookupMs = (bandTimes[0] ?? 0) / 1000;
    const tn = process.hrtime.bigint();
    await store.lookupPostings(newBands, MAX_SKETCH_POSTINGS);
    bandNewTimes.push(secondsSince(tn) * 1e6);
    const t0 = process.hrtime.bigint();
    const sketch = await store.lookupPostings(sketchKeys, MAX_SKETCH_POSTINGS);
    sketchTimes.push(secondsSince(t0) * 1e6);
    const t1 = process.hrtime.bigint();
    const terms = await store.lookupPostings(keys.terms, MAX_TERM_POSTINGS);
    termTimes.push(secondsSince(t1) * 1e6);
    const found = rankCandidates(doc.id, keys, { sketch, sketchAt: 0, terms, termsAt: 0 }, total);
    candidateTimes.push(secondsSince(t0) * 1e6);
    idsRead += sketch.docs.length + terms.docs.length;
    return found.length;
  };
  // Warm: the first run reads the pages in; only the second is kept.
  await run();
  bandTimes.pop();
  bandCpu.pop();
  bandNewTimes.pop();
  sketchTimes.pop();
  termTimes.pop();
  candidateTimes.pop();
  candidates += await run();
  sampled++;
}
const cpu = process.cpuUsage(cpuStart);
await store.close();
const bytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(dbPath + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);
console.log(JSON.stringify({
  documents: total,
  resampled: resampling,
  copies,
  termKeysPerDocument: round(termKeys / Math.max(1, read), 1),
  buildSeconds: round(buildSeconds, 1),
  bytesPerDocument: Math.round(bytes / Math.max(1, total)),
  queries: sampled,
  // Both runs of each query read the same ids.
  idsReadPerQuery: round(idsRead / Math.max(1, 2 * sampled), 1),
  candidatesPerQuery: round(candidates / Math.max(1, sampled), 2),
  // Both runs of each query are in the CPU time (and the band lookups, timed apart).
  cpuMsPerQuery: round((cpu.user + cpu.system) / 1000 / Math.max(1, 2 * sampled), 3),
  firstLookupMs: round(firstLookupMs, 1),
  bandLookup: latency(bandTimes),
  bandLookupCpu: latency(bandCpu),
  bandLookupNew: latency(bandNewTimes),
  sketchLookup: latency(sketchTimes),
  termLookup: latency(termTimes),
  candidateLookup: latency(candidateTimes),
}));
