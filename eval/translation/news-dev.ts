/**
 * Runs the whole pipeline on a hand-written multilingual news set and scores it against its
 * truth file, with the numbers behind each verdict (bead score against the language's
 * threshold, whether the candidate stage proposed the pair).
 *
 *   node --import tsx eval/translation/news-dev.ts [folder] [truth.json]
 *
 * Defaults to the dev set (test/fixtures/multilingual-dev). The held-out set
 * (test/holdout-multilingual, truth.json inside) is for one run at the end, never for tuning.
 */
import { readFileSync } from 'node:fs';
import { NEWS_DEV, newsMarkdown, runNewsSet } from './news-eval.js';
import type { NewsTruth } from './news-truth.js';

const root = new URL('../../', import.meta.url).pathname;
const folder = process.argv[2] ?? `${root}${NEWS_DEV.folder}`;
const truth = JSON.parse(readFileSync(process.argv[3] ?? `${root}${NEWS_DEV.truth}`, 'utf8')) as NewsTruth;
console.log(`## ${folder}\n\n${newsMarkdown(await runNewsSet(folder, truth))}`);
