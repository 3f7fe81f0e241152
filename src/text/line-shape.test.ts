import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineShape, TITLE_LINE_WORDS } from './line-shape.js';

test('word counts, title case and prose as the line reads', () => {
  const title = lineShape('Fire Destroys Central Market In Harbour Town');
  assert.equal(title.words, 7);
  assert.equal(title.titleCase, true);
  assert.equal(title.titleLike, true);
  const prose = lineShape("The fire destroyed the market on Tuesday, officials said, and O'Brien's well-known shop burned.");
  assert.equal(prose.words, 14);
  assert.equal(prose.titleLike, false);
  assert.equal(prose.prose, true);
});

test('a line longer than a title is never title case, however capitalised', () => {
  const words = Array.from({ length: TITLE_LINE_WORDS + 1 }, (_, i) => `Word${i}`);
  const shape = lineShape(words.join(' '));
  assert.equal(shape.words, TITLE_LINE_WORDS + 1);
  assert.equal(shape.titleCase, false);
  assert.equal(shape.titleLike, false);
  assert.equal(shape.prose, true);
  assert.equal(lineShape(words.slice(1).join(' ')).titleCase, true);
});
