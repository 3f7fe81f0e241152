import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashRange } from '../sketch/index.js';
import { vectorize, type AlignSentence } from './index.js';

const sentence = (tokens: string[]): AlignSentence => ({ tokens, stems: tokens.filter((t) => t.length > 2), anchors: [] });
/** The grams as a Set of every 4-character window's hash, sorted: what the vectors must hold. */
const reference = (text: string): number[] => {
  const width = Math.min(4, text.length);
  const grams = new Set<number>();
  for (let i = 0; width > 0 && i + width <= text.length; i++) grams.add(hashRange(text, i, i + width));
  return [...grams].sort((x, y) => x - y);
};

test('a sentence\'s character grams are its distinct 4-character windows\' hashes, ascending (repeats once, short texts whole)', () => {
  const texts = [['the', 'cat', 'and', 'the', 'cat', 'and', 'the', 'cat'], ['ab'], [], Array.from({ length: 120 }, (_, k) => `w${k % 7}`)];
  const v = vectorize(texts.map(sentence), [sentence(['other'])]);
  texts.forEach((tokens, k) => assert.deepEqual([...(v.source[k]?.grams ?? [])], reference(tokens.join(' ')), tokens.join(' ')));
});

test('weights are L2-normalised TF-IDF over the pair\'s sentences, in the sentence\'s stem order', () => {
  const v = vectorize([sentence(['storm', 'hit', 'coast', 'storm'])], [sentence(['coast', 'guard'])]);
  const weights = v.source[0]?.weights ?? new Map<string, number>();
  assert.deepEqual([...weights.keys()], ['storm', 'hit', 'coast']);
  const raw = [2 * Math.log(1 + 2 / 1), Math.log(1 + 2 / 1), Math.log(1 + 2 / 2)];
  const norm = Math.sqrt(raw.reduce((total, w) => total + w * w, 0));
  assert.deepEqual([...weights.values()], raw.map((w) => w / norm));
});
