import { loadSynonyms } from '../../src/synonyms/index.js';
import { detectLanguage } from '../../src/text/index.js';
import type { LanguageCode } from '../../src/text/types.js';
import { readBookSections, type BookSection } from './debian-sections.js';
import { toEvalDocument, type EvalDocument } from './eval-document.js';
import { fetchDebianPackage } from './fetch-debian-package.js';
import { beadScore, buildPostings, scoreQuery } from './score-pairs.js';

/** Sections shorter than this many words (headings only, one-line notes) are left out. */
export const MIN_SECTION_WORDS = 40;
/** Sections verified per query to find the hardest non-pairs for the false-positive rate. */
export const WIDE_CANDIDATES = 10;

/** What one translated section scored against the English book. */
export interface SectionQuery {
  anchor: string;
  /** Training half: even position among the queries (used to calibrate, never to report). */
  train: boolean;
  /** The candidate path found the true English section. */
  candidateFound: boolean;
  /** The best-verified candidate is the true English section. */
  top1: boolean;
  /** The same with the index keys src/pipeline builds today (all readings of each word). */
  pipelineTop1: boolean;
  /** Bead score against the true section (verified even when the candidate path missed it). */
  positive: number;
  /** Bead scores of the wrong candidates the candidate path proposed. */
  negatives: number[];
  /**
   * Bead scores of the wrong sections among the {@link WIDE_CANDIDATES} sharing the most
   * IDF mass with the query (the hardest non-pairs; all others are taken to score below).
   */
  wideNegatives: number[];
  /** Bead score against the neighbouring section of the same chapter, when there is one. */
  neighbour: number | undefined;
}

/** The Debian Reference measurement, or why it was skipped. */
export type DebianResult =
  | { skipped: string }
  | { queries: SectionQuery[]; collection: number; sectionsCut: number; candidatesPerQuery: number; msPerVerification: number };

function neighbourOf(section: BookSection, english: readonly BookSection[], kept: ReadonlySet<string>): BookSection | undefined {
  const same = english.filter((s) => s.chapter === section.chapter && kept.has(s.anchor) && s.anchor !== section.anchor);
  return same.find((s) => s.order > section.order) ?? [...same].reverse().find((s) => s.order < section.order);
}

/**
 * Cuts the Debian Reference (en and one translation) into sections by their shared anchors and
 * runs every translated section through the candidate path against all English sections,
 * verifying each candidate by its bead score; also scores each against the next section of its
 * chapter.
 * @param cacheDir where packages are downloaded and unpacked
 * @param lang the translation's language: a `debian-reference-LL` package (default `id`)
 * @returns per-query scores, or a reason to skip (package not fetchable)
 */
export function measureDebianReference(cacheDir: string, lang: LanguageCode = 'id'): DebianResult {
  const en = fetchDebianPackage('debian-reference-en', cacheDir);
  const translated = fetchDebianPackage(`debian-reference-${lang}`, cacheDir);
  if ('skipped' in en) return en;
  if ('skipped' in translated) return translated;
  const english = readBookSections(en.root, 'en');
  const translation = readBookSections(translated.root, lang);
  if (english.length === 0 || translation.length === 0) return { skipped: 'no sections found in the unpacked Debian Reference' };

  return measureTranslatedSections(english, translation, lang);
}

/**
 * Runs every translated section through the candidate path against all English sections with
 * the same anchor set, verifying each candidate by its bead score, and scores each against the
 * next English section of its chapter.
 * @param english the English sections (the collection)
 * @param translation the translated sections (queries: those that read as `lang`, matched by anchor)
 * @param lang the translation's language
 * @returns per-query scores
 */
export function measureTranslatedSections(english: readonly BookSection[], translation: readonly BookSection[], lang: LanguageCode): DebianResult {
  const enDocs = new Map<string, EvalDocument>();
  for (const s of english) {
    const doc = toEvalDocument(`en:${s.anchor}`, s.text, 'en');
    if (doc.words >= MIN_SECTION_WORDS) enDocs.set(doc.view.id, doc);
  }
  const kept = new Set([...enDocs.keys()].map((k) => k.slice(3)));
  // Only sections really translated: some stay in English (untranslated strings fall back).
  const queries = translation
    .filter((s) => kept.has(s.anchor) && detectLanguage(s.text).language === lang)
    .map((s) => ({ section: s, doc: toEvalDocument(`${lang}:${s.anchor}`, s.text, lang) }))
    .filter((q) => q.doc.words >= MIN_SECTION_WORDS);

  const byAnchor = new Map(english.map((s) => [s.anchor, s]));
  const postings = buildPostings([...enDocs.values()]);
  const pipelinePostings = buildPostings([...enDocs.values()], 'pipelineKeys');
  const synonyms = loadSynonyms();
  let verifications = 0;
  const started = process.hrtime.bigint();
  const out: SectionQuery[] = queries.map((q, k) => {
    const truth = `en:${q.section.anchor}`;
    const scored = scoreQuery(q.doc, postings, enDocs, synonyms);
    const wide = scoreQuery(q.doc, postings, enDocs, synonyms, false, { minTermShare: 0, maxTermCandidates: WIDE_CANDIDATES });
    const today = scoreQuery(q.doc, pipelinePostings, enDocs, synonyms, false, {}, 'pipelineKeys');
    verifications += scored.scores.size;
    const trueDoc = enDocs.get(truth);
    const missed = !scored.scores.has(truth) && trueDoc !== undefined;
    const positive = scored.scores.get(truth) ?? (trueDoc ? beadScore(q.doc.view, trueDoc.view, synonyms) : 0);
    const original = byAnchor.get(q.section.anchor);
    const next = original ? neighbourOf(original, english, kept) : undefined;
    const nextDoc = next ? enDocs.get(`en:${next.anchor}`) : undefined;
    verifications += (missed ? 1 : 0) + (nextDoc ? 1 : 0);
    return {
      anchor: q.section.anchor,
      train: k % 2 === 0,
      candidateFound: scored.scores.has(truth),
      top1: scored.best === truth,
      pipelineTop1: today.best === truth,
      positive,
      negatives: [...scored.scores].filter(([id]) => id !== truth).map(([, s]) => s),
      wideNegatives: [...new Map([...wide.scores, ...scored.scores])].filter(([id]) => id !== truth).map(([, s]) => s),
      neighbour: nextDoc ? beadScore(q.doc.view, nextDoc.view, synonyms) : undefined,
    };
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    queries: out,
    collection: enDocs.size,
    sectionsCut: english.length,
    candidatesPerQuery: queries.length === 0 ? 0 : verifications / queries.length,
    msPerVerification: verifications === 0 ? 0 : ms / verifications,
  };
}
