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
