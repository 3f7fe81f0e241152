import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnchors } from './anchors.js';
import { tokenize } from './tokenize.js';
import type { LanguageCode } from './types.js';

const anchors = (s: string, lang: LanguageCode = 'en'): string[] => extractAnchors(s, tokenize(s), lang);

test('one time in 12- and 24-hour forms and in several languages gives one anchor', () => {
  assert.deepEqual(anchors('The blast came at 9.15 p.m. local time.'), ['t:21:15']);
  assert.deepEqual(anchors('Ledakan terjadi pukul 21.15 WIB.', 'id'), ['t:21:15']);
  assert.deepEqual(anchors('Die Explosion kam um 21.15 Uhr.', 'de').filter((a) => a.startsWith('t:')), ['t:21:15']);
  assert.deepEqual(anchors("L'explosion a eu lieu à 21h15.", 'fr'), ['t:21:15']);
  assert.deepEqual(anchors('It was 21:15 GMT when it came.'), ['t:21:15']);
  assert.deepEqual(anchors('Mieszkańców wezwano do ewakuacji do godziny 18.00.', 'pl'), ['t:18:00']);
  assert.deepEqual(anchors('Цистерны закрыли к 4 часам утра, а в 11 часов вечера всё кончилось.', 'ru'), ['t:04:00', 't:23:00']);
  assert.deepEqual(anchors('Ремонт займёт 4 часа.', 'ru').filter((a) => a.startsWith('t:')), []);
  assert.deepEqual(anchors("Köylülere saat 18.00'e kadar taşınmaları söylendi.", 'tr'), ['t:18:00']);
});

test('spaced French hours, Arabic evening words and the second end of a range are times', () => {
  assert.deepEqual(anchors('Le train a déraillé à 22 h 15 hier.', 'fr'), ['t:22:15']);
  assert.deepEqual(anchors('خرج القطار في الساعة 10:15 مساء قرب المعبر', 'ar'), ['t:22:15']);
  assert.deepEqual(anchors('Serangan terjadi antara pukul 23.00 dan 04.00 pagi.', 'id'), ['t:23:00', 't:04:00']);
  assert.deepEqual(anchors('Harga naik 2.50 dan 3.50 persen.', 'id').filter((a) => a.startsWith('t:')), []);
});

test('"2:40 a.m." is one time, not the numbers 2 and "40 a.m"', () => {
  const a = anchors('The train derailed at 2:40 a.m. near Kelmar.');
  assert.ok(a.includes('t:02:40'));
  assert.ok(!a.includes('2') && !a.includes('40') && !a.includes('40 a.m'), a.join('|'));
  assert.deepEqual(anchors('Talks ended at 12 a.m. and resumed at 9am.'), ['t:00:00', 't:09:00']);
});

test('figures without a sign of a time stay numbers', () => {
  assert.deepEqual(anchors('Prices rose 9.15 percent.'), ['9.15', '9.15%']);
  assert.deepEqual(anchors('Ceny wzrosły o 3 procent.', 'pl').filter((a) => a.startsWith('t:')), []);
  assert.deepEqual(anchors('De 10 à 14 ans.', 'fr').filter((a) => a.startsWith('t:')), []);
  assert.deepEqual(anchors('They won 2:1 at home.').filter((a) => a.startsWith('t:')), []);
  assert.deepEqual(anchors('The meeting is at 25:70 GMT.').filter((a) => a.startsWith('t:')), []);
});

test('time zones are not names', () => {
  assert.ok(!anchors('Pukul 21.15 WIB, polisi tiba.', 'id').includes('wib'));
});
