// Child process of bounds.test.ts: analyses two 20,000-sentence documents (an article and an
// edited copy of it), verifies the pair, and prints the times and peak memory as JSON, so the
// parent measures a fresh process (CPU milliseconds) and not whatever the test runner holds.
import { verifyPair, type PairDocument } from '../../src/relate/index.js';
import { analyzeText } from '../../src/text/index.js';

const SENTENCES = Number(process.argv[2] ?? 20_000);
const WORDS = 'harbour council budget minister storm ferry market school river bridge station museum police festival hospital airport teacher farmer engine garden winter summer window letter doctor village island mountain forest castle theatre library'.split(' ');
let seed = 11;
const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
const lines = Array.from({ length: SENTENCES }, (_, i) => `Item ${i} reports that the ${Array.from({ length: 9 }, () => WORDS[next() % WORDS.length]).join(' ')} rose ${next() % 1000} points.`);
const article = lines.join(' ');
const edited = lines.map((l, i) => (i % 10 === 0 ? l.replace('reports that', 'says') : l)).join(' ');

const rssBefore = process.memoryUsage().rss;
// CPU time, not wall time: on a loaded machine the wall clock measures the neighbours.
const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const t0 = cpuMs();
const doc = (id: string, text: string): PairDocument => {
  const a = analyzeText({ text, declaredLanguage: 'en' });
  return { id, language: a.language, contentHash: id, text: a.cleanText, sentences: a.sentences, boilerplateLines: a.boilerplate.length };
};
const a = doc('article', article);
const b = doc('edited', edited);
const t1 = cpuMs();
const pair = verifyPair(a, b);
const t2 = cpuMs();
process.stdout.write(JSON.stringify({
  chars: article.length,
  sentences: [a.sentences.length, b.sentences.length],
  analyzeCpuMs: Math.round(t1 - t0),
  verifyCpuMs: Math.round(t2 - t1),
  relation: pair.relation,
  reasons: pair.reasons,
  rssBeforeMb: Math.round(rssBefore / 2 ** 20),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
