import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoised, STEM_MEMO_LIMIT, stemmerFor } from './stem.js';

test('English inflections share a stem', () => {
  const stem = stemmerFor('en');
  assert.equal(stem('missiles'), stem('missile'));
  assert.equal(stem('running'), 'run');
});

test('Indonesian affixes are removed and men-/pen- before a vowel restore the t', () => {
  const stem = stemmerFor('id');
  assert.equal(stem('menangkap'), 'tangkap');
  assert.equal(stem('ditangkap'), 'tangkap');
  assert.equal(stem('penangkapan'), 'tangkap');
  assert.equal(stem('serangan'), stem('menyerang'));
  assert.equal(stem('menang'), stemmerFor('id')('menang'));
  assert.notEqual(stem('menang'), 'tang');
});

test('Polish is cut to six characters, und is the identity, numbers pass through', () => {
  assert.equal(stemmerFor('pl')('prezydenta'), 'prezyd');
  assert.equal(stemmerFor('und')('words'), 'words');
  assert.equal(stemmerFor('en')('1,200'), '1,200');
});

test('the same function is returned per language', () => {
  assert.equal(stemmerFor('de'), stemmerFor('de'));
  assert.equal(stemmerFor('de')('häuser').length > 0, true);
});

test('stems stay the same when more words than the memo holds go through it', () => {
  const stem = stemmerFor('en');
  const words = Array.from({ length: 2 * STEM_MEMO_LIMIT + 7 }, (_, i) => `walk${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')}ing`);
  const first = words.map((w) => stem(w));
  assert.equal(stem('running'), 'run');
  for (let i = 0; i < words.length; i += 997) assert.equal(stem(words[i] ?? ''), first[i], words[i]);
  assert.equal(stem('runners'), stem('runner'));
});

test('the memo keeps words in use across a generation swap and forgets the rest', () => {
  const calls: string[] = [];
  const stem = memoised((w) => {
    calls.push(w);
    return w.slice(0, 3);
  }, 3);
  for (const w of ['aaaa', 'bbbb', 'cccc']) stem(w);
  stem('dddd'); // the recent generation (aaaa bbbb cccc) becomes the older one
  assert.equal(stem('aaaa'), 'aaa');
  assert.deepEqual(calls, ['aaaa', 'bbbb', 'cccc', 'dddd'], 'a word of the older generation is not stemmed again');
  for (const w of ['eeee', 'ffff', 'gggg']) stem(w); // two swaps later bbbb and cccc are gone; aaaa was met again
  calls.length = 0;
  stem('bbbb');
  assert.deepEqual(calls, ['bbbb'], 'a word not met for two generations is stemmed again');
});
