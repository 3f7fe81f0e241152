import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { arabicCliticCandidates, stripArabicClitics } from './strip-arabic-clitics.js';

test('arabicCliticCandidates: conjunction and article come off, the article is tried back on', () => {
  const candidates = arabicCliticCandidates('والحريات');
  assert.ok(candidates.includes('الحريات'));
  assert.ok(candidates.includes('حريات'));
  assert.ok(!candidates.includes('والحريات'));
});

test('arabicCliticCandidates: an attached pronoun comes off, a final t is read as ta marbuta', () => {
  // حريته "his freedom" ← حرية
  assert.ok(arabicCliticCandidates('حريته').includes('حرية'));
});

test('stripArabicClitics: the dictionary decides, and a word too short to strip stays unknown', () => {
  const known = new Set(['الحريات', 'كتاب']);
  assert.equal(stripArabicClitics('والحريات', (k) => known.has(k)), 'الحريات');
  assert.equal(stripArabicClitics('بكتاب', (k) => known.has(k)), 'كتاب');
  assert.equal(stripArabicClitics('وب', (k) => known.has(k)), undefined);
});

test('projectTokens: Arabic words with clitics are read through the stripped key', () => {
  const lexicon = createLexicon({ version: 1, lang: 'ar', entries: { 'الحريات': 'freedom|liberti', 'النساء': 'women' } });
  assert.deepEqual(projectTokens(['والحريات', 'والنساء'], 'ar', lexicon), ['freedom', 'liberti', 'women']);
});

test('arabicCliticCandidates: verbs are read as the third person imperfect the dictionary lists', () => {
  // تدفع "she pays" → يدفع; يحاولون "they try" → يحاول; ونسعى "and we strive" → يسعى
  assert.ok(arabicCliticCandidates('تدفع').includes('يدفع'));
  assert.ok(arabicCliticCandidates('يحاولون').includes('يحاول'));
  assert.ok(arabicCliticCandidates('ونسعى').includes('يسعى'));
  // Too short to be a prefixed verb: left alone.
  assert.ok(!arabicCliticCandidates('تم').includes('يم'));
});

test('projectTokens: a word the dictionary spells with another alef or ya is read by its folded spelling', () => {
  const lexicon = createLexicon({ version: 1, lang: 'ar', entries: { 'اخرى': 'other', 'في': '', 'إنماء': 'develop' } });
  // أخرى (hamza) against the key اخرى; انماء (no hamza) against the key إنماء; with a clitic too.
  assert.deepEqual(projectTokens(['أخرى', 'انماء', 'وانماء'], 'ar', lexicon, { stopWords: new Set() }), ['other', 'develop', 'develop']);
  assert.equal(lexicon.lookupBySpelling('أخري'), lexicon.lookup('اخرى'));
});

test('arabicCliticCandidates: the future particle before a person prefix leaves the dictionary verb', () => {
  // وستغلق "and she will close", سيغلق "he will close" → يغلق "he closes".
  assert.ok(arabicCliticCandidates('وستغلق').includes('يغلق'));
  assert.ok(arabicCliticCandidates('سيغلق').includes('يغلق'));
  // A word that merely starts with س is left alone: سلام "peace", ستة "six".
  assert.deepEqual(arabicCliticCandidates('سلام').filter((x) => x.startsWith('ي')), []);
  assert.deepEqual(arabicCliticCandidates('ستة'), []);
});
