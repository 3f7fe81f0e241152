import type { LanguageCode } from '../../src/text/types.js';
import type { ReportSection } from '../report-section.js';
import type { DebianResult, SectionQuery } from './debian-reference-eval.js';
import { pct, share, table } from './format.js';
import { GLOBAL_MIN_RECALL, globalThreshold, outcomeAt } from './threshold-metrics.js';

/** A query's margin: its true section's score minus the best wrong one among the hardest candidates. */
function queryMargin(query: SectionQuery): number {
  return query.positive - Math.max(0, ...query.wideNegatives);
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Reports section-level retrieval of several translations of one parallel text against its
 * English original: P@1 and mean margin on both halves, and recall and false positives at one
 * threshold for all languages, chosen on the pooled training halves (the middle of the interval
 * where false positives ≤ 0.1 % and recall ≥ 97 %).
 * @param title the section heading
 * @param command the command that made the numbers
 * @param intro what was measured (data, licence, how it was cut)
 * @param results each language's measurement
 * @returns a report section
 */
export function parallelSection(title: string, command: string, intro: string, results: ReadonlyMap<LanguageCode, DebianResult>): ReportSection {
  const measured = [...results].flatMap(([lang, r]) => ('skipped' in r ? [] : [{ lang, r }]));
  const skipped = [...results].flatMap(([lang, r]) => ('skipped' in r ? [`${lang}: ${r.skipped}`] : []));
  if (measured.length === 0) return { title, command, markdown: `Skipped: ${skipped.join('; ')}.`, skipped: skipped.join('; ') };
  const half = (r: Extract<DebianResult, { queries: unknown }>, train: boolean): SectionQuery[] => r.queries.filter((x) => x.train === train);
  const nonPairs = (r: Extract<DebianResult, { queries: unknown }>, xs: readonly SectionQuery[]): number => xs.length * (r.collection - 1);
  const trainNegatives = measured.flatMap(({ r }) => half(r, true).flatMap((x) => x.wideNegatives));
  const trainTotal = measured.reduce((n, { r }) => n + nonPairs(r, half(r, true)), 0);
  const { budgetEdge, recallEdge, global } = globalThreshold(measured.flatMap(({ r }) => half(r, true).map((x) => x.positive)), trainNegatives, trainTotal);
  const cells = (r: Extract<DebianResult, { queries: unknown }>, train: boolean): string[] => {
    const xs = half(r, train);
    const o = outcomeAt(global, xs.map((x) => x.positive), xs.flatMap((x) => x.wideNegatives), nonPairs(r, xs));
    return [`${xs.length}`, pct(share(xs, (x) => x.top1)), mean(xs.map(queryMargin)).toFixed(3), `${pct(o.recall)} / ${o.falsePositives} (${(100 * o.falsePositiveRate).toFixed(3)} %)`];
  };
  const rows = measured.map(({ lang, r }) => [lang, `${r.collection}`, pct(share(r.queries, (x) => x.candidateFound)), ...cells(r, true), ...cells(r, false)]);
  const markdown = [
    `${intro} Each query goes through the candidate path (first-reading index keys, \`rankCandidates\`) and every candidate is bead-verified; P@1 = the best-verified candidate is the true one. ` +
      `Margin = the true section's bead score minus the best wrong one among the candidates and the ten sections sharing the most IDF mass with the query (the hardest non-pairs). ` +
      `One threshold for all languages, ${global.toFixed(4)}: the middle of the pooled training halves' interval where false positives ≤ 0.1 % (from ${budgetEdge.toFixed(4)}) and recall ≥ ${pct(GLOBAL_MIN_RECALL)} (up to ${recallEdge.toFixed(4)}). Training half = even positions, test half = odd.` +
      (skipped.length > 0 ? ` Skipped: ${skipped.join('; ')}.` : ''),
    '',
    table(['lang', 'English units', 'true among candidates (all)', 'train queries', 'train P@1', 'train mean margin', 'train recall / false positives at the threshold', 'test queries', 'test P@1', 'test mean margin', 'test recall / false positives'], rows),
  ].join('\n');
  return { title, command, markdown };
}
