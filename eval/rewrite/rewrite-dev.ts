/**
 * Runs the pipeline on the rewrite dev set (test/fixtures/rewrite-dev) and prints, for every
 * pair of its documents, whether the candidate stage proposed it and the numbers the rewrite
 * rule reads: true rewrite pairs first, then every other pair, so the margin between rewrites
 * and same-event negatives can be read off.
 *
 *   node --import tsx eval/rewrite/rewrite-dev.ts [folder] [truth.json]
 */
import { readFileSync } from 'node:fs';
import { analyze, createStore, explainPair } from '../../src/index.js';
import { measurePair } from '../../src/relate/index.js';
import { loadSynonyms } from '../../src/synonyms/index.js';
import { markdownTable } from '../markdown-table.js';
import { scoreNews, type NewsTruth } from '../translation/news-truth.js';

const root = new URL('../../', import.meta.url).pathname;
const folder = process.argv[2] ?? `${root}test/fixtures/rewrite-dev`;
const truth = JSON.parse(readFileSync(process.argv[3] ?? `${root}test/fixtures/rewrite-dev-truth.json`, 'utf8')) as NewsTruth;

const store = await createStore('memory');
const result = await analyze([folder], { store });
const verified = new Set((await store.listPairs()).map((p) => `${p.a}\u0000${p.b}`));
const ids = result.documents.map((d) => d.id).sort();
const expected = new Set(truth.stories.flatMap((s) => Object.keys(s.members).map((m) => [s.origin, m].sort().join('\u0000'))));
const f2 = (x: number): string => x.toFixed(2);
const rows: { line: string[]; key: number; truth: boolean }[] = [];
for (let i = 0; i < ids.length; i++) {
  for (let j = i + 1; j < ids.length; j++) {
    const a = ids[i] ?? '';
    const b = ids[j] ?? '';
    const { pair, source, target } = await explainPair(store, a, b);
    const [x, y] = source.id <= target.id ? [source, target] : [target, source];
    const s = measurePair(x, y, loadSynonyms());
    const [short, long] = s.a.sentences <= s.b.sentences ? [s.a, s.b] : [s.b, s.a];
    const key = `${a}\u0000${b}`;
    const isTruth = expected.has(key);
    rows.push({
      truth: isTruth,
      key: short.contentSoftCoverage,
      line: [
        isTruth ? '**rewrite**' : 'other',
        `${a.split('/')[1]?.slice(0, 28) ?? a} ~ ${b.split('/')[1]?.slice(0, 28) ?? b}`,
        verified.has(key) ? 'yes' : 'no',
        pair.relation,
        f2(short.coverage), f2(long.coverage), f2(s.documentCosine), `${s.sharedNumbers}/${short.numbers}`, f2(short.softCoverage), f2(long.softCoverage), f2(s.meanMatchSimilarity), String(s.strongMatches), f2(s.anchorOverlap), f2(short.contentSoftCoverage), f2(long.contentSoftCoverage), f2(short.passageCoverage), f2(long.passageCoverage), `${f2(short.quantityContainment)} of ${short.quantities}`,
      ],
    });
  }
}
rows.sort((p, q) => Number(q.truth) - Number(p.truth) || q.key - p.key);
const score = scoreNews(result, truth);
console.log(markdownTable(['pair', 'docs', 'cand', 'relation', 'shortCov', 'longCov', 'cosine', 'numbers', 'shortSoft', 'longSoft', 'meanSim', 'strong', 'anchors', 'shortContent', 'longContent', 'shortPassage', 'longPassage', 'shortQty'], rows.slice(0, 30).map((r) => r.line)));
console.log(`\nmembers correct: ${score.members.filter((m) => m.correct).length}/${score.members.length}; intruders: ${score.intruders.join(', ') || 'none'}`);
for (const m of score.members) console.log(`  ${m.id}: ${m.got ?? 'not in the story'} from ${m.source ?? '-'}`);
for (const o of score.origins) console.log(`  origin ${o.expected}: got ${o.got ?? 'no story'}`);
