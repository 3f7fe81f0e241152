import { test } from 'node:test';
import assert from 'node:assert/strict';
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
