// `npm run bench -- --api` or `node --import tsx bench/api-load.ts [--seconds 30]`: the HTTP
// API under a bounded load. Indexes examples/ into a fresh SQLite store with the CLI, starts
// `storytrace serve` on a free loopback port, runs the load generator (api-load-client.ts) as
// a second process, and writes latency, request rate and error counts into docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './api-load-client.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'src/cli/main.ts');
const DOCS = join(ROOT, 'docs/benchmarks.md');
const START = '<!-- api-load:start -->';
const END = '<!-- api-load:end -->';
const ORIGIN = 'veltrin-chronicle/st-aldric-drones-senate-briefing.html';
const COPY = 'harwick-courier/army-chief-senators-st-aldric-drones.html';

/** Runs the API load bench and returns the Markdown section it wrote. */
export async function runApiLoad(seconds: number, writeDocs = true): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-api-load-'));
  const store = `sqlite:${join(work, 'index.sqlite')}`;
  const node = [process.execPath, '--import', 'tsx'];
  try {
    const index = spawnSync(node[0] ?? 'node', [...node.slice(1), CLI, 'index', join(ROOT, 'examples'), '--store', store, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    if (index.status !== 0) throw new Error(`index failed: ${index.stderr}`);
    const server = spawn(node[0] ?? 'node', [...node.slice(1), CLI, 'serve', '--store', store, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const base = await listeningAddress(server);
      const vocabulary = join(work, 'vocabulary.txt');
      writeFileSync(vocabulary, ['coast-fm/storm-closes-st-aldric-harbour.txt', 'world-news-roundup/norvessa-army-chief-drones-senators.txt'].map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8').toLowerCase()).join('\n'));
      const pair = `/pairs/${encodeURIComponent(ORIGIN)}/${encodeURIComponent(COPY)}`;
      console.error(`[api-load] ${base}: ${seconds} s of load from a second process`);
      const client = spawnSync(node[0] ?? 'node', [...node.slice(1), join(ROOT, 'bench/api-load-client.ts'), base, pair, vocabulary, String(seconds)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      if (client.status !== 0) throw new Error(`load client failed: ${client.stderr}`);
      const runs = JSON.parse(client.stdout) as LoadResult[];
      const alive = await fetch(`${base}/stories`).then((r) => r.status).catch(() => 0);
      const section = formatSection(runs, seconds, alive);
      if (writeDocs) writeSection(section);
      return section;
    } finally {
      server.kill('SIGTERM');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function listeningAddress(server: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${seen}`)), 60_000);
    server.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveAddress(match[1]);
      }
    });
    server.once('exit', (code) => reject(new Error(`serve exited (${String(code)}): ${seen}`)));
  });
}

function formatSection(runs: readonly LoadResult[], seconds: number, aliveStatus: number): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const rows = runs.map((r) => {
    const codes = Object.entries(r.statusCodeStats).map(([code, s]) => `${code}×${s.count}`).join(' ');
    return `| ${r.title} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.requests.average.toFixed(1)} | ${r.requests.total} | ${r.errors} | ${r.non2xx} | ${codes} |`;
  });
  return [
    START,
    `## API load — run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length}-core ${cpu}, Node ${process.versions.node}`,
    '',
    '```sh',
    `npm run bench -- --api --api-seconds ${seconds}     # or: node --import tsx bench/api-load.ts --seconds ${seconds}`,
    '```',
    '',
    '`storytrace serve` (SQLite store holding examples/, 127.0.0.1, one process) under load from a',
    `second process: three autocannon instances at once for ${seconds} s — GET /stories (4 connections),`,
    'GET /pairs/:a/:b on the origin and its edited copy (4 connections; verifies the pair on every call),',
    'and POST /documents of new 180-word documents (seeded random words from two examples; 1 connection,',
    'at most 2 per second; each POST indexes the document, matches it against the store and rebuilds the',
    'stories, so the store grows during the run). One Node process serves everything: a POST being indexed',
    'holds up the reads queued behind it. Latencies in ms.',
    '',
    '| route | p50 | p99 | max | req/s | requests | errors | non-2xx | status codes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `After the run GET /stories answered ${aliveStatus}. The machine is shared by other sessions; read the`,
    'routes against each other, not as absolute capacity.',
    END,
  ].join('\n');
}

function writeSection(section: string): void {
  const doc = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  let next: string;
  if (start >= 0 && end > start) next = doc.slice(0, start) + section + doc.slice(end + END.length);
  else {
    const notes = doc.indexOf('\n## Not done');
    next = notes >= 0 ? `${doc.slice(0, notes + 1)}${section}\n\n${doc.slice(notes + 1)}` : `${doc.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(DOCS, next);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--seconds');
  const seconds = at >= 0 ? Number(process.argv[at + 1]) : 30;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--seconds needs a positive number');
  console.log(await runApiLoad(seconds, !process.argv.includes('--no-write')));
}
