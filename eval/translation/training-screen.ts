// Training-half screen for a change to the cross-lingual path: UDHR P@1 on the even units, the
// mean and smallest margin of the true unit's bead score over the best wrong one, sentence-
// alignment F1 on the development half, per language, and the threshold rules cross-validated
// on the even units (leave one unit out). Nothing here reads a test half, so a change can be
// chosen on these numbers before eval/translation/run.ts shows the test halves once.
// Usage: node --import tsx eval/translation/training-screen.ts [--json]
import { measureAlignment } from './alignment-eval.js';
import { thresholdCrossValidation } from './threshold-cv.js';
import { measureUdhr, UDHR_LANGUAGES } from './udhr-eval.js';

const rows: { lang: string; p1: string; margin: number; minMargin: number; alignForeign: number; alignEnglish: number }[] = [];
const udhr = measureUdhr(UDHR_LANGUAGES);
for (const result of udhr) {
  if ('skipped' in result) {
    console.log(`${result.lang}: skipped (${result.skipped})`);
    continue;
  }
  const train = result.queries.filter((q) => q.train);
  const margins = train.map((q) => q.positive - Math.max(0, ...q.negatives));
  const foreign = measureAlignment(result.lang, 'foreign', 'train');
  const english = measureAlignment(result.lang, 'english', 'train');
  rows.push({
    lang: result.lang,
    p1: `${train.filter((q) => q.top1).length}/${train.length}`,
    margin: margins.reduce((a, b) => a + b, 0) / Math.max(1, margins.length),
    minMargin: Math.min(...margins),
    alignForeign: foreign?.f1 ?? Number.NaN,
    alignEnglish: english?.f1 ?? Number.NaN,
  });
}
// id has its own cut (its Debian Reference sections give it 200 positives), as in calibrate.ts.
const cv = thresholdCrossValidation(udhr, UDHR_LANGUAGES.filter((lang) => lang !== 'id'));
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, thresholdCv: cv }));
else {
  console.log('| lang | P@1 training half | mean margin | smallest margin | alignment F1 dev (foreign / English deleted) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.lang} | ${r.p1} | ${r.margin.toFixed(3)} | ${r.minMargin.toFixed(3)} | ${(100 * r.alignForeign).toFixed(1)} / ${(100 * r.alignEnglish).toFixed(1)} |`);
  const mean = rows.reduce((a, r) => a + r.alignForeign + r.alignEnglish, 0) / Math.max(1, 2 * rows.length);
  console.log(`\nalignment mean F1 (development half, both sides): ${(100 * mean).toFixed(2)}`);
  console.log('\nThreshold rules, leave one training unit out (balanced accuracy; id: UDHR units only, own cut in all three):');
  console.log('| lang | own cut | shared cut in negatives\' standard deviations (round 8) | normal positives with a pooled spread (round 9) |');
  console.log('| --- | --- | --- | --- |');
  for (const r of cv) console.log(`| ${r.lang} | ${(100 * r.own).toFixed(1)} | ${(100 * r.shared).toFixed(1)} | ${(100 * r.pooledSpread).toFixed(1)} |`);
  const avg = (f: (r: (typeof cv)[number]) => number): string => (100 * cv.reduce((a, r) => a + f(r), 0) / Math.max(1, cv.length)).toFixed(2);
  console.log(`| mean | ${avg((r) => r.own)} | ${avg((r) => r.shared)} | ${avg((r) => r.pooledSpread)} |`);
}
