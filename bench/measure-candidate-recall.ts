// Candidate recall of known related pairs on the evaluation data sets, through the pipeline's
// own candidate path: every text is analysed as `index` analyses it (analyzeDocument, keys
// included), stored in a memory store, and findCandidatePairs runs over all of them. A true
// pair counts as found when it is among the candidate pairs (from either side). Prints one JSON
// object; data sets that are absent are listed as skipped.
//   node --import tsx bench/measure-candidate-recall.ts [OUT.json]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetsRoot, findDataset } from '../eval/datasets.js';
import { cloughPart, indonesianPart, semevalPart, type Part } from '../eval/split.js';
import { readBookSections } from '../eval/translation/debian-sections.js';
import { buildDocument, resolveIngestOptions, type RawDocument } from '../src/ingest/index.js';
import { analyzeDocument, batchBoilerplateContext } from '../src/pipeline/analyze-documents.js';
import { findCandidatePairs, pairKey } from '../src/pipeline/find-pairs.js';
import { MemoryStore, type StoredDocument } from '../src/stores/index.js';
import { round } from './stats.js';
import { groupKeys, type CandidateOptions } from '../src/candidates/index.js';

/** A text of a data set and the language its data says it is in. */
interface Text {
  id: string;
  text: string;
  language?: string;
}

/** A pair the data set says is related, with its label and evaluation half. */
interface TruePair {
  a: string;
  b: string;
  label: string;
  part: Part | 'all';
}

/** One data set's texts and related pairs. */
export interface RecallCase {
  name: string;
  texts: Text[];
  pairs: TruePair[];
}

/** What the candidate path found on one data set. */
export interface RecallResult {
  name: string;
  documents: number;
  truePairs: number;
  found: number;
  recall: number;
  /** Recall per label and per half (`label/part`). */
  byGroup: Record<string, { pairs: number; found: number; recall: number }>;
  candidatePairs: number;
  candidatesPerDocument: number;
  /** Mean term + anchor keys per document. */
  termKeysPerDocument: number;
  warnings: number;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function cloughCase(): RecallCase | string {
  const dir = findDataset('clough-stevenson-short-answers', ['answers.jsonl']);
  if (dir === null) return 'clough-stevenson-short-answers absent';
  const rows = jsonLines<{ file: string; task: string; category: string; source_file?: string; text: string }>(join(dir, 'answers.jsonl'));
  const pairs = rows
    .filter((r) => ['cut', 'light', 'heavy'].includes(r.category))
    .map((r) => ({ a: r.file, b: r.source_file ?? `orig_task${r.task}.txt`, label: r.category, part: cloughPart(r.task) }));
  return { name: 'Clough–Stevenson (answer ↔ source; cut, light, heavy)', texts: rows.map((r) => ({ id: r.file, text: r.text, language: 'en' })), pairs };
}

function indonesianCase(): RecallCase | string {
  const dir = findDataset('indonesian-plagiarism-corpus', ['source-documents', 'suspicious-documents']);
  if (dir === null) return 'indonesian-plagiarism-corpus absent';
  const texts: Text[] = [];
  const pairs = new Map<string, TruePair>();
  for (const sub of ['source-documents', 'suspicious-documents']) {
    for (const file of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.txt')).sort()) {
      texts.push({ id: file, text: readFileSync(join(dir, sub, file), 'utf8'), language: 'id' });
    }
  }
  const suspicious = join(dir, 'suspicious-documents');
  for (const file of readdirSync(suspicious).filter((f) => f.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(suspicious, file), 'utf8');
    const self = file.replace(/\.xml$/, '.txt');
    for (const tag of xml.match(/<feature[^>]*name="plagiarism"[^>]*>/g) ?? []) {
      const source = /source_reference="([^"]+)"/.exec(tag)?.[1];
      const type = /type="([^"]+)"/.exec(tag)?.[1] ?? '?';
      const obfuscation = /obfuscation="([^"]+)"/.exec(tag)?.[1];
      if (source === undefined) continue;
      const label = type === 'artificial' ? (obfuscation ?? type) : type;
      // A suspicious document may reuse one source several times: the pair counts once, under its first case.
      if (!pairs.has(pairKey(self, source))) pairs.set(pairKey(self, source), { a: self, b: source, label, part: indonesianPart(self) });
    }
  }
  return { name: 'Indonesian plagiarism corpus (suspicious ↔ source)', texts, pairs: [...pairs.values()] };
}

function semevalCase(): RecallCase | string {
  const dir = findDataset('semeval2022-task8', ['texts/original_texts.jsonl', 'labels/train.csv']);
  if (dir === null) return 'semeval2022-task8 absent';
  const overall = new Map<string, number>();
  for (const file of ['train.csv', 'eval.csv']) {
    const path = join(dir, 'labels', file);
    if (!existsSync(path)) continue;
    const [head = '', ...lines] = readFileSync(path, 'utf8').split('\n');
    const cols = head.split(',');
    const idCol = cols.indexOf('pair_id');
    const overallCol = cols.indexOf('Overall');
    // The URL columns hold no commas in this file's rows that matter here: the label columns are last.
    for (const line of lines) {
      const cells = line.split(',');
      const id = cells[idCol];
      const score = Number(cells[cells.length - (cols.length - overallCol)]);
      if (id !== undefined && Number.isFinite(score)) overall.set(id, score);
    }
  }
  const rows = jsonLines<{ pair_id: string; lang1: string; lang2: string; text1: string; text2: string }>(join(dir, 'texts', 'original_texts.jsonl'));
  const texts = new Map<string, Text>();
  const pairs: TruePair[] = [];
  for (const r of rows) {
    const [x, y] = r.pair_id.split('_');
    if (x === undefined || y === undefined || x === y) continue;
    texts.set(x, { id: x, text: r.text1, language: r.lang1 });
    texts.set(y, { id: y, text: r.text2, language: r.lang2 });
    const score = overall.get(r.pair_id);
    // Overall 1 = very similar … 4 = very dissimilar: ≤ 2 are the same or a closely related story.
    if (score !== undefined && score <= 2) pairs.push({ a: x, b: y, label: `${r.lang1 === r.lang2 ? 'same' : 'cross'}-language overall ≤ 2`, part: semevalPart(r.pair_id) });
  }
  return { name: 'SemEval-2022 task 8 (pairs with Overall ≤ 2)', texts: [...texts.values()], pairs };
}

