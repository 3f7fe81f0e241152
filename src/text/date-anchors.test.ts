import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnchors } from './anchors.js';
import { tokenize } from './tokenize.js';
import type { LanguageCode } from './types.js';

const anchors = (s: string, lang: LanguageCode = 'en'): string[] => extractAnchors(s, tokenize(s), lang);

test('one day of a month in several languages and orders gives one anchor, without a bare number or a month name', () => {
  for (const [text, lang] of [
    ['The flood began on March 3, 2026.', 'en'],
    ['The flood began on 3 March 2026.', 'en'],
    ['Banjir mulai pada 3 Maret 2026.', 'id'],
    ['Die Flut begann am 3. März 2026.', 'de'],
    ['La inundación comenzó el 3 de marzo de 2026.', 'es'],
    ["L'inondation a commencé le 3 mars 2026.", 'fr'],
    ['Powódź zaczęła się 3 marca 2026 roku.', 'pl'],
    ['Наводнение началось 3 марта 2026 года.', 'ru'],
  ] as const) {
    const a = anchors(text, lang);
    assert.ok(a.includes('d:march 3'), `${lang}: ${a.join('|')}`);
    assert.ok(a.includes('2026'), `${lang}: the year stays`);
    assert.ok(!a.includes('3') && !a.includes('march'), `${lang}: ${a.join('|')}`);
  }
});

test('English "may" and "mar" are months only when written as months; days past 31 are not dates', () => {
  assert.deepEqual(anchors('Prices may 3 times rise.').filter((a) => a.startsWith('d:')), []);
  assert.deepEqual(anchors('The vote is on May 3.').filter((a) => a.startsWith('d:')), ['d:may 3']);
  assert.deepEqual(anchors('Some 45 March marchers came.').filter((a) => a.startsWith('d:')), []);
});

test('a month in a date does not join the name beside it', () => {
  const a = anchors('Officials met on 3 March Governor Lina Sari.');
  assert.ok(a.includes('governor lina sari') || a.includes('lina sari'), a.join('|'));
  assert.ok(!a.some((x) => x.startsWith('march ')), a.join('|'));
});
