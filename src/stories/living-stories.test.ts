import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchContinuedStories } from './match-stories.js';
import { diffStories, isUnchanged } from './diff-stories.js';
import type { MemberRelation, Story } from './types.js';

const story = (id: string, origin: string, others: [string, MemberRelation, string][]): Story => ({
  id,
  origin: { document: origin, confidence: 0.5, reasons: [] },
  members: [
    { document: origin, relation: 'origin', source: null, score: 1, evidence: {} },
    ...others.map(([document, relation, source]) => ({ document, relation, source, score: 0.8, evidence: {} })),
  ],
});

test('diff: a new member, a changed relation and a changed origin are reported for the story', () => {
  const before = [story('s1', 'a', [['b', 'copy', 'a'], ['c', 'rewrite', 'a']])];
  const after = [story('s1', 'z', [['a', 'edited-copy', 'z'], ['b', 'copy', 'a'], ['c', 'rewrite', 'b']])];
  const d = diffStories(before, after);
  assert.deepEqual(d.created, []);
  assert.deepEqual(d.removed, []);
  assert.equal(d.updated.length, 1);
  const u = d.updated[0];
  assert.ok(u);
  assert.deepEqual(u.joined.map((m) => m.document), ['z']);
  assert.deepEqual(u.left, []);
  assert.deepEqual(u.origin, { before: 'a', after: 'z' });
  assert.deepEqual(u.relations.map((r) => [r.document, r.before.relation, r.after.relation, r.after.source]), [
    ['a', 'origin', 'edited-copy', 'z'],
    ['c', 'rewrite', 'rewrite', 'b'],
  ]);
});

test('diff: created and removed stories, and nothing for an unchanged one', () => {
  const keep = story('s1', 'a', [['b', 'copy', 'a']]);
  const d = diffStories([keep, story('s2', 'x', [['y', 'copy', 'x']])], [keep, story('s3', 'p', [['q', 'excerpt', 'p']])]);
  assert.deepEqual(d.created.map((s) => s.id), ['s3']);
  assert.deepEqual(d.removed, ['s2']);
  assert.deepEqual(d.updated, []);
  assert.equal(isUnchanged(diffStories([keep], [keep])), true);
  assert.equal(isUnchanged(d), false);
});

test('diff: a story whose id changed with its origin is an update of the story it continues', () => {
  const before = [story('story-a', 'a', [['b', 'copy', 'a'], ['c', 'rewrite', 'a']])];
  const after = [story('story-z', 'z', [['a', 'copy', 'z'], ['b', 'copy', 'a'], ['c', 'rewrite', 'a']])];
  const d = diffStories(before, after);
  assert.deepEqual([d.created, d.removed], [[], []]);
  assert.deepEqual(d.updated.map((u) => [u.story, u.previousId, u.origin, u.joined.map((m) => m.document)]), [['story-z', 'story-a', { before: 'a', after: 'z' }, ['z']]]);
});

test('match: a story that keeps only half of an old story does not continue it', () => {
  const previous = [story('story-a', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a'], ['d', 'copy', 'a']])];
  assert.deepEqual(matchContinuedStories(previous, [story('story-c', 'c', [['d', 'copy', 'c'], ['e', 'copy', 'c']])]), new Map());
});

test('match: after a split only the larger part continues the old story', () => {
  const previous = [story('story-a', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a'], ['d', 'copy', 'a'], ['e', 'copy', 'a']])];
  const fresh = [story('story-b', 'b', [['c', 'copy', 'b'], ['d', 'copy', 'b']]), story('story-e', 'e', [['f', 'copy', 'e']])];
  assert.deepEqual(matchContinuedStories(previous, fresh), new Map([['story-b', 'story-a']]));
});

test('match: two old stories merged continue the one with more shared members', () => {
  const previous = [story('story-p', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a']]), story('story-q', 'x', [['y', 'copy', 'x']])];
  const fresh = [story('story-w', 'w', [['a', 'copy', 'w'], ['b', 'copy', 'a'], ['c', 'copy', 'a'], ['x', 'derivative', 'a'], ['y', 'copy', 'x']])];
  assert.deepEqual(matchContinuedStories(previous, fresh), new Map([['story-w', 'story-p']]));
  const d = diffStories(previous, fresh);
  assert.deepEqual([d.created, d.removed, d.updated.map((u) => u.previousId)], [[], ['story-q'], ['story-p']]);
});
