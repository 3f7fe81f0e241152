import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { scoreNews, type NewsTruth } from '../../eval/translation/news-truth.js';

// The translated-origins dev set (test/fixtures/translated-origins-dev, written for storytrace; see
// test/fixtures/TRANSLATED-ORIGINS-DEV.md): four stories whose origin is not English (it, es, fr,
// pl), each with an English translation and a translation into a third language, made from the
// original (it, es, pl) or from the English translation (fr), English follow-ups of two of them,
// and reports on other events with the same officials.
const folder = new URL('../fixtures/translated-origins-dev', import.meta.url).pathname;
const truth = JSON.parse(readFileSync(new URL('../fixtures/translated-origins-dev-truth.json', import.meta.url), 'utf8')) as NewsTruth;
const result = await analyze([folder], { store: 'memory' });
const score = scoreNews(result, truth);

/** Misses left open, with why (docs/accuracy.md, "Session 15: whose version is it"). */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  'gazzetta-di-castelbruno/traghetto-incagliato-lago-di-morena.html': 'the origin is called a rewrite of the boat-crash report months earlier (same prefect, lake, hospital; 5 of 6 sentences parallel): a relation miss',
};

for (const [i, o] of score.origins.entries()) {
  const todo = KNOWN_MISSES[o.expected];
  test(`translated-origins dev: ${o.expected} is the origin of story ${i + 1}`, todo === undefined ? {} : { todo }, () => {
    assert.equal(o.got, o.expected);
  });
}

for (const story of truth.stories) {
  const found = result.stories.find((s) => s.members.some((m) => m.document === story.origin));
  for (const [id, want] of Object.entries(story.members)) {
    const todo = KNOWN_MISSES[id];
    test(`translated-origins dev: ${id} is a ${want.relation} of ${want.source}`, todo === undefined ? {} : { todo }, () => {
      const got = found?.members.find((m) => m.document === id);
      assert.deepEqual([got?.relation, got?.source], [want.relation, want.source]);
    });
  }
}

test('translated-origins dev: reports on other events with the same officials stay out of the stories', () => {
  const intruders = truth.stories.flatMap((story) => {
    const found = result.stories.find((s) => s.members.some((m) => m.document === story.origin));
    const members = new Set(found?.members.map((m) => m.document) ?? []);
    return story.negatives.filter((id) => members.has(id) && KNOWN_MISSES[story.origin] === undefined);
  });
  assert.deepEqual(intruders, []);
});
