import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';

interface Truth {
  story: { origin: string; members: Record<string, { relation: string; source: string }> };
  negatives: string[];
  unrelated: string[];
}

const truth = JSON.parse(readFileSync(new URL('../fixtures/examples-truth.json', import.meta.url), 'utf8')) as Truth;
const result = await analyze([new URL('../../examples', import.meta.url).pathname], { store: 'memory' });
const story = result.stories.find((s) => s.members.some((m) => m.document === truth.story.origin));

test('examples: every document is read without warnings', () => {
  const ids = result.documents.map((d) => d.id);
  for (const id of [truth.story.origin, ...Object.keys(truth.story.members), ...truth.negatives, ...truth.unrelated]) assert.ok(ids.includes(id), id);
  assert.deepEqual(result.warnings, []);
});

test('examples: the original is the origin of one story', () => {
  assert.ok(story, 'a story holds the original');
  assert.equal(story.origin.document, truth.story.origin);
  assert.ok(story.origin.reasons.length > 0);
  const origin = story.members.find((m) => m.document === truth.story.origin);
  assert.deepEqual([origin?.relation, origin?.source], ['origin', null]);
});

for (const [id, expected] of Object.entries(truth.story.members)) {
  test(`examples: ${id} is ${expected.relation} of the original`, () => {
    const member = story?.members.find((m) => m.document === id);
    assert.ok(member, `${id} is in the story`);
    assert.equal(member.relation, expected.relation);
    assert.equal(member.source, expected.source);
  });
}

test('examples: no negative and no unrelated text is in any story', () => {
  const inStories = new Set(result.stories.flatMap((s) => s.members.map((m) => m.document)));
  for (const id of [...truth.negatives, ...truth.unrelated]) assert.ok(!inStories.has(id), `${id} must not be in a story`);
});

test('examples: the same analysis twice gives the same JSON', async () => {
  const again = await analyze([new URL('../../examples', import.meta.url).pathname], { store: 'memory' });
  assert.equal(JSON.stringify(again), JSON.stringify(result));
});
