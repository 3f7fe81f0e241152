import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The multilingual news dev set (test/fixtures/multilingual-dev, written for storytrace): two
// English originals, ten translations into de fr es ru ar / pt it nl pl ar, four same-event
// reports in other languages that are not translations, one unrelated article.
const folder = new URL('../fixtures/multilingual-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/multilingual-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('multilingual dev: every document is read, in the language it is written in, without warnings', () => {
  const languages = new Map(result.documents.map((d) => [d.id, d.language]));
  for (const story of truth.stories) {
    assert.equal(languages.get(story.origin), 'en');
    for (const [id, m] of Object.entries(story.members)) assert.equal(languages.get(id), m.language, id);
    for (const id of story.negatives) assert.ok(languages.has(id), id);
  }
  assert.deepEqual(result.warnings, []);
});

test('multilingual dev: each English original is the origin of its story', () => {
  for (const o of score.origins) assert.equal(o.got, o.expected);
});

for (const m of score.members) {
  test(`multilingual dev: ${m.id} (${m.language}) is a translation of its English original`, () => {
    assert.ok(m.correct, `got ${m.got ?? 'nothing'} from ${m.source ?? 'nothing'}`);
  });
}

test('multilingual dev: same-event reports that are not translations, and the unrelated text, stay out of every story', () => {
  assert.deepEqual(score.intruders, []);
});

test('multilingual dev: without publication dates the English originals are still the origins', async () => {
  // Undated copies: no date clue, so the origin must come from the story's shape (the original
  // is the hub every translation was made from).
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-undated-'));
  try {
    cpSync(folder, dir, { recursive: true });
    for (const site of readdirSync(dir)) {
      for (const file of readdirSync(join(dir, site))) {
        const path = join(dir, site, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/<meta property="article:published_time"[^>]*>\n?/g, ''));
      }
    }
    const undated = await analyze([dir], { store: 'memory' });
    assert.ok(undated.documents.every((d) => d.date === null), 'dates were removed');
    const s = scoreNews(undated, truth);
    assert.deepEqual(s.origins.map((o) => o.got), s.origins.map((o) => o.expected));
    assert.deepEqual(s.members.filter((m) => !m.correct).map((m) => m.id), []);
    assert.deepEqual(s.intruders, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
