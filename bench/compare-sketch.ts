// CPU per document of each sketch step (word scan, 5-gram shingles, MinHash, band keys,
// winnowing) and of the whole `sketchText`, for one or more checkouts alternated round by round
// in this one process, so the neighbours' load hits them alike; the raw loop
// (bench/raw-hash-loop.ts of the first checkout) is timed in every round as the bound. Each
// step gets the same inputs in every checkout (computed once, by the first). The first N
// documents are read into memory up front: no read or JSON parse in the timings. A SHA-256 of
// every document's sketch (signature, band keys, fingerprints) per checkout: `identical: true`
// says the checkouts sketch all N documents alike.
//
// usage: node --import tsx bench/compare-sketch.ts DOCS.jsonl N ROUNDS REPO...
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpuMs, median, round } from './stats.js';

type SketchModules = {
  scan: typeof import('../src/sketch/scan-words.js');
  shingles: typeof import('../src/sketch/shingles.js');
  minhash: typeof import('../src/sketch/minhash.js');
  lsh: typeof import('../src/sketch/lsh.js');
  winnow: typeof import('../src/sketch/winnow.js');
  sketch: typeof import('../src/sketch/index.js');
};

const [docsFile, nArg, roundsArg, ...repoArgs] = process.argv.slice(2);
if (docsFile === undefined || repoArgs.length === 0) {
  console.error('usage: compare-sketch.ts DOCS.jsonl N ROUNDS REPO...');
  process.exit(2);
}
const n = Number(nArg ?? 5000);
const rounds = Number(roundsArg ?? 9);
const repos = repoArgs.map((r) => resolve(r));
const texts = readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).slice(0, n)
  .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));

const load = async (r: string): Promise<SketchModules> => ({
  scan: await import(`${r}/src/sketch/scan-words.ts`),
  shingles: await import(`${r}/src/sketch/shingles.ts`),
  minhash: await import(`${r}/src/sketch/minhash.ts`),
  lsh: await import(`${r}/src/sketch/lsh.ts`),
  winnow: await import(`${r}/src/sketch/winnow.ts`),
  sketch: await import(`${r}/src/sketch/index.ts`),
});
const modules = await Promise.all(repos.map(load));
const first = modules[0];
if (first === undefined) throw new Error('no checkout');
const { rawScanHash } = (await import(`${repos[0] ?? '.'}/bench/raw-hash-loop.ts`)) as typeof import('./raw-hash-loop.js');

// Each step's input, from the first checkout: word hashes, shingle hashes, signatures.
const longest = texts.reduce((m, t) => Math.max(m, t.length), 0);
const tokenBuffer = new Uint32Array(longest + 2);
const shingleBuffer = new Uint32Array(longest + 2);
const words = texts.map((t) => tokenBuffer.slice(0, first.scan.scanWordHashes(t, tokenBuffer)));
const shingles = words.map((w) => shingleBuffer.slice(0, first.shingles.shinglesOf(w, w.length, 5, shingleBuffer)));
const signatures = shingles.map((s) => first.minhash.minhashOf(s, s.length, 128));

const stepsOf = (m: SketchModules): [string, (i: number) => number][] => [
  ['scan', (i) => m.scan.scanWordHashes(texts[i] ?? '', tokenBuffer)],
  ['shingles', (i) => m.shingles.shinglesOf(words[i] ?? tokenBuffer, words[i]?.length ?? 0, 5, shingleBuffer)],
  ['minhash', (i) => m.minhash.minhashOf(shingles[i] ?? shingleBuffer, shingles[i]?.length ?? 0, 128)[0] ?? 0],
  ['bands', (i) => m.lsh.lshBandKeys(signatures[i] ?? new Uint32Array(0)).length],
  ['winnow', (i) => m.winnow.winnowOf(shingles[i] ?? shingleBuffer, shingles[i]?.length ?? 0, 12).length],
  ['sketchText', (i) => m.sketch.sketchText(texts[i] ?? '').bandKeys.length],
];

/** CPU µs per document of `step` over every text. */
function timeStep(step: (i: number) => number): number {
  let check = 0;
  const start = cpuMs();
  for (let i = 0; i < texts.length; i++) check ^= step(i);
  const ms = cpuMs() - start;
  if (check === 0.5) console.error('unreachable');
  return (ms * 1000) / texts.length;
}

const raw: number[] = [];
const times = modules.map(() => new Map<string, number[]>());
const steps = modules.map(stepsOf);
for (let r = 0; r < rounds; r++) {
  raw.push(timeStep((i) => rawScanHash(texts[i] ?? '')));
  for (const [k, list] of steps.entries()) {
    for (const [name, step] of list) {
      const samples = times[k]?.get(name) ?? [];
      samples.push(timeStep(step));
      times[k]?.set(name, samples);
    }
  }
}

const digests = modules.map((m) => {
  const all = createHash('sha256');
  for (const t of texts) {
    const s = m.sketch.sketchText(t);
    all.update(new Uint8Array(s.signature.buffer, s.signature.byteOffset, s.signature.byteLength));
    all.update(`${s.bandKeys.join(',')}|`);
    all.update(new Uint8Array(s.fingerprints.buffer, s.fingerprints.byteOffset, s.fingerprints.byteLength));
  }
  return all.digest('hex');
});

console.log(`${texts.length} documents, ${rounds} rounds; median CPU µs per document (min in brackets)`);
console.log(`raw loop (scan + FNV + 5-gram mix): ${round(median(raw), 2)} [${round(Math.min(...raw), 2)}]`);
for (const [k, repo] of repos.entries()) {
  const cells = [...(times[k] ?? new Map<string, number[]>())].map(([name, v]) => `${name} ${round(median(v), 2)} [${round(Math.min(...v), 2)}]`);
  console.log(`${repo}: ${cells.join(', ')}; sketch sha256 ${digests[k]?.slice(0, 16)}`);
}
console.log(`identical: ${digests.every((d) => d === digests[0])}`);
