import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

const words = (s: string): string[] => tokenize(s).map((t) => t.token);

test('numbers keep inner separators, words keep apostrophes and hyphens', () => {
  assert.deepEqual(words("O'Brien's well-known Covid-19 plan: 1,200 missiles, 2.5% on the 19th; 5, 2024."), [
    "o'brien's", 'well-known', 'covid-19', 'plan', '1,200', 'missiles', '2.5', 'on', 'the', '19th', '5', '2024',
  ]);
});

test('dotted initialisms are one token, currency prefixes are split off', () => {
  assert.deepEqual(words('The U.S. and P.T. Maju paid Rp1.200.000'), ['the', 'u.s', 'and', 'p.t', 'maju', 'paid', 'rp', '1.200.000']);
});

test('offsets and the capital flag follow the text as written', () => {
  const text = 'Presiden Joko hadir di Ümraniye.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).toLowerCase(), t.token);
  assert.deepEqual(tokens.map((t) => t.capitalized), [true, true, false, false, true]);
});

test('non-Latin scripts tokenise', () => {
  assert.deepEqual(words('Министр сказал: ракеты'), ['министр', 'сказал', 'ракеты']);
  assert.equal(words('قال وزير الدفاع').length, 3);
});

test('empty and punctuation-only input give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' -- ... !! '), []);
});

test('capitalized is an uppercase or titlecase first letter as written, for any script', () => {
  const text = 'ǅemal met Ülkü, İbrahim and ÉLODIE in Ωmega; ωmega, élan, 5th Avenue.';
  for (const t of tokenize(text)) assert.equal(t.capitalized, /^[\p{Lu}\p{Lt}]/u.test(text.slice(t.start, t.end)), t.token);
  assert.deepEqual(tokenize(text).filter((t) => t.capitalized).map((t) => t.token), ['ǆemal', 'ülkü', 'i̇brahim', 'élodie', 'ωmega', 'avenue']);
});

test('tokenize: Japanese and Chinese runs are split into words, and Latin names and numbers glued to them stand alone', () => {
  const text = 'Brookfield市議会は火曜日、Main Streetの3.5キロの区間を7対2で可決した。';
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.token);
  for (const expected of ['brookfield', 'main', 'street', '3.5', '7', '2', '市議会', '火曜日', '可決']) assert.ok(words.includes(expected), `${expected} in ${words.join('|')}`);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).toLowerCase(), t.token);
  assert.deepEqual(tokens.filter((t) => t.capitalized).map((t) => t.token), ['brookfield', 'main', 'street']);
  assert.ok(tokenize('布鲁克菲尔德市议会周二晚上以7比2的投票结果通过').some((t) => t.token === '7'));
});

// The tokens as the single global regex finds them (the form the anchored scan replaced).
function tokensByExec(text: string): [string, number, number][] {
  const token = /(?=(\p{N}+(?:[.,]\p{N}+)*))\1(?![\p{L}\p{M}])|(?<![\p{L}\p{M}\p{N}])\p{L}{1,3}(?=\p{N}+[.,]\p{N})|\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*/gu;
  return [...text.matchAll(token)].map((m) => [m[0].toLowerCase(), m.index, m.index + m[0].length]);
}

test('the anchored scan finds the tokens the global regex finds, on seeded random text', () => {
  // Letters, a combining mark, digits of two scripts, the inner separators, spaces, an astral
  // letter and an astral symbol, lone surrogates, a dotted capital I.
  const pieces = ['a', 'B', 'é', '\u0301', '1', '٣', '.', ',', "'", '-', ' ', ' ', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', 'İ', 'Rp', 'U.S', '%', '\t'];
  let s = 7;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let n = 0; n < 2000; n++) {
    const text = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join('');
    assert.deepEqual(tokenize(text).map((t) => [t.token, t.start, t.end]), tokensByExec(text), JSON.stringify(text));
  }
});

test('the ASCII word scan finds the tokens the global regex finds, on seeded random ASCII-heavy text', () => {
  // Runs of ASCII letters next to every kind of character that ends the scan's short cut or
  // hands the token to the regex: digits, apostrophes, hyphens, dots, commas, other ASCII, a
  // combining mark and a non-ASCII letter.
  const pieces = ['the', 'Rp', 'a', 'US', 'x', '7', '1.5', "'", '-', '.', ',', ' ', '  ', '!', '"', '(', ')', '/', '\u0301', 'é', 'ß', '\n'];
  let s = 11;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join('');
    assert.deepEqual(tokenize(text).map((t) => [t.token, t.start, t.end, t.capitalized]), tokensByExec(text).map(([token, start, end]) => [token, start, end, /^[\p{Lu}\p{Lt}]/u.test(text.slice(Number(start), Number(end)))]), JSON.stringify(text));
  }
});
