// What storing costs per document as a SQLite store grows, without the text stage: stored keys
// of a corpus (KEYS.tsv: `id<TAB>["key", …]`, as bench/measure-candidate-lookup.ts reads) are
// written in the pipeline's transactions of 200 documents, each with a synthetic text of
// --text-bytes characters (the `documents` rows' share of the pages). With several checkouts
// (--repo DIR, repeatable), each gets its own store and every batch is written to each in turn,
// the order swapped every batch, so neighbours' load hits all alike. Per interval it prints the
// CPU and wall time of `putDocuments` alone, the bytes the process wrote (/proc/self/io wchar:
// WAL frames and checkpoint copies), and the file sizes. `--repo DIR@FIRST,GROWTH` opens that
// checkout's store with a level policy of its own (first level's postings, growth per level).
//   node --import tsx bench/measure-store-writes.ts KEYS.tsv OUT_PREFIX N [--resample] [--every 5000] [--text-bytes 6000] [--repo DIR[@FIRST,GROWTH]]…
import { readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Store, StoredDocument } from '../src/stores/index.js';
import { forEachLine } from './read-lines.js';
import { resample } from './resample-keys.js';
import { cpuMs, round } from './stats.js';

const WRITE_BATCH = 200;

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** Bytes this process has passed to write(2) so far (Linux; 0 where /proc is missing). */
function writtenBytes(): number {
  try {
    const match = /^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return match?.[1] === undefined ? 0 : Number(match[1]);
  } catch {
    return 0;
  }
}

function fileBytes(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}

/** A deterministic filler text of `n` characters (words of a small vocabulary). */
function fillerText(id: string, n: number): string {
  let out = `${id} `;
  let x = 2166136261;
  for (const c of id) x = Math.imul(x ^ c.charCodeAt(0), 16777619) >>> 0;
  while (out.length < n) {
    x = Math.imul(x ^ (x >>> 15), 2246822519) >>> 0;
    out += `w${(x % 5000).toString(36)} `;
  }
  return out.slice(0, n);
}

interface Variant {
  repo: string;
  path: string;
  store: Store;
  cpuMs: number;
  wallMs: number;
  written: number;
}

const args = process.argv.slice(2);
const [keysFile, outPrefix, limitArg] = args;
if (keysFile === undefined || outPrefix === undefined) {
  console.error('usage: measure-store-writes.ts KEYS.tsv OUT_PREFIX N [--resample] [--every 5000] [--text-bytes 6000] [--repo DIR[@FIRST,GROWTH]]…');
  process.exit(2);
}
const limit = Number(limitArg ?? Number.POSITIVE_INFINITY);
const every = option(args, '--every', 5000);
const textBytes = option(args, '--text-bytes', 6000);
const resampling = args.includes('--resample');
const repos = args.flatMap((a, i) => (a === '--repo' ? [args[i + 1] ?? '.'] : []));
if (repos.length === 0) repos.push('.');

const variants: Variant[] = [];
for (const [i, repo] of repos.entries()) {
  const [dir = '.', policy] = repo.split('@');
  const module = (await import(pathToFileURL(resolve(dir, 'src/stores/index.ts')).href)) as typeof import('../src/stores/index.js');
  const path = `${outPrefix}-${i}.sqlite`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const [firstLevelPostings = 0, growth = 0] = (policy ?? '').split(',').map(Number);
  const options = policy === undefined ? {} : { levels: { firstLevelPostings, growth } };
  variants.push({ repo, path, store: new module.SqliteStore(path, options), cpuMs: 0, wallMs: 0, written: 0 });
}

let batch: StoredDocument[] = [];
let documents = 0;
let postings = 0;
let batches = 0;
let intervalPostings = 0;

async function flush(): Promise<void> {
  if (batch.length === 0) return;
  const order = batches % 2 === 0 ? variants : [...variants].reverse();
  for (const v of order) {
    const w0 = writtenBytes();
    const c0 = cpuMs();
    const t0 = process.hrtime.bigint();
    // SqliteStore writes synchronously inside the call: the time is the write's own.
    await v.store.putDocuments(batch);
    v.wallMs += Number(process.hrtime.bigint() - t0) / 1e6;
    v.cpuMs += cpuMs() - c0;
    v.written += writtenBytes() - w0;
  }
  batches++;
  batch = [];
}

function report(): void {
  for (const v of variants) {
    console.log(JSON.stringify({
      repo: v.repo,
      documents,
      cpuMsPerDoc: round(v.cpuMs / every, 3),
      wallMsPerDoc: round(v.wallMs / every, 3),
      writtenKiBPerDoc: round(v.written / 1024 / every, 1),
      writtenBytesPerPosting: Math.round(v.written / Math.max(1, intervalPostings)),
      dbMiB: round(fileBytes(v.path) / 2 ** 20, 1),
      walMiB: round(fileBytes(`${v.path}-wal`) / 2 ** 20, 1),
    }));
    v.cpuMs = 0;
    v.wallMs = 0;
    v.written = 0;
  }
  intervalPostings = 0;
}

const pendingLines: string[] = [];
forEachLine(keysFile, (line) => {
  if (pendingLines.length < limit) pendingLines.push(line);
});
for (const line of pendingLines) {
  const tab = line.indexOf('\t');
  if (tab < 0) continue;
  const id = line.slice(0, tab);
  const stored = JSON.parse(line.slice(tab + 1)) as string[];
  const keys = resampling ? resample(stored) : stored;
  const text = fillerText(id, textBytes);
  batch.push({ id, contentHash: id, format: 'jsonl', language: 'en', text, cleanText: text, boilerplate: [], warnings: [], signature: new Uint32Array(128), keys });
  documents++;
  postings += keys.length;
  intervalPostings += keys.length;
  if (batch.length >= WRITE_BATCH) await flush();
  if (documents % every === 0) {
    await flush();
    report();
  }
}
await flush();
for (const v of variants) await v.store.close();
console.error(JSON.stringify({ documents, postingsPerDocument: round(postings / Math.max(1, documents), 1) }));
