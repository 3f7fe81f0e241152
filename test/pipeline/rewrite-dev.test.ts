import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The rewrite dev set (test/fixtures/rewrite-dev, written for storytrace, see test/fixtures/REWRITE-DEV.md):
// four English originals, each with a heavy AI/spinner rewrite (reordered, synonyms, figures
// reworded, quotes made indirect, an editorial sentence, some on content-farm pages), four
// reports on other events with the same people and two same-topic reports.
const folder = new URL('../fixtures/rewrite-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/rewrite-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('rewrite dev: every document is read, in English, without warnings', () => {
  const languages = new Map(result.documents.map((d) => [d.id, d.language]));
  for (const story of truth.stories) for (const id of [story.origin, ...Object.keys(story.members), ...story.negatives]) assert.equal(languages.get(id), 'en', id);
  assert.deepEqual(result.warnings, []);
});

test('rewrite dev: each original is the origin of its story', () => {
  for (const o of score.origins) assert.equal(o.got, o.expected);
});

for (const m of score.members) {
  test(`rewrite dev: ${m.id} is a rewrite of its original`, () => {
    assert.ok(m.correct, `got ${m.got ?? 'nothing'} from ${m.source ?? 'nothing'}`);
  });
}

test('rewrite dev: reports on other events with the same people, and same-topic reports, stay out of every story', () => {
  assert.deepEqual(score.intruders, []);
});

test('rewrite dev: each story is its original and its rewrite, nothing else', () => {
  for (const t of truth.stories) {
    const story = result.stories.find((s) => s.origin.document === t.origin);
    assert.deepEqual(story?.members.map((m) => m.document).sort(), [t.origin, ...Object.keys(t.members)].sort());
  }
});
