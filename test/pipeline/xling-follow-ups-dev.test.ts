import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The cross-language follow-ups dev set (test/fixtures/xling-follow-ups-dev, written for
// storytrace; see test/fixtures/XLING-FOLLOW-UPS-DEV.md): two stories, an English and a Spanish
// original, each with a translation, a follow-up in another language that credits the original,
// one that credits no one, and two reports in other languages on other events with the same
// officials, places and a quote of the same shape.
const folder = new URL('../fixtures/xling-follow-ups-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/xling-follow-ups-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

test('cross-language follow-ups dev: each original is the origin of its story', () => {
  assert.deepEqual(score.origins.map((o) => o.got), score.origins.map((o) => o.expected));
});

for (const story of truth.stories) {
  const found = result.stories.find((s) => s.origin.document === story.origin);
  // A follow-up that credits no one may have been written from the original or from its
  // translation; either is a right source. One that names the original's outlet must link to it.
  const translations = new Set(Object.entries(story.members).filter(([, m]) => m.relation === 'translation').map(([id]) => id));
  for (const [id, want] of Object.entries(story.members)) {
    test(`cross-language follow-ups dev: ${id} is a ${want.relation} of ${story.origin}`, () => {
      const got = found?.members.find((m) => m.document === id);
      assert.equal(got?.relation, want.relation, `got ${got?.relation ?? 'nothing'} from ${got?.source ?? 'nothing'}`);
      const credits = want.relation === 'derivative' && (got?.evidence.reasons ?? []).some((r) => r.includes('credits'));
      const sources = want.relation === 'derivative' && !credits ? [want.source, ...translations] : [want.source];
      assert.ok(sources.includes(got?.source ?? ''), `source ${got?.source ?? 'nothing'}`);
    });
  }
}

test('cross-language follow-ups dev: reports on other events with the same people stay out, across languages and within one', () => {
  assert.deepEqual(score.intruders, []);
});

test('cross-language follow-ups dev: a derivative across languages shows its evidence (aligned sentences, shared and changed figures)', () => {
  const members = result.stories.flatMap((s) => s.members).filter((m) => m.relation === 'derivative');
  assert.equal(members.length, 5);
  for (const m of members) {
    assert.ok((m.evidence.beads ?? []).length >= 2, `${m.document}: aligned sentences`);
    const figures = (m.evidence.facts ?? []).filter((f) => f.type === 'number' || f.type === 'date');
    assert.ok(figures.some((f) => f.change === 'kept'), `${m.document}: shared figures`);
    assert.ok(figures.some((f) => f.change !== 'kept'), `${m.document}: figures of its own or left out`);
  }
});