function debianCase(): RecallCase | string {
  const cache = resolve('.cache/debian');
  const en = join(cache, 'debian-reference-en');
  const id = join(cache, 'debian-reference-id');
  if (!existsSync(en) || !existsSync(id)) return 'Debian Reference not in .cache/debian (npm run eval fetches it)';
  const english = readBookSections(en, 'en');
  const indonesian = readBookSections(id, 'id');
  const enAnchors = new Set(english.map((s) => s.anchor));
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  const texts: Text[] = english.filter((s) => words(s.text) >= 40).map((s) => ({ id: `en:${s.anchor}`, text: s.text, language: 'en' }));
  const kept = new Set(texts.map((t) => t.id.slice(3)));
  const queries = indonesian.filter((s) => enAnchors.has(s.anchor) && kept.has(s.anchor) && words(s.text) >= 40);
  texts.push(...queries.map((s) => ({ id: `id:${s.anchor}`, text: s.text, language: 'id' })));
  const pairs = queries.map((s, k) => ({ a: `id:${s.anchor}`, b: `en:${s.anchor}`, label: 'id → en section', part: (k % 2 === 0 ? 'tune' : 'test') as Part }));
  return { name: 'Debian Reference id ↔ en sections', texts, pairs };
}

/** A data set analysed as `index` analyses it: the stored documents with their keys. */
export interface AnalyzedCase {
  c: RecallCase;
  documents: StoredDocument[];
  warnings: number;
}

/** Analyses every text of a data set (one batch: one boilerplate context, as one `index` run). */
export function analyzeCase(c: RecallCase): AnalyzedCase {
  const options = resolveIngestOptions();
  const raws: RawDocument[] = [];
  let warnings = 0;
  for (const t of c.texts) {
    const item = buildDocument({ id: t.id, text: t.text, format: 'txt', declaredLanguage: t.language }, options);
    if (item.kind === 'document') raws.push(item.document);
    else warnings++;
  }
  const context = batchBoilerplateContext(raws);
  return { c, documents: raws.map((r) => analyzeDocument(r, context).stored), warnings };
}

/**
 * Runs the candidate path over an analysed data set.
 * @param rekey replaces each document's keys before they are stored (to try another key selection on the same analysis)
 * @param options candidate options (default: the pipeline's)
 */
export async function measureCase({ c, documents, warnings }: AnalyzedCase, rekey?: (keys: string[]) => string[], options?: CandidateOptions): Promise<RecallResult> {
  const store = new MemoryStore();
  const stored = rekey ? documents.map((d) => ({ ...d, keys: rekey(d.keys) })) : documents;
  await store.putDocuments(stored);
  const termKeys = stored.reduce((n, d) => n + groupKeys(d.keys).terms.length, 0);
  const ids = stored.map((d) => d.id).sort();
  const candidates = await findCandidatePairs(ids, store, options);
  const found = new Set(candidates.map(([a, b]) => pairKey(a, b)));
  const byGroup: RecallResult['byGroup'] = {};
  let hits = 0;
  for (const p of c.pairs) {
    const hit = found.has(pairKey(p.a, p.b));
    if (hit) hits++;
    for (const g of [p.label, `${p.label}/${p.part}`, `all/${p.part}`]) {
      const e = (byGroup[g] ??= { pairs: 0, found: 0, recall: 0 });
      e.pairs++;
      if (hit) e.found++;
    }
  }
  for (const e of Object.values(byGroup)) e.recall = round(e.found / Math.max(1, e.pairs));
  await store.close();
  return {
    name: c.name,
    documents: ids.length,
    truePairs: c.pairs.length,
    found: hits,
    recall: round(hits / Math.max(1, c.pairs.length)),
    byGroup: Object.fromEntries(Object.entries(byGroup).sort(([x], [y]) => x.localeCompare(y))),
    candidatePairs: candidates.length,
    candidatesPerDocument: round((2 * candidates.length) / Math.max(1, ids.length)),
    termKeysPerDocument: round(termKeys / Math.max(1, ids.length)),
    warnings,
  };
}

/** The data sets measured, each made on demand (a string says why one is skipped). */
export const RECALL_CASES: readonly (() => RecallCase | string)[] = [cloughCase, indonesianCase, semevalCase, debianCase];

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out: { datasets: string; results: RecallResult[]; skipped: string[] } = { datasets: datasetsRoot(), results: [], skipped: [] };
  for (const make of RECALL_CASES) {
    const c = make();
    if (typeof c === 'string') out.skipped.push(c);
    else out.results.push(await measureCase(analyzeCase(c)));
  }
  const text = JSON.stringify(out, null, 1);
  if (process.argv[2] !== undefined) writeFileSync(process.argv[2], text);
  console.log(text);
}
