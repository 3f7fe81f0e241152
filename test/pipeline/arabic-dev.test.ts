import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The Arabic dev set (test/fixtures/arabic-dev, written for storytrace; see
// test/fixtures/ARABIC-DEV.md): an English original (a grain-silo fire at a port), its Arabic
// translation, an Arabic content-farm rewrite, an Arabic agency follow-up that quotes the same
// official word for word and adds the next days' facts, and two reports on other events with the
// same officials, one Arabic (a quote of the same shape), one English.
const folder = new URL('../fixtures/arabic-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/arabic-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('Arabic dev: the English original is the origin of its story', () => {
  assert.deepEqual(score.origins.map((o) => o.got), score.origins.map((o) => o.expected));
});

for (const story of truth.stories) {
  const found = result.stories.find((s) => s.origin.document === story.origin);
  const translations = Object.entries(story.members).filter(([, m]) => m.relation === 'translation').map(([id]) => id);
  for (const [id, want] of Object.entries(story.members)) {
    test(`Arabic dev: ${id} is a ${want.relation} of ${want.source}`, () => {
      const got = found?.members.find((m) => m.document === id);
      assert.equal(got?.relation, want.relation, `got ${got?.relation ?? 'nothing'} from ${got?.source ?? 'nothing'}`);
      // A follow-up may have been written from the original or from its translation.
      const sources = want.relation === 'derivative' ? [want.source, story.origin, ...translations] : [want.source];
      assert.ok(sources.includes(got?.source ?? ''), `source ${got?.source ?? 'nothing'}`);
    });
  }
}

test('Arabic dev: reports on other events with the same officials stay out', () => {
  assert.deepEqual(score.intruders, []);
});
