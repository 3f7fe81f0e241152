import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countNoun } from './count-noun.js';

test('countNoun puts the noun in the number its count asks for', () => {
  assert.equal(countNoun(1, 'document'), '1 document');
  assert.equal(countNoun(0, 'document'), '0 documents');
  assert.equal(countNoun(14, 'story', 'stories'), '14 stories');
  assert.equal(countNoun(12000, 'pair'), '12,000 pairs');
});
