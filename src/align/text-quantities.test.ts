import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQuantities } from './read-quantities.js';
import { quantitiesOfText } from './text-quantities.js';

test('quantitiesOfText reads a text once and answers as readQuantities does', () => {
  const text = 'Almost four weeks later, close to $40 million had been raised.';
  const first = quantitiesOfText(text);
  assert.deepEqual(first, readQuantities(text));
  // The same text (another string object with the same characters) gets the same list back, unread.
  assert.equal(quantitiesOfText(`Almost four weeks later, ${'close to $40 million'} had been raised.`), first);
  assert.deepEqual(quantitiesOfText('No figures here.'), []);
});
