import { alignMonotone, CROSS_LANGUAGE_ALIGNER, similarityMatrix, vectorize, type MonotoneOptions } from '../../src/align/index.js';
import { loadSynonyms } from '../../src/synonyms/index.js';
import type { LanguageCode, Sentence } from '../../src/text/types.js';
import { toEvalDocument } from './eval-document.js';
import { readUdhrUnits } from './udhr-units.js';

/** Share of sentences deleted on one side. */
export const DELETE_SHARE = 0.15;
/** Seeded trials per deleted side. */
export const TRIALS = 20;

/**
 * The options session 1 chose on the id even half alone (threshold 0, merge penalty 0.5, no
 * length prior), kept as a comparison row for the report.
 */
export const SESSION_ONE_ALIGNER: Readonly<MonotoneOptions> = Object.freeze({ threshold: 0, mergePenalty: 0.5, sameScript: false });

/** Precision, recall and F1 of sentence links, averaged over trials. */
export interface AlignmentScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed deletes the same sentences. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the declaration's units of one half, each with its (unit, paragraph) key. */
function declaration(lang: LanguageCode, half: 'train' | 'test'): { sentences: Sentence[]; paragraphOf: string[] } {
  const sentences: Sentence[] = [];
  const paragraphOf: string[] = [];
  for (const unit of readUdhrUnits(lang).filter((u) => (u.number % 2 === 0) === (half === 'train'))) {
    const doc = toEvalDocument(`${lang}:${unit.number}`, unit.paragraphs.join('\n\n'), lang);
    for (const s of doc.view.sentences) {
      sentences.push({ ...s, index: sentences.length });
      paragraphOf.push(`${unit.number}:${s.paragraph}`);
    }
  }
  return { sentences, paragraphOf };
}

/**
 * Gold links from the paragraph structure: paragraphs of the same unit and position; where
 * both hold the same number of sentences they link in order (sure), otherwise every pair in
 * the paragraph pair is possible (neither required nor wrong).
 */
function goldLinks(en: ReturnType<typeof declaration>, fx: ReturnType<typeof declaration>): { sure: Set<string>; possible: Set<string> } {
  const group = (d: ReturnType<typeof declaration>): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    d.paragraphOf.forEach((p, i) => m.set(p, [...(m.get(p) ?? []), i]));
    return m;
  };
  const ge = group(en);
  const gf = group(fx);
  const sure = new Set<string>();
  const possible = new Set<string>();
  for (const [p, es] of ge) {
    const fs = gf.get(p);
    if (!fs) continue;
    if (fs.length === es.length) es.forEach((e, k) => sure.add(`${fs[k]}-${e}`));
    else for (const f of fs) for (const e of es) possible.add(`${f}-${e}`);
  }
  return { sure, possible };
}

/** One seeded trial: the kept sentences of both sides, the aligner's links and the gold. */
export interface AlignmentTrial {
  keptForeign: Sentence[];
  keptEnglish: Sentence[];
  /** Links as `foreignIndex-englishIndex` (indices into the undeleted half). */
  links: Set<string>;
  sure: Set<string>;
  possible: Set<string>;
}

/**
 * Runs the seeded deletion trials of one language and half (see {@link measureAlignment}).
 * @returns one entry per trial, or undefined when UDHR is absent
 */
export function alignmentTrials(lang: LanguageCode, deleteSide: 'foreign' | 'english', half: 'train' | 'test' = 'test', aligner: MonotoneOptions = CROSS_LANGUAGE_ALIGNER): AlignmentTrial[] | undefined {
  const en = declaration('en', half);
  const fx = declaration(lang, half);
  if (en.sentences.length === 0 || fx.sentences.length === 0) return undefined;
  const gold = goldLinks(en, fx);
  const synonyms = loadSynonyms();
  const trials: AlignmentTrial[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const next = random(1000 + trial);
    const victim = deleteSide === 'foreign' ? fx.sentences : en.sentences;
    const keep = victim.map(() => next() >= DELETE_SHARE);
    const keptForeign = fx.sentences.filter((_, i) => deleteSide !== 'foreign' || keep[i]);
    const keptEnglish = en.sentences.filter((_, i) => deleteSide !== 'english' || keep[i]);
    const v = vectorize(keptForeign, keptEnglish, synonyms);
    const sim = similarityMatrix(v.source, v.target, false);
    const beads = alignMonotone(v.source, v.target, sim, { ...aligner, sameScript: false });
    const links = new Set<string>();
    for (const bead of beads) for (const s of bead.source) for (const t of bead.target) links.add(`${keptForeign[s]?.index}-${keptEnglish[t]?.index}`);
    trials.push({ keptForeign, keptEnglish, links, sure: gold.sure, possible: gold.possible });
  }
  return trials;
}

/**
 * Sentence alignment F1 of a foreign UDHR (the units of one half, as one text) against the English one with a share of the
 * sentences deleted on one side (seeded), as the monotone aligner of verification sees them
 * (projected sentences, synonyms, the same options as `measurePair`).
 * @param lang foreign language
 * @param deleteSide which side loses sentences
 * @param half `test`: the odd-numbered articles (reported); `train`: preamble and even ones (for development)
 * @param aligner options of the monotone aligner (default: those `measurePair` uses across languages)
 * @returns scores averaged over {@link TRIALS} seeds, or undefined when UDHR is absent
 */
export function measureAlignment(lang: LanguageCode, deleteSide: 'foreign' | 'english', half: 'train' | 'test' = 'test', aligner: MonotoneOptions = CROSS_LANGUAGE_ALIGNER): AlignmentScore | undefined {
  const trials = alignmentTrials(lang, deleteSide, half, aligner);
  if (!trials) return undefined;
  let [p, r, f] = [0, 0, 0];
  for (const { keptForeign, keptEnglish, links, sure: allSure, possible } of trials) {
    const aliveF = new Set(keptForeign.map((s) => s.index));
    const aliveE = new Set(keptEnglish.map((s) => s.index));
    const alive = (link: string): boolean => {
      const [a, b] = link.split('-').map(Number);
      return aliveF.has(a ?? -1) && aliveE.has(b ?? -1);
    };
    const sure = [...allSure].filter(alive);
    const correct = [...links].filter((l) => allSure.has(l) || possible.has(l)).length;
    const found = sure.filter((l) => links.has(l)).length;
    const precision = links.size === 0 ? 0 : correct / links.size;
    const recall = sure.length === 0 ? 0 : found / sure.length;
    p += precision;
    r += recall;
    f += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return { precision: p / TRIALS, recall: r / TRIALS, f1: f / TRIALS };
}
