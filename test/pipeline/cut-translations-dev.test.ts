import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The cut-translations dev set (test/fixtures/cut-translations-dev, written for storytrace; see
// test/fixtures/CUT-TRANSLATIONS-DEV.md): an English report of a harbour fire with Indonesian and
// German translations three paragraphs short, a Spanish derivative translating most of it, French,
// English and Indonesian follow-ups (two crediting its outlet at the end of a sentence), and an
// English report of a crane collapse with its French translation; two reports on other events in
// the harbour (de, id) translate the crane report's background paragraph and must stay out.
const folder = new URL('../fixtures/cut-translations-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/cut-translations-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('cut-translations dev: the English reports are the origins of their stories', () => {
  assert.deepEqual(score.origins.map((o) => o.got), score.origins.map((o) => o.expected));
});

for (const story of truth.stories) {
  const found = result.stories.find((s) => s.origin.document === story.origin);
  const translations = Object.entries(story.members).filter(([, m]) => m.relation === 'translation').map(([id]) => id);
  for (const [id, want] of Object.entries(story.members)) {
    test(`cut-translations dev: ${id} is a ${want.relation} of ${want.source}`, () => {
      const got = found?.members.find((m) => m.document === id);
      assert.equal(got?.relation, want.relation, `got ${got?.relation ?? 'nothing'} from ${got?.source ?? 'nothing'}`);
      // A follow-up may have been written from the original or from its translation.
      const sources = want.relation === 'derivative' ? [want.source, story.origin, ...translations] : [want.source];
      assert.ok(sources.includes(got?.source ?? ''), `source ${got?.source ?? 'nothing'}`);
    });
  }
}

// The reports on other events may form stories of their own; none may join the crane story.
test('cut-translations dev: reports on other events that translate the background paragraph stay out of the story', () => {
  for (const story of truth.stories) {
    const found = result.stories.find((s) => s.origin.document === story.origin);
    const members = new Set(found?.members.map((m) => m.document) ?? []);
    assert.deepEqual(story.negatives.filter((id) => members.has(id)), []);
  }
});
