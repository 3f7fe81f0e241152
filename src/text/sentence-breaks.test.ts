import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainAscii, scanSentenceBreaks } from './sentence-breaks.js';

const LOCALES = ['en', 'id', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar', 'tr'];

function icuStarts(text: string, locale: string): number[] {
  return [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((p) => p.index);
}

function scanStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  let last = from;
  scanSentenceBreaks(text, from, to, (start, end) => {
    assert.equal(start, last, 'pieces are contiguous');
    last = end;
    starts.push(start - from);
  });
  assert.equal(last, to, 'pieces cover the span');
  return starts;
}

// Seeded, so a failure names a text that fails again.
function lcg(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

test('the scan splits printable ASCII where ICU does, in every supported locale (random texts)', () => {
  // Pieces chosen to hit every rule: abbreviations and initials (SB7), decimals (SB6), a stop
  // before lowercase (SB8), before a comma or another stop (SB8a), closing quotes and brackets
  // and spaces after a stop (SB9, SB10), and symbols of no class.
  const parts = ['Mr', 'U', 'S', 'e', 'g', 'the', 'He', 'said', 'i', '3', '2024', '.', '. ', '? ', '! ', '." ', '.) ', '...', ' ', '  ', ', ', '"', "'", '(', ')', ']', '{', '-', ':', '; ', '%', '#', '$5', ' a', ' A', '."', '?!', ".'", ' 1', '.5', '`', '~', '_', '@', '/'];
  const rnd = lcg(20261124);
  for (let t = 0; t < 6000; t++) {
    let text = '';
    for (let n = 1 + rnd(24); n > 0; n--) text += parts[rnd(parts.length)] ?? '';
    const locale = LOCALES[t % LOCALES.length] ?? 'en';
    assert.deepEqual(scanStarts(text), icuStarts(text, locale), `${locale} ${JSON.stringify(text)}`);
  }
});

test('the scan splits random printable ASCII characters where ICU does', () => {
  const rnd = lcg(7);
  for (let t = 0; t < 6000; t++) {
    let text = '';
    for (let n = 1 + rnd(16); n > 0; n--) text += String.fromCharCode(0x20 + rnd(0x5f));
    assert.deepEqual(scanStarts(text), icuStarts(text, 'en'), JSON.stringify(text));
  }
});

test('a span is segmented as a string of its own: nothing before or after it is read', () => {
  // "x." before the span would keep "U.S" together by SB7 if the scan looked back past `from`.
  const text = 'ab.Cd. Ef';
  assert.deepEqual(scanStarts(text, 3, text.length), icuStarts('Cd. Ef', 'en'));
  assert.deepEqual(scanStarts('He left. the end', 0, 9), icuStarts('He left. ', 'en'));
});

test('only printable ASCII is scanned', () => {
  assert.equal(isPlainAscii('He said "no." Then left.', 0, 24), true);
  assert.equal(isPlainAscii('Café. Next', 0, 10), false);
  assert.equal(isPlainAscii('a\tb', 0, 3), false);
  assert.equal(isPlainAscii('a — b', 0, 5), false);
  assert.equal(isPlainAscii('ok é', 0, 3), true, 'only the span is checked');
});
