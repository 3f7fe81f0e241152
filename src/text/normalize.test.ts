import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';

test('curly quotes become straight quotes', () => {
  assert.equal(normalizeText('\u201CHello,\u201D she said. \u2018Fine\u2019 \u00ABoui\u00BB \u201Eja\u201C'), '"Hello," she said. \'Fine\' "oui" "ja"');
});

test('dashes become hyphens and keep their spacing', () => {
  assert.equal(normalizeText('Jakarta \u2014 The 2010\u20132020 plan, \u22125 degrees, 555\u20121234'), 'Jakarta - The 2010-2020 plan, -5 degrees, 555-1234');
});

test('odd spaces become spaces and invisible characters disappear', () => {
  assert.equal(normalizeText('a\u00A0b\u2009c\u202Fd\u3000e'), 'a b c d e');
  assert.equal(normalizeText('zero\u200Bwidth\u200D join\uFEFF\u00ADed \u200Frtl\u200E'), 'zerowidth joined rtl');
});

test('Arabic-Indic digits and Arabic number signs become ASCII, one character each', () => {
  assert.equal(normalizeText('\u0661\u066B\u0665 \u0645\u0644\u064A\u0627\u0631 \u0661\u066C\u0668\u0660\u0660 \u06F2\u06F8\u066A'), '1.5 \u0645\u0644\u064A\u0627\u0631 1,800 28%');
  const arabic = '\u0623\u0644\u063A\u062A \u0661\u0668\u0660\u0660 \u0648\u0638\u064A\u0641\u0629';
  assert.equal(normalizeText(arabic).length, arabic.length);
});

test('line endings, trailing spaces and blank-line runs are tidied', () => {
  assert.equal(normalizeText('one  \r\ntwo\t\rthree\n\n\n\n\nfour\n\n'), 'one\ntwo\nthree\n\nfour');
  assert.equal(normalizeText('\n\n  indented first line'), '  indented first line');
});

test('control characters go, tabs and newlines stay', () => {
  assert.equal(normalizeText('a\u0000b\u0007c\td\ne\u001Bf\u009Fg'), 'abc\td\nefg');
});

test('NFKC folds compatibility forms', () => {
  assert.equal(normalizeText('\uFB01nance \uFF21\uFF22\uFF23 \u2460 caf\u0065\u0301'), 'finance ABC 1 caf\u00E9');
});

test('lone surrogates are dropped, pairs kept', () => {
  assert.equal(normalizeText('a\uD800b\uDC00c\uD83D\uDE00'), 'abc\uD83D\uDE00');
});

test('never throws and is idempotent on any string', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const once = normalizeText(s);
      assert.equal(normalizeText(once), once);
    }),
    { numRuns: 2000 },
  );
});

test('idempotent on texts rich in the characters it rewrites', () => {
  const chars = ['\u201C', '\u2019', '\u2014', '\u00A0', '\u200B', '\r', '\n', ' ', '\t', 'a', 'e', '\u0301', '\u0000', '\uD800', '\uFB01'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (parts) => {
      const once = normalizeText(parts.join(''));
      assert.equal(normalizeText(once), once);
      assert.doesNotMatch(once, /\n{3,}|[ \t]+\n|\r/);
    }),
    { numRuns: 2000 },
  );
});

test('plain ASCII text skips the character steps and comes out as through them', () => {
  // A zero-width space in front sends the same text through every step (it is dropped first).
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const alphabet = ['a', 'Z', '1', ' ', ' ', '\t', '\n', '\n', '\r', '\u007F', '\u0001', '"', "'", '-', '.', '~', '|'];
  const texts = ['plain text', '  lead\n\n\n\ntrail \t\n', '\n\nx  \ny\t', ...Array.from({ length: 3000 }, () => Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)] ?? '').join(''))];
  for (const text of texts) assert.equal(normalizeText(text), normalizeText(`\u200B${text}`), JSON.stringify(text));
});
