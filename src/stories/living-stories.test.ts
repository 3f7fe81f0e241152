import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carryStoryIds } from './carry-story-ids.js';
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

test('carry: a story whose new member became origin keeps the old id', () => {
  const previous = [story('story-old', 'a', [['b', 'copy', 'a'], ['c', 'rewrite', 'a']])];
  const fresh = [story('story-new', 'z', [['a', 'copy', 'z'], ['b', 'copy', 'a'], ['c', 'rewrite', 'a']])];
  assert.deepEqual(carryStoryIds(previous, fresh).map((s) => s.id), ['story-old']);
});

test('carry: a story that keeps only half of an old story gets its own id', () => {
  const previous = [story('story-old', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a'], ['d', 'copy', 'a']])];
  const fresh = [story('story-c', 'c', [['d', 'copy', 'c'], ['e', 'copy', 'c']])];
  assert.deepEqual(carryStoryIds(previous, fresh).map((s) => s.id), ['story-c']);
});

test('carry: a split gives the old id to the larger part and a fresh, unique id to the other', () => {
  const previous = [story('story-a', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a'], ['d', 'copy', 'a'], ['e', 'copy', 'a']])];
  // The larger part lost the origin; the smaller part keeps it, so its natural id is taken.
  const fresh = [story('story-b', 'b', [['c', 'copy', 'b'], ['d', 'copy', 'b']]), story('story-a', 'a', [['e', 'copy', 'a']])];
  const ids = carryStoryIds(previous, fresh).map((s) => s.id);
  assert.equal(ids[0], 'story-a');
  assert.notEqual(ids[1], 'story-a');
  assert.match(ids[1] ?? '', /^story-[0-9a-f]{8}$/);
  assert.deepEqual(carryStoryIds(previous, fresh), carryStoryIds(previous, fresh), 'deterministic');
});

test('carry: two old stories merged keep the id of the one with more shared members', () => {
  const previous = [story('story-p', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a']]), story('story-q', 'x', [['y', 'copy', 'x']])];
  const fresh = [story('story-a', 'a', [['b', 'copy', 'a'], ['c', 'copy', 'a'], ['x', 'derivative', 'a'], ['y', 'copy', 'x']])];
  assert.deepEqual(carryStoryIds(previous, fresh).map((s) => s.id), ['story-p']);
});
