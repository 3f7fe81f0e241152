import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wideStopwordsFor } from './stopwords.js';
import { mostStopwords, ownAndForeign, PROFILED_LANGUAGES, PROFILE_PARTS, stopwordProfile } from './stopword-profile.js';

const EN = PROFILED_LANGUAGES.indexOf('en');
const DE = PROFILED_LANGUAGES.indexOf('de');

test('a profile counts every word and, per quarter, the stop words by language', () => {
  // Written for this test: English first, German after, each half of the text.
  const text = 'The boat and the crew were in the harbour. Der Hafen und die Stadt sind nicht weit.';
  const profile = stopwordProfile(text);
  assert.equal(profile.words, 17);
  assert.equal(profile.parts.length, PROFILE_PARTS);
  const firstHalf = ownAndForeign(profile.parts.slice(0, 2), EN);
  const secondHalf = ownAndForeign(profile.parts.slice(2), DE);
  assert.ok(firstHalf.own >= 4, `English stop words in the first half: ${firstHalf.own}`);
  assert.ok(secondHalf.own >= 4, `German stop words in the second half: ${secondHalf.own}`);
  assert.ok(ownAndForeign(profile.parts.slice(2), EN).foreign >= 3, 'German reads as foreign to English there');
});

test('lowercasing and combining marks: "İ" is not split into the stop word "i"', () => {
  const profile = stopwordProfile('İstanbul İzmir İçişleri');
  assert.equal(profile.words, 3);
  for (const part of profile.parts) assert.equal(part.size, 0);
});

test('the language with the most stop words wins, the first listed on ties', () => {
  assert.equal(PROFILED_LANGUAGES[mostStopwords(stopwordProfile('der die das und nicht ist ein eine'))], 'de');
  assert.equal(PROFILED_LANGUAGES[mostStopwords(stopwordProfile('the of and to in is was'))], 'en');
  assert.equal(mostStopwords(stopwordProfile('')), 0);
});

// The profile as a match-per-word regex loop over the stop-word lists counts it (the form the
// anchored scan and the stop-word bit set replaced).
test('the profile equals a regex loop over the same words, on seeded random text', () => {
  const words = ['the', 'and', 'der', 'die', 'yang', 'dan', 'и', 'в', 've', 'bir', 'harbour', 'i\u0307stanbul', 'İ', 'x', 'zzzzzzzzzzzzzzzzzzzzzzzzz', '\u{1D400}b', 'ünd', 'la', 'el', 'في', 'من'];
  const seps = [' ', ', ', '. ', '\n', '-', '1', "'"];
  let s = 11;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const maskOf = (w: string): number => PROFILED_LANGUAGES.reduce((mask, language, bit) => (wideStopwordsFor(language).has(w) ? mask | (1 << bit) : mask), 0);
  for (let n = 0; n < 300; n++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 60) }, () => (words[Math.floor(next() * words.length)] ?? '') + (seps[Math.floor(next() * seps.length)] ?? '')).join('');
    const profile = stopwordProfile(text);
    const lower = text.toLowerCase();
    const partLength = Math.ceil(text.length / PROFILE_PARTS);
    let count = 0;
    const parts = Array.from({ length: PROFILE_PARTS }, () => new Map<number, number>());
    for (const m of lower.matchAll(/[\p{L}\p{M}]+/gu)) {
      count++;
      const mask = maskOf(m[0]);
      if (mask === 0) continue;
      const part = parts[Math.min(PROFILE_PARTS - 1, Math.floor(m.index / partLength))];
      part?.set(mask, (part.get(mask) ?? 0) + 1);
    }
    assert.equal(profile.words, count, JSON.stringify(text));
    assert.deepEqual(profile.parts.map((p) => [...p].sort()), parts.map((p) => [...p].sort()), JSON.stringify(text));
  }
});

test('every stop word of every profiled language is found (the bit set filters none out)', () => {
  for (const [bit, language] of PROFILED_LANGUAGES.entries()) {
    const list = [...wideStopwordsFor(language)];
    const profile = stopwordProfile(list.join(' '));
    for (const w of list) {
      // A listed "word" the scan splits (an apostrophe, a digit) is not one word of a text.
      if (/^[\p{L}\p{M}]+$/u.test(w)) assert.ok(((profile.distinct.get(w.toLowerCase()) ?? 0) & (1 << bit)) !== 0 || w !== w.toLowerCase(), `${language}: ${w}`);
    }
  }
});

test('every stop word of every list is found, once in the distinct words, with all its languages', () => {
  for (const [bit, language] of PROFILED_LANGUAGES.entries()) {
    // Words with letters only: the profile's words are letter runs.
    const words = [...wideStopwordsFor(language)].filter((w) => /^[\p{L}\p{M}]+$/u.test(w) && w === w.toLowerCase());
    const profile = stopwordProfile(`${words.join(' ')} ${words.join(' ')}`);
    assert.deepEqual([...profile.distinct.keys()], [...new Set(words)], language);
    for (const w of words) assert.ok(((profile.distinct.get(w) ?? 0) & (1 << bit)) !== 0, `${language}: ${w}`);
  }
});
