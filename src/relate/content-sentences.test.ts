import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSentences } from './content-sentences.js';
import { ARTICLE, englishDocument } from './test-documents.js';

const SOURCE = englishDocument('source', ARTICLE);
const SAME_NAMES = englishDocument('same-names', 'Harbour Master Elin Strand said 38 containers were found. Vester Lines said the Marisol was secured.');
const NEW_NAME = englishDocument('new-name', 'A spokesman, Tomas Brekke, said the coast guard kept looking. The containers were lost in a storm.');

test('a sentence stripped of the same words in another pair is the same object (its derived data is reused)', () => {
  const first = contentSentences(SOURCE, SAME_NAMES).a;
  const again = contentSentences(SOURCE, SAME_NAMES).a;
  const other = contentSentences(SOURCE, NEW_NAME).a;
  assert.equal(first.length, SOURCE.sentences.length);
  first.forEach((s, k) => {
    assert.equal(again[k], s, `sentence ${k}: the same pair again`);
    assert.equal(other[k], s, `sentence ${k}: a pair that strips the same words from it`);
  });
});

test('a sentence stripped of other words is a new object with its own words', () => {
  // "Fell" is a name on the other side here, and the source's first sentence has the word.
  const withFell = englishDocument('fell', 'Tomas Fell said 212 containers fell from the cargo ship Marisol during a storm.');
  const plain = contentSentences(SOURCE, SAME_NAMES).a[0];
  const stripped = contentSentences(SOURCE, withFell).a[0];
  assert.ok(plain && stripped);
  assert.notEqual(stripped, plain);
  assert.ok(plain.tokens.includes('fell') && !stripped.tokens.includes('fell'), JSON.stringify(stripped.tokens));
  assert.ok(!plain.tokens.includes('marisol') && !stripped.tokens.includes('marisol'));
  assert.deepEqual(stripped.anchors, plain.anchors);
});
