// CPU per document of the text stage and per pair of verification, for two or more checkouts
// alternated in one process (so the neighbours' load hits them alike), with a check that they
// give the same answers. Text stage: batchBoilerplateContext + analyzeDocument (text stage,
// sketch, index keys) of the first N documents of a JSONL file. Verification: every pair
// stored in a SQLite store (e.g. one bench/index-child.ts wrote), views built fresh each round
// so per-document caches start cold, as in a run.
//
// usage: node --import tsx bench/compare-stages.ts --docs DOCS.jsonl --store STORE.sqlite [--n 300] [--rounds 4] OLD_CHECKOUT NEW_CHECKOUT…
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawDocument } from '../src/ingest/types.js';
import type { PairDocument } from '../src/relate/index.js';

type AnalyzeModule = typeof import('../src/pipeline/analyze-documents.js');
type ViewsModule = typeof import('../src/pipeline/document-views.js');
type RelateModule = typeof import('../src/relate/index.js');
type StoresModule = typeof import('../src/stores/index.js');

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string' }, store: { type: 'string' }, n: { type: 'string', default: '300' }, rounds: { type: 'string', default: '4' } },
});
if (args.docs === undefined || args.store === undefined || positionals.length === 0) {
  console.error('usage: compare-stages.ts --docs DOCS.jsonl --store STORE.sqlite [--n 300] [--rounds 4] CHECKOUT…');
  process.exit(2);
}
const n = Number(args.n);
const rounds = Number(args.rounds);
const repos = positionals.map((p) => resolve(p));

const raws: RawDocument[] = readFileSync(args.docs, 'utf8').split('\n').filter(Boolean).slice(0, n).map((line) => {
  const o = JSON.parse(line) as { id: string; text: string; title?: string };
  const raw: RawDocument = { id: o.id, text: o.text, contentHash: '', format: 'jsonl', warnings: [] };
  if (o.title !== undefined) raw.title = o.title;
  return raw;
});
const { createStore } = (await import(`${repos[0] ?? '.'}/src/stores/index.ts`)) as StoresModule;
const store = await createStore(`sqlite:${args.store}`);
const pairs = (await store.listPairs()).map((p) => [p.a, p.b] as const);
const stored = [...(await store.getDocuments(await store.listDocumentIds())).values()];
await store.close();

const modules = await Promise.all(repos.map(async (r) => ({
  repo: r,
  analyze: (await import(`${r}/src/pipeline/analyze-documents.ts`)) as AnalyzeModule,
  views: (await import(`${r}/src/pipeline/document-views.ts`)) as ViewsModule,
  relate: (await import(`${r}/src/relate/index.ts`)) as RelateModule,
})));

function cpuMs(work: () => void): number {
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const times = modules.map(() => ({ text: [] as number[], views: [] as number[], verify: [] as number[] }));
const answers = modules.map(() => ({ text: '', verify: '' }));
for (let round = 0; round < rounds; round++) {
  for (const [i, m] of modules.entries()) {
    const docs: unknown[] = [];
    const text = cpuMs(() => {
      const context = m.analyze.batchBoilerplateContext(raws);
      for (const raw of raws) docs.push(m.analyze.analyzeDocument(raw, context).stored);
    });
    const views = new Map<string, PairDocument>();
    const built = cpuMs(() => { for (const d of stored) views.set(d.id, m.views.pairDocumentFromStore(d)); });
    const results: unknown[] = [];
    const verify = cpuMs(() => {
      for (const [a, b] of pairs) {
        const x = views.get(a);
        const y = views.get(b);
        if (x && y) results.push(m.relate.verifyPair(x, y));
      }
    });
    times[i]?.text.push(text / raws.length);
    times[i]?.views.push(built / Math.max(1, stored.length));
    times[i]?.verify.push(verify / Math.max(1, pairs.length));
    if (round === 0) answers[i] = { text: JSON.stringify(docs, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v)), verify: JSON.stringify(results) };
  }
}
const same = (k: 'text' | 'verify'): boolean => answers.every((a) => a[k] === answers[0]?.[k]);
console.log(`${raws.length} documents, ${pairs.length} pairs, ${rounds} rounds; identical stored documents: ${same('text')}, identical pair results: ${same('verify')}`);
const fmt = (xs: number[]): string => `${xs.map((x) => x.toFixed(2)).join(' ')} (min ${Math.min(...xs).toFixed(2)})`;
for (const [i, m] of modules.entries()) {
  const t = times[i];
  if (t) console.log(`${m.repo}\n  text stage ms/doc ${fmt(t.text)}\n  view from store ms/doc ${fmt(t.views)}\n  verifyPair ms/pair ${fmt(t.verify)}`);
}
