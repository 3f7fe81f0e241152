// Which SemEval-2022 Task 8 pairs storytrace relates against their gold: the related pairs whose
// gold Overall is ≥ 3 (another story: wrong joins) and ≤ 1.5 (the same story), and the
// "same story" precision / recall / F1 of the relation, on one half of the article-text pairs.
// Usage: node --import tsx eval/semeval-joins.ts [tune|test]   (look at the test half once, at the end)
import { verifyPair } from '../src/relate/index.js';
import { findDataset } from './datasets.js';
import { binaryScores, percent } from './metrics.js';
import { buildEvalDocuments, type EvalText } from './pair-documents.js';
import { readPairs } from './semeval-task8.js';
import { semevalPart, type Part } from './split.js';

const part: Part = process.argv[2] === 'test' ? 'test' : 'tune';
const dir = findDataset('semeval2022-task8', ['texts/original_texts.jsonl', 'texts/hfl_augmented_sample.jsonl']);
if (dir === null) throw new Error('semeval2022-task8 texts not found');
const rows = readPairs(dir, []);
// Boilerplate is counted over every text, as the evaluation does.
const texts = new Map<string, EvalText>();
for (const r of rows) for (const t of [r.a, r.b]) texts.set(t.id, t);
const { documents } = buildEvalDocuments([...texts.values()].sort((x, y) => x.id.localeCompare(y.id)));
const chosen = rows.filter((r) => r.origin !== 'hfl-translated' && semevalPart(r.pairId) === part);
const decisions: { gold: boolean; predicted: boolean }[] = [];
const lines: string[] = [];
for (const r of chosen) {
  const a = documents.get(r.a.id);
  const b = documents.get(r.b.id);
  if (a === undefined || b === undefined || a.raw.id === b.raw.id) continue;
  const p = verifyPair(a.view, b.view);
  const related = p.relation !== 'unrelated';
  decisions.push({ gold: r.overall <= 1.5, predicted: related });
  if (related && (r.overall >= 3 || r.overall <= 1.5)) lines.push(`${r.overall >= 3 ? 'wrong' : 'right'} ${r.pairId} ${r.langs} gold ${r.overall.toFixed(2)} ${p.relation} ${p.score}`);
}
const s = binaryScores(decisions);
console.log(`${part} half, ${decisions.length} article-text pairs: related with gold >= 3: ${lines.filter((l) => l.startsWith('wrong')).length}; related with gold <= 1.5: ${lines.filter((l) => l.startsWith('right')).length}`);
console.log(`same story (relation not unrelated vs gold <= 1.5): P ${percent(s.precision)} R ${percent(s.recall)} F1 ${percent(s.f1)}`);
for (const l of lines.sort()) console.log(l);
