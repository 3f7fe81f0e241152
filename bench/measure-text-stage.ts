// CPU per document of the text stage alone — the batch's boilerplate context and
// analyzeDocument (text stage, sketch, index keys), in batches of 500 as the pipeline cuts
// them — for one or more checkouts, alternated round by round in this one process so that the
// machine's load hits them alike. The first round of each checkout also hashes every stored
// document and verification view: `identical: true` says the checkouts gave the same answers.
// No store; the documents are read once up front.
//
// usage: node --import tsx bench/measure-text-stage.ts DOCS.jsonl N ROUNDS REPO...
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readInputs } from '../src/ingest/index.js';
import type { RawDocument } from '../src/ingest/types.js';
import { cpuMs } from './stats.js';

type AnalyzeModule = typeof import('../src/pipeline/analyze-documents.js');

const [docsFile, nArg, roundsArg, ...repoArgs] = process.argv.slice(2);
if (docsFile === undefined || repoArgs.length === 0) {
  console.error('usage: measure-text-stage.ts DOCS.jsonl N ROUNDS REPO...');
  process.exit(2);
}
const n = Number(nArg ?? 1000);
const rounds = Number(roundsArg ?? 3);
const BATCH = 500;
// Read as the pipeline reads them (title, site, declared language from the same fields).
const raws: RawDocument[] = [];
for await (const item of readInputs([docsFile], {})) {
  if (item.kind === 'document') raws.push(item.document);
  if (raws.length >= n) break;
}
const checkouts = await Promise.all(repoArgs.map(async (r) => ({ repo: resolve(r), a: (await import(`${resolve(r)}/src/pipeline/analyze-documents.ts`)) as AnalyzeModule })));
const times = checkouts.map((): number[] => []);
const hashes: string[] = [];
for (let round = 0; round < rounds; round++) {
  for (const [i, { a }] of checkouts.entries()) {
    const hash = round === 0 ? createHash('sha1') : undefined;
    const t0 = cpuMs();
    for (let b = 0; b < raws.length; b += BATCH) {
      const batch = raws.slice(b, b + BATCH);
      const context = a.batchBoilerplateContext(batch);
      for (const raw of batch) {
        const d = a.analyzeDocument(raw, context);
        hash?.update(JSON.stringify({ s: d.stored, v: d.view }, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v)));
      }
    }
    // The hashing round is not timed apart: compare the later rounds.
    times[i]?.push((cpuMs() - t0) / raws.length);
    if (hash !== undefined) hashes[i] = hash.digest('hex');
  }
}
console.log(`${raws.length} documents; identical: ${hashes.every((h) => h === hashes[0])}`);
for (const [i, { repo }] of checkouts.entries()) {
  const t = times[i] ?? [];
  const later = t.slice(1);
  console.log(JSON.stringify({ repo, cpuMsPerDocument: t.map((x) => Number(x.toFixed(3))), minAfterFirst: later.length > 0 ? Number(Math.min(...later).toFixed(3)) : null }));
}
