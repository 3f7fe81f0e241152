import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanToNormalizedOffset } from '../src/text/index.js';
import { loadSynonyms } from '../src/synonyms/index.js';
import { findDataset, skippedSection } from './datasets.js';
import { markdownTable } from './markdown-table.js';
import { fixed3 } from './metrics.js';
import { ngramPassages } from './ngram-passages.js';
import { panScores, sharedCharacters, type PassagePair } from './pan-measures.js';
import { buildEvalDocuments, type EvalDocument } from './pair-documents.js';
import { alignWindows, mergePassages, type AlignedSentences } from './passage-detection.js';
import { normalizedToRawOffsets, utf16ToCodePointOffsets } from './raw-offsets.js';
import type { ReportSection } from './report-section.js';
import { indonesianPart, type Part } from './split.js';

const TITLE = 'Indonesian plagiarism corpus (id, PAN-11 format): passage detection';
const COMMAND = 'npm run eval -- --only indonesian';
const DATASET = 'indonesian-plagiarism-corpus';
/** The settings searched on the tuning half: bead similarity floor and sentence gap for merging. */
const SIMILARITY_GRID = [0.35, 0.45, 0.55, 0.65, 0.75];
const GAP_GRID = [0, 1, 2];

interface GoldCase extends PassagePair {
  /** `simulated`, or the artificial obfuscation (`none`, `random-shuffling`, …). */
  kind: string;
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** Reads the answer keys; offsets are code points, as the corpus states. */
function readCases(dir: string, warnings: string[]): GoldCase[] {
  const out: GoldCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(dir, file), 'utf8');
    const suspicious = file.replace(/\.xml$/, '.txt');
    for (const tag of xml.match(/<feature\b[^>]*name="plagiarism"[^>]*>/g) ?? []) {
      const nums = ['this_offset', 'this_length', 'source_offset', 'source_length'].map((n) => Number(attr(tag, n)));
      const [so = NaN, sl = NaN, ro = NaN, rl = NaN] = nums;
      if (!nums.every(Number.isFinite)) {
        warnings.push(`${file}: a case without numeric offsets, skipped`);
        continue;
      }
      const type = attr(tag, 'type');
      out.push({ suspicious, suspiciousOffset: so, suspiciousLength: sl, source: attr(tag, 'source_reference'), sourceOffset: ro, sourceLength: rl, kind: type === 'artificial' ? attr(tag, 'obfuscation') : type });
    }
  }
  return out;
}

const mappers = new WeakMap<EvalDocument, (cleanOffset: number) => number>();

/** Maps clean-text offsets of an analysed document to code-point offsets of the file's text (built once per document). */
function offsetMapper(doc: EvalDocument): (cleanOffset: number) => number {
  const known = mappers.get(doc);
  if (known) return known;
  const toRaw = normalizedToRawOffsets(doc.raw.text, doc.analyzed.normalizedText);
  const toCp = utf16ToCodePointOffsets(doc.raw.text);
  const mapper = (clean: number): number => toCp[toRaw[Math.max(0, cleanToNormalizedOffset(doc.analyzed, clean))] ?? 0] ?? 0;
  mappers.set(doc, mapper);
  return mapper;
}

interface PairAlignment {
  susp: EvalDocument;
  src: EvalDocument;
  aligned: AlignedSentences[];
}

function detections(alignments: readonly PairAlignment[], minSimilarity: number, gap: number): PassagePair[] {
  const out: PassagePair[] = [];
  for (const { susp, src, aligned } of alignments) {
    const ms = offsetMapper(susp);
    const mr = offsetMapper(src);
    for (const p of mergePassages(aligned, minSimilarity, gap)) {
      const s0 = susp.view.sentences[p.suspiciousFirst];
      const s1 = susp.view.sentences[p.suspiciousLast];
      const r0 = src.view.sentences[p.sourceFirst];
      const r1 = src.view.sentences[p.sourceLast];
      if (!s0 || !s1 || !r0 || !r1) continue;
      const so = ms(s0.start);
      const ro = mr(r0.start);
      out.push({ suspicious: susp.raw.id, suspiciousOffset: so, suspiciousLength: ms(s1.end) - so, source: src.raw.id, sourceOffset: ro, sourceLength: mr(r1.end) - ro });
    }
  }
  return out;
}

