// Does a change to the text stage change any document's answer? Runs analyzeDocument of one
// checkout (default this one) over a fixed check set and writes, per text, its language,
// warnings, clean-text length, key count and sentence count; `--compare OLD.json` lists the
// texts whose line differs. Run it in the old checkout and in the new one (same check set).
//
// The check set: examples/, the shared eval datasets' texts (SemEval-2022 originals, augmented
// and MT round trips, Clough–Stevenson, the Indonesian corpus), an optional JSONL of documents
// (`--jsonl`, e.g. the bench subset), a fifth of them again with a declared language, 120- and
// 30-character heads, and two-language splices (the head of a text in one language, then a
// text in another, cut at 400/700/1000/1300 characters).
//
// `--full` writes instead a hash of the whole stored document and verification view of each text
// (clean text, boilerplate, warnings, signature, keys; sentences, tokens, stems, anchors): for a
// change meant to leave every answer byte-identical.
//
// usage: node --import tsx bench/language-check.ts --out NEW.json [--repo DIR] [--jsonl DOCS.jsonl] [--compare OLD.json] [--full]
// Skips with a message when ../shared/datasets is absent.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawDocument } from '../src/ingest/types.js';

type AnalyzeModule = typeof import('../src/pipeline/analyze-documents.js');
type TextModule = typeof import('../src/text/index.js');
type IngestModule = typeof import('../src/ingest/index.js');

const { values: args } = parseArgs({ options: { out: { type: 'string' }, repo: { type: 'string' }, jsonl: { type: 'string' }, compare: { type: 'string' }, full: { type: 'boolean', default: false } } });
const HERE = new URL('.', import.meta.url).pathname;
const repo = resolve(args.repo ?? join(HERE, '..'));
const datasets = [process.env['STORYTRACE_SHARED_DATASETS'], join(HERE, '../../shared/datasets'), '/work/shared/datasets'].find((d) => d !== undefined && existsSync(d));
if (args.out === undefined) {
  console.error('usage: language-check.ts --out OUT.json [--repo DIR] [--jsonl DOCS.jsonl] [--compare OLD.json] [--full]');
  process.exit(2);
}
if (datasets === undefined) {
  console.log('skipped: ../shared/datasets not found');
  process.exit(0);
}

const { analyzeDocument } = (await import(`${repo}/src/pipeline/analyze-documents.ts`)) as AnalyzeModule;
const { buildBoilerplateContext, detectLanguage } = (await import(`${repo}/src/text/index.ts`)) as TextModule;
const { readInputs } = (await import(`${repo}/src/ingest/index.ts`)) as IngestModule;

interface Text { id: string; text: string; declaredLanguage?: string }
const texts: Text[] = [];
for await (const item of readInputs([join(HERE, '../examples')], {})) if (item.kind === 'document') texts.push({ id: item.document.id, text: item.document.text });
const lines = (file: string): Record<string, unknown>[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const semeval = join(datasets, 'semeval2022-task8/texts');
for (const [i, o] of lines(join(semeval, 'original_texts.jsonl')).entries()) texts.push({ id: `so${i}a`, text: str(o['text1']) }, { id: `so${i}b`, text: str(o['text2']) });
for (const [i, o] of lines(join(semeval, 'hfl_augmented_sample.jsonl')).entries()) texts.push({ id: `sh${i}a`, text: str(o['text1']) }, { id: `sh${i}b`, text: str(o['text2']) });
for (const [i, o] of lines(join(semeval, 'mt_roundtrip_candidates.jsonl')).entries()) texts.push({ id: `sm${i}a`, text: str(o['original']) }, { id: `sm${i}b`, text: str(o['hfl_version']) });
for (const [i, o] of lines(join(datasets, 'clough-stevenson-short-answers/answers.jsonl')).entries()) texts.push({ id: `cs${i}`, text: str(o['text']) });
for (const sub of ['source-documents', 'suspicious-documents']) {
  const dir = join(datasets, 'indonesian-plagiarism-corpus', sub);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push({ id: `${sub}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
}
if (args.jsonl !== undefined) for (const o of lines(args.jsonl)) texts.push({ id: `jsonl:${str(o['id'])}`, text: str(o['text']) });

const base = texts.length;
const DECLARED = ['en', 'de', 'id', 'fr', 'es', 'tr'];
for (let i = 0; i < base; i += 5) { const t = texts[i]; if (t) texts.push({ ...t, id: `${t.id}#decl`, declaredLanguage: DECLARED[i % DECLARED.length] ?? 'en' }); }
// Splices, from long texts grouped by the language detectLanguage (whole window, unchanged by
// the first pass) gives them; a handful per ordered language pair.
const byLanguage = new Map<string, string[]>();
for (let i = 0; i < base; i += 3) {
  const t = texts[i];
  if (t === undefined || t.text.length < 1500) continue;
  const language = detectLanguage(t.text).language;
  if (language !== 'und') byLanguage.set(language, [...(byLanguage.get(language) ?? []), t.text]);
}
let splices = 0;
for (const [x, xs] of byLanguage) for (const [y, ys] of byLanguage) {
  if (x === y) continue;
  for (let k = 0; k < 6; k++) {
    for (const cut of [400, 700, 1000, 1300]) texts.push({ id: `splice${splices++}-${x}${y}@${cut}`, text: `${(xs[(k * 7) % xs.length] ?? '').slice(0, cut)}\n${ys[(k * 11) % ys.length] ?? ''}` });
  }
}
const whole = texts.length;
for (let i = 0; i < whole; i += 7) { const t = texts[i]; if (t) texts.push({ ...t, id: `${t.id}#head`, text: t.text.slice(0, 120) }); }
for (let i = 0; i < whole; i += 11) { const t = texts[i]; if (t) texts.push({ ...t, id: `${t.id}#tiny`, text: t.text.slice(0, 30) }); }

const context = buildBoilerplateContext([]);
const result: Record<string, unknown> = {};
const c0 = process.cpuUsage();
for (const t of texts) {
  const raw: RawDocument = { id: t.id, text: t.text, contentHash: '', format: 'txt', warnings: [] };
  if (t.declaredLanguage !== undefined) raw.declaredLanguage = t.declaredLanguage;
  const d = analyzeDocument(raw, context);
  result[t.id] = args.full
    ? createHash('sha1').update(JSON.stringify({ stored: d.stored, view: d.view }, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v))).digest('hex')
    : [d.stored.language, d.stored.warnings, d.stored.cleanText.length, d.stored.keys.length, d.view?.sentences.length ?? -1];
}
const c = process.cpuUsage(c0);
writeFileSync(args.out, JSON.stringify(result));
console.log(JSON.stringify({ repo, texts: texts.length, splices, cpuSeconds: (c.user + c.system) / 1e6 }));
if (args.compare !== undefined) {
  const old = JSON.parse(readFileSync(args.compare, 'utf8')) as Record<string, unknown>;
  const differing = Object.keys(result).filter((id) => JSON.stringify(result[id]) !== JSON.stringify(old[id]));
  for (const id of differing.slice(0, 20)) console.log(`${id}: ${JSON.stringify(old[id])} -> ${JSON.stringify(result[id])}`);
  console.log(JSON.stringify({ compared: Object.keys(result).length, different: differing.length, onlyInOld: Object.keys(old).filter((id) => !(id in result)).length }));
}
