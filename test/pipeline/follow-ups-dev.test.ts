import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The follow-ups dev set (test/fixtures/follow-ups-dev, written for storytrace; see
// test/fixtures/FOLLOW-UPS-DEV.md): a Spanish story with its rewrite and an agency follow-up,
// an English story copied into a cluttered page, and three negatives from the originals' own
// sites (same people, another event; a shared "about us" paragraph; reused background).
const folder = new URL('../fixtures/follow-ups-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/follow-ups-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('follow-ups dev: each original is the origin of its story', () => {
  assert.deepEqual(score.origins.map((o) => o.got), score.origins.map((o) => o.expected));
});

for (const m of score.members) {
  test(`follow-ups dev: ${m.id} is a ${m.expected} of its original`, () => {
    assert.ok(m.correct, `got ${m.got ?? 'nothing'} from ${m.source ?? 'nothing'}`);
  });
}

test("follow-ups dev: another event of the same site, with the site's closing paragraph or reused background, stays out", () => {
  assert.deepEqual(score.intruders, []);
});

test("follow-ups dev: the cluttered page's cookie notice, caption, newsletter box and copyright line are boilerplate", () => {
  const page = result.documents.find((d) => d.id === 'westmarch-today/council-approves-ferry-budget.html');
  const removed = page?.boilerplate.join('\n') ?? '';
  for (const part of ['We use cookies', '(Photo: Westmarch Today)', 'Sign up for our free newsletter']) assert.ok(removed.includes(part), part);
});