function baselineDetections(docs: ReadonlyMap<string, EvalDocument>, suspicious: readonly string[], sources: readonly string[]): PassagePair[] {
  const out: PassagePair[] = [];
  for (const s of suspicious) for (const r of sources) {
    const a = docs.get(s);
    const b = docs.get(r);
    if (!a || !b) continue;
    const ca = utf16ToCodePointOffsets(a.raw.text);
    const cb = utf16ToCodePointOffsets(b.raw.text);
    for (const p of ngramPassages(a.raw.text, b.raw.text)) {
      const so = ca[p.suspiciousStart] ?? 0;
      const ro = cb[p.sourceStart] ?? 0;
      out.push({ suspicious: s, suspiciousOffset: so, suspiciousLength: (ca[p.suspiciousEnd] ?? so) - so, source: r, sourceOffset: ro, sourceLength: (cb[p.sourceEnd] ?? ro) - ro });
    }
  }
  return out;
}

/** PAN scores per case kind: the kind's cases against the detections that detect one of them. */
function byKind(cases: readonly GoldCase[], dets: readonly PassagePair[]): Map<string, ReturnType<typeof panScores>> {
  const out = new Map<string, ReturnType<typeof panScores>>();
  for (const kind of [...new Set(cases.map((c) => c.kind))].sort()) {
    const sub = cases.filter((c) => c.kind === kind);
    out.set(kind, panScores(sub, dets.filter((d) => sub.some((c) => sharedCharacters(c, d)))));
  }
  return out;
}

/**
 * Evaluates passage detection on the Indonesian plagiarism corpus with the PAN measures.
 * Every suspicious document of a half is compared with every source; passages are our aligned
 * beads (seeded windows aligned by measurePair) mapped to code-point offsets of the files. The
 * bead similarity floor and merge gap are chosen on the tuning half (best plagdet), the numbers
 * reported on the test half.
 * @param root datasets root (default: the shared folder)
 * @returns the report section, or a skipped section when the corpus is absent
 */
