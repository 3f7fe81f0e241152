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
import { analyze, createStore, explainPair } from '../../src/index.js';
import { measurePair, translationThreshold } from '../../src/relate/index.js';
import { markdownTable } from '../markdown-table.js';
import { scoreNews, type NewsTruth } from './news-truth.js';

const root = new URL('../../', import.meta.url).pathname;
const folder = process.argv[2] ?? `${root}test/fixtures/multilingual-dev`;
const truthPath = process.argv[3] ?? `${root}test/fixtures/multilingual-dev-truth.json`;
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as NewsTruth;

const store = await createStore('memory');
const result = await analyze([folder], { store });
const verified = new Map((await store.listPairs()).map((p) => [`${p.a}\u0000${p.b}`, p]));
const languageOf = new Map(result.documents.map((d) => [d.id, d.language]));
const score = scoreNews(result, truth);

/** The pair as the pipeline stored it (undefined: the candidate stage never proposed it), and as verification sees it now. */
async function pairLine(x: string, y: string): Promise<{ candidate: boolean; relation: string; bead: number; threshold: number; anchors: number }> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const stored = verified.get(`${a}\u0000${b}`);
  const { pair, source, target } = await explainPair(store, a, b);
  const stats = measurePair(source, target);
  const threshold = translationThreshold(source.language, target.language);
  // The classifier reads the smaller of the two sides' bead scores.
  return { candidate: stored !== undefined, relation: pair.relation, bead: Math.min(stats.a.beadScore, stats.b.beadScore), threshold, anchors: pair.features.anchorOverlap };
}

const rows: string[][] = [];
for (const v of score.members) {
  const t = truth.stories.find((s) => v.id in s.members);
  const p = t ? await pairLine(t.origin, v.id) : undefined;
  rows.push([v.id, languageOf.get(v.id) ?? '?', v.language, `${v.expected}`, `${v.got ?? '–'}`, v.correct ? 'yes' : 'NO', p ? (p.candidate ? 'yes' : 'no') : '?', p ? p.bead.toFixed(3) : '?', p ? p.threshold.toFixed(3) : '?']);
}
console.log(`## ${folder}\n`);
console.log(markdownTable(['member', 'detected', 'truth', 'expected', 'got', 'correct', 'candidate', 'bead vs origin', 'threshold'], rows));

const negRows: string[][] = [];
for (const t of truth.stories) {
  for (const n of t.negatives) {
    let worst = { against: '', bead: -1, relation: '', threshold: 0, candidate: false };
    for (const m of [t.origin, ...Object.keys(t.members)]) {
      const p = await pairLine(n, m);
      if (p.bead > worst.bead) worst = { against: m, bead: p.bead, relation: p.relation, threshold: p.threshold, candidate: p.candidate };
    }
    negRows.push([n, languageOf.get(n) ?? '?', worst.against, worst.relation, worst.bead.toFixed(3), worst.threshold.toFixed(3), worst.candidate ? 'yes' : 'no', score.intruders.includes(n) ? 'IN A STORY' : 'kept out']);
  }
}
console.log('\nNegatives (same event, not translations): highest bead score against any member of the story\n');
console.log(markdownTable(['negative', 'language', 'closest member', 'its relation', 'bead', 'threshold', 'candidate', 'verdict'], negRows));

const correct = score.members.filter((m) => m.correct).length;
const origins = score.origins.filter((o) => o.got === o.expected).length;
console.log(`\nTranslations right (relation and source): ${correct} / ${score.members.length}`);
console.log(`Origins right: ${origins} / ${score.origins.length} (${score.origins.map((o) => o.got ?? 'no story').join(', ')})`);
console.log(`Negatives and unrelated kept out: ${score.negatives - score.intruders.length} / ${score.negatives}${score.intruders.length > 0 ? ` (in a story: ${score.intruders.join(', ')})` : ''}`);
console.log(`Warnings: ${result.warnings.map((w) => `${w.document}: ${w.message}`).join('; ') || 'none'}`);
await store.close();
