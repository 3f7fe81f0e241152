import { existsSync, readFileSync } from 'node:fs';
import { analyze, createStore, explainPair, type Store } from '../../src/index.js';
import { measurePair, translationThreshold } from '../../src/relate/index.js';
import { loadSynonyms } from '../../src/synonyms/index.js';
import { markdownTable } from '../markdown-table.js';
import type { ReportSection } from '../report-section.js';
import { scoreNews, type NewsScore, type NewsTruth } from './news-truth.js';

/** How the pipeline handled one pair of a news set, re-verified for its numbers. */
interface PairLine {
  /** The candidate stage proposed the pair (it was verified during indexing). */
  candidate: boolean;
  relation: string;
  /** The smaller of the two sides' bead scores: what the translation rule reads. */
  bead: number;
  threshold: number;
}

/** A news set run through the pipeline: the score and the numbers behind each verdict. */
export interface NewsRun {
  score: NewsScore;
  /** Per expected member: its pair with the expected original. */
  members: { id: string; language: string; detected: string; pair: PairLine }[];
  /** Per negative: its pair with the closest member of the story (highest bead score). */
  negatives: { id: string; language: string; closest: string; pair: PairLine; inStory: boolean }[];
  warnings: string[];
}

async function pairLine(store: Store, verified: ReadonlySet<string>, x: string, y: string): Promise<PairLine> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const { pair, source, target } = await explainPair(store, a, b);
  // As verifyPair measures it: sides ordered by id, with the English synonym concepts.
  const stats = measurePair(source.id <= target.id ? source : target, source.id <= target.id ? target : source, loadSynonyms());
  return {
    candidate: verified.has(`${a}\u0000${b}`),
    relation: pair.relation,
    bead: Math.min(stats.a.beadScore, stats.b.beadScore),
    threshold: translationThreshold(source.language, target.language),
  };
}

/**
 * Runs `analyze` on a folder of news documents and scores it against its truth file.
 * @param folder documents (ids are paths relative to it)
 * @param truth what the folder holds
 */
export async function runNewsSet(folder: string, truth: NewsTruth): Promise<NewsRun> {
  const store = await createStore('memory');
  try {
    const result = await analyze([folder], { store });
    const verified = new Set((await store.listPairs()).map((p) => `${p.a}\u0000${p.b}`));
    const languageOf = new Map(result.documents.map((d) => [d.id, d.language as string]));
    const score = scoreNews(result, truth);
    const members: NewsRun['members'] = [];
    const negatives: NewsRun['negatives'] = [];
    for (const story of truth.stories) {
      for (const [id, want] of Object.entries(story.members)) {
        members.push({ id, language: want.language, detected: languageOf.get(id) ?? '?', pair: await pairLine(store, verified, story.origin, id) });
      }
      for (const id of story.negatives) {
        let worst: { closest: string; pair: PairLine } | undefined;
        for (const m of [story.origin, ...Object.keys(story.members)]) {
          const pair = await pairLine(store, verified, id, m);
          if (!worst || pair.bead > worst.pair.bead) worst = { closest: m, pair };
        }
        if (worst) negatives.push({ id, language: languageOf.get(id) ?? '?', ...worst, inStory: score.intruders.includes(id) });
      }
    }
    return { score, members, negatives, warnings: result.warnings.map((w) => `${w.document}: ${w.message}`) };
  } finally {
    await store.close();
  }
}

/** Markdown tables of a news run: per member, per negative, per language, and the totals. */
export function newsMarkdown(run: NewsRun): string {
  const verdict = new Map(run.score.members.map((m) => [m.id, m]));
  const memberRows = run.members.map((m) => {
    const v = verdict.get(m.id);
    return [m.id, m.language, m.detected, v?.got ?? '–', v?.correct ? 'yes' : '**no**', m.pair.candidate ? 'yes' : 'no', m.pair.bead.toFixed(3), m.pair.threshold.toFixed(3)];
  });
  const negativeRows = run.negatives.map((n) => [n.id, n.language, n.closest, n.pair.relation, n.pair.bead.toFixed(3), n.pair.threshold.toFixed(3), n.pair.candidate ? 'yes' : 'no', n.inStory ? '**in a story**' : 'kept out']);
  const languages = [...new Set([...run.members.map((m) => m.language), ...run.negatives.map((n) => n.language)])].sort();
  const languageRows = languages.map((lang) => {
    const ms = run.members.filter((m) => m.language === lang);
    const ns = run.negatives.filter((n) => n.language === lang);
    const right = ms.filter((m) => verdict.get(m.id)?.correct).length;
    return [lang, ms.length === 0 ? '–' : `${right} / ${ms.length}`, ms.length === 0 ? '–' : ms.map((m) => m.pair.bead.toFixed(3)).join(', '), ns.length === 0 ? '–' : `${ns.filter((n) => !n.inStory).length} / ${ns.length}`];
  });
  const correct = run.score.members.filter((m) => m.correct).length;
  const origins = run.score.origins.filter((o) => o.got === o.expected).length;
  return [
    `Translations found as \`translation\` of the right English original: **${correct} / ${run.score.members.length}**; English originals chosen as origin: **${origins} / ${run.score.origins.length}**; negatives and unrelated texts kept out of every story: **${run.score.negatives - run.score.intruders.length} / ${run.score.negatives}**. Warnings: ${run.warnings.length === 0 ? 'none' : run.warnings.join('; ')}.`,
    '',
    markdownTable(['language', 'translations right', 'bead score against the original', 'same-event negatives kept out'], languageRows),
    '',
    markdownTable(['member', 'truth', 'detected', 'relation', 'right', 'candidate', 'bead vs original', 'threshold'], memberRows),
    '',
    'Negatives: the highest bead score against any member of their story.',
    '',
    markdownTable(['negative', 'language', 'closest member', 'its relation', 'bead', 'threshold', 'candidate', 'verdict'], negativeRows),
  ].join('\n');
}

/** Paths of the hand-written dev set (test/fixtures/multilingual-dev) from the repository root. */
export const NEWS_DEV = { folder: 'test/fixtures/multilingual-dev', truth: 'test/fixtures/multilingual-dev-truth.json' };

/**
 * The report section of the multilingual news dev set (a development set: the fixes of round 4
 * were made while looking at it, so it shows regressions, not generalisation).
 */
export async function newsSection(root: string): Promise<ReportSection> {
  const title = 'Cross-lingual: multilingual news dev set (hand-written translations and same-event reports)';
  const command = 'node --import tsx eval/translation/news-dev.ts';
  const truthPath = `${root}/${NEWS_DEV.truth}`;
  if (!existsSync(truthPath)) return { title, command, markdown: '', skipped: `${NEWS_DEV.truth} not found` };
  const run = await runNewsSet(`${root}/${NEWS_DEV.folder}`, JSON.parse(readFileSync(truthPath, 'utf8')) as NewsTruth);
  const intro = 'Two English news originals written for storytrace (a chlorine train derailment, 428 words; airline job cuts, 402 words), each translated by us into five languages with the usual newsroom liberties (sentences merged and split, one dropped, numbers reformatted: "1 200", "1.200", "30 тыс.", Arabic-Indic digits in one Arabic text; Russian and Arabic names transliterated), two independent reports of each event in two other languages (same people and places, other facts and wording), and one unrelated article. The whole pipeline (`analyze`) runs on the folder; the bead scores are re-verified for the table. This is a **development** set: round 4\'s fixes were made looking at it.';
  return { title, command, markdown: `${intro}\n\n${newsMarkdown(run)}` };
}