export function runIndonesianPlagiarism(root?: string, onProgress: (done: number, total: number) => void = () => undefined): ReportSection {
  const dir = findDataset(DATASET, ['source-documents', 'suspicious-documents'], root);
  if (!dir) return skippedSection(TITLE, COMMAND, `dataset folder ${DATASET} not found`);
  const warnings: string[] = [];
  const suspDir = join(dir, 'suspicious-documents');
  const srcDir = join(dir, 'source-documents');
  const suspicious = readdirSync(suspDir).filter((f) => f.endsWith('.txt')).sort();
  const sources = readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort();
  const cases = readCases(suspDir, warnings);
  const { documents, warnings: w } = buildEvalDocuments([
    ...suspicious.map((f) => ({ id: f, text: readFileSync(join(suspDir, f), 'utf8'), declaredLanguage: 'id' })),
    ...sources.map((f) => ({ id: f, text: readFileSync(join(srcDir, f), 'utf8'), declaredLanguage: 'id' })),
  ]);
  warnings.push(...w);
  const synonyms = loadSynonyms();
  const alignments = new Map<Part, PairAlignment[]>([['tune', []], ['test', []]]);
  let done = 0;
  for (const s of suspicious) {
    const susp = documents.get(s);
    for (const r of sources) {
      const src = documents.get(r);
      if (susp && src) alignments.get(indonesianPart(s))?.push({ susp, src, aligned: alignWindows(susp.view, src.view, synonyms) });
    }
    onProgress(++done, suspicious.length);
  }
  const partOf = (set: readonly string[], part: Part): string[] => set.filter((f) => indonesianPart(f) === part);
  const casesOf = (part: Part): GoldCase[] => cases.filter((c) => indonesianPart(c.suspicious) === part);

  let best = { sim: SIMILARITY_GRID[0] ?? 0.35, gap: 0, plagdet: -1 };
  const gridRows: string[][] = [];
  for (const sim of SIMILARITY_GRID) for (const gap of GAP_GRID) {
    const s = panScores(casesOf('tune'), detections(alignments.get('tune') ?? [], sim, gap));
    gridRows.push([sim.toFixed(2), String(gap), fixed3(s.precision), fixed3(s.recall), fixed3(s.granularity), fixed3(s.plagdet)]);
    if (s.plagdet > best.plagdet) best = { sim, gap, plagdet: s.plagdet };
  }
  const testCases = casesOf('test');
  const ours = detections(alignments.get('test') ?? [], best.sim, best.gap);
  const base = baselineDetections(documents, partOf(suspicious, 'test'), sources);
  const row = (name: string, s: ReturnType<typeof panScores>): string[] => [name, String(s.cases), String(s.detections), fixed3(s.precision), fixed3(s.recall), fixed3(s.granularity), fixed3(s.plagdet)];
  const kindsOurs = byKind(testCases, ours);
  const kindsBase = byKind(testCases, base);
  const kindRows = [...kindsOurs.keys()].flatMap((k) => {
    const o = kindsOurs.get(k);
    const b = kindsBase.get(k);
    return o && b ? [row(`${k} — storytrace`, o), row(`${k} — 5-gram baseline`, b)] : [];
  });
  const md = [
    `Split by suspicious document (\`indonesianPart\`): ${partOf(suspicious, 'tune').length} documents (${casesOf('tune').length} cases) tune, **${partOf(suspicious, 'test').length} documents (${testCases.length} cases) are reported**. Each suspicious document is compared with all ${sources.length} sources. Our passages: sentence pairs sharing ≥ 3 stems that are rare on both sides (in ≤ 20 sentences of each document), and ≥ 30 % of the shorter sentence's stems, seed windows of ≤ 40 sentences; windows with ≥ 2 seeds each window is aligned by \`measurePair\` (the code behind \`verifyPair\`), and beads at or above a similarity floor are merged into passages; sentence offsets in \`cleanText\` are mapped through \`cleanToNormalizedOffset\` and back to code points of the file. Tuned on the tuning half: similarity floor **${best.sim.toFixed(2)}**, merge gap **${best.gap}** sentence(s) (tuning plagdet ${fixed3(best.plagdet)}). Baseline: shared word 5-grams (each in ≤ 3 places of the source) merged within 200 characters. PAN measures as in Potthast et al. 2010 (characters of both documents count; see \`eval/pan-measures.ts\`). No published system results exist for this corpus (SOURCE.md); PAN-PC-11's best external-detection plagdet was about 0.56 on a different, larger corpus — comparable in kind only.`,
    '',
    '**All test cases, all detections:**',
    '',
    markdownTable(['system', 'cases', 'detections', 'precision', 'recall', 'granularity', 'plagdet'], [row('storytrace', panScores(testCases, ours)), row('5-gram baseline', panScores(testCases, base))]),
    '',
    '**Per case kind** (precision over the detections that touch a case of that kind):',
    '',
    markdownTable(['kind — system', 'cases', 'detections', 'precision', 'recall', 'granularity', 'plagdet'], kindRows),
    '',
    '<details><summary>Tuning grid (tuning half)</summary>',
    '',
    markdownTable(['similarity floor', 'gap', 'precision', 'recall', 'granularity', 'plagdet'], gridRows),
    '',
    '</details>',
  ];
  if (warnings.length > 0) md.push('', `Warnings: ${warnings.slice(0, 10).join('; ')}`);
  return { title: TITLE, command: COMMAND, markdown: md.join('\n') };
}
