import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnchors, extractQuotes, normalizeNumber } from './anchors.js';
import { tokenize } from './tokenize.js';
import type { LanguageCode } from './types.js';

const anchors = (s: string, lang: LanguageCode = 'en'): string[] => extractAnchors(s, tokenize(s), lang);

test('names, multi-word names, numbers with units and dates', () => {
  const a = anchors('Defense Secretary Lloyd Austin said more than 300 missiles were fired on Jan. 5, 2024.');
  for (const want of ['secretary', 'lloyd', 'austin', 'lloyd austin', '300', '300 missiles', 'd:january 5', '2024']) assert.ok(a.includes(want), want);
  assert.ok(!a.includes('defense'), 'the sentence-initial word alone is not a name');
  assert.ok(!a.includes('said'));
});

test('stop words at the ends of a capitalised run are dropped', () => {
  const a = anchors('Officials at The White House met U.S. Army leaders.');
  assert.ok(a.includes('white house'));
  assert.ok(a.includes('u.s army'));
  assert.ok(!a.includes('the'));
});

test('numbers are normalised by language and percentages unified', () => {
  assert.deepEqual(anchors('Some 1,200 people, 2.5% of them.').filter((x) => /^\d/.test(x)), ['1200', '1200 people', '2.5', '2.5%']);
  assert.deepEqual(anchors('Sebanyak 1.200 warga, naik 2,5 persen.', 'id').filter((x) => /^\d/.test(x)), ['1200', '1200 warga', '2.5', '2.5%']);
});

test('numbers grouped by spaces in fr, ru, pl, pt are one number; English keeps separate numbers apart', () => {
  const numbers = (text: string, lang: 'fr' | 'ru' | 'en'): string[] => anchors(text, lang).filter((x) => /^\d/.test(x));
  assert.deepEqual(numbers('Quelque 1 200 habitants et 30 000 litres, 2,4 millions.', 'fr'), ['1200', '1200 habitants', '30000', '30000 litres', '2.4', '2.4 millions']);
  assert.deepEqual(numbers('Около 1 200 жителей.', 'ru'), ['1200', '1200 жителей']);
  assert.deepEqual(numbers('On March 5 100 people left.', 'en'), ['100', '100 people']);
  assert.deepEqual(numbers('En 2024 300 habitants.', 'fr'), ['2024', '300', '300 habitants']);
});

test('normalizeNumber handles mixed and repeated separators', () => {
  assert.equal(normalizeNumber('1,234.5', 'en'), '1234.5');
  assert.equal(normalizeNumber('1.234,5', 'id'), '1234.5');
  assert.equal(normalizeNumber('1.200.000', 'en'), '1200000');
  assert.equal(normalizeNumber('1,200', 'id'), '1.200');
  assert.equal(normalizeNumber('42', 'en'), '42');
});

test('quotes of three or more words become q: anchors', () => {
  const a = anchors('"We will not back down," the minister said, calling it "fake".');
  assert.ok(a.includes('q:we will not back down'));
  assert.ok(!a.some((x) => x === 'q:fake'));
});

test('title-cased headlines give no name anchors', () => {
  assert.deepEqual(anchors('Rescue Teams Search for Survivors After Quake'), []);
});

test('extractQuotes finds both ends of quotes split across sentences', () => {
  assert.deepEqual(extractQuotes('He said "we are ready" and "go"').map((q) => q.text), ['we are ready', 'go']);
  assert.deepEqual(extractQuotes('We will win," he said.').map((q) => q.text), ['We will win,']);
  assert.deepEqual(extractQuotes('He said: "We start now.').map((q) => q.text), ['We start now.']);
  const text = 'A "b c d" e';
  for (const q of extractQuotes(text)) assert.equal(text.slice(q.start, q.end), q.text);
});

test('military and civil titles before a name are not name anchors', () => {
  const a = anchors('Officials said Gen. Castellane and Prof. Rahman met Sen. Jones.');
  assert.ok(a.includes('castellane') && a.includes('rahman') && a.includes('jones'));
  assert.ok(!a.includes('gen') && !a.includes('prof') && !a.includes('sen'));
});

test('a frequent word that is no function word still ends a name ("Recently Amara Osei")', () => {
  const found = anchors('Recently Amara Osei visited the port.');
  assert.ok(found.includes('amara osei'), JSON.stringify(found));
  assert.ok(!found.some((a) => a.startsWith('recently')), JSON.stringify(found));
});
