import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';
import { projectTokens } from './project.js';
import { arabicCliticCandidates, isArabicFunctionWord, stripArabicClitics } from './strip-arabic-clitics.js';

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
  const lexicon = createLexicon({ version: 1, lang: 'ar', entries: { 'الحريات': 'freedom|liberti', 'النساء': 'woman' } });
  assert.deepEqual(projectTokens(['والحريات', 'والنساء'], 'ar', lexicon), ['freedom', 'liberti', 'woman']);
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

test('arabicCliticCandidates: plural, dual, feminine and accusative endings give the dictionary form, after the clitics', () => {
  // حافلات "buses" → حافلة; والمواطنين "and the citizens" → المواطن; علنيا "publicly" → علني; متساوية → متساوي.
  assert.ok(arabicCliticCandidates('حافلات').includes('حافلة'));
  assert.ok(arabicCliticCandidates('والمواطنين').includes('المواطن'));
  assert.ok(arabicCliticCandidates('علنيا').includes('علني'));
  assert.ok(arabicCliticCandidates('متساوية').includes('متساوي'));
  // A stem must keep three letters: بنا is not read as بن + ا.
  assert.ok(!arabicCliticCandidates('بنا').includes('بن'));
  // The dictionary decides: with only the singular known, the plural reads as it.
  assert.equal(stripArabicClitics('وحافلات', (k) => k === 'حافلة'), 'حافلة');
});

test('isArabicFunctionWord: a stop word with a conjunction, preposition or pronoun on it is a stop word too', () => {
  const stop = new Set(['إلى', 'لما', 'أن', 'هذه']);
  for (const word of ['وإلى', 'ولما', 'أنه', 'لهذه']) assert.equal(isArabicFunctionWord(word, stop), true, word);
  for (const word of ['والحريات', 'شخص', 'إلى']) assert.equal(isArabicFunctionWord(word, stop), false, word);
  // Projected, it adds nothing (the dictionary reads إلى as "followup-to").
  const lexicon = createLexicon({ version: 1, lang: 'ar', entries: { 'إلى': 'followup-to', 'الحريات': 'freedom' } });
  assert.deepEqual(projectTokens(['وإلى', 'والحريات'], 'ar', lexicon, { stopWords: stop }), ['freedom']);
  assert.deepEqual(projectTokens(['وإلى'], 'ar', lexicon), []);
});

test('arabicCliticCandidates: verbs the dictionary lists in the past tense are reached from the imperfect and from past endings', () => {
  // يطور "he develops" → طور; يستخدم "he uses" → استخدم; أكدت "she asserted" → أكد; قالوا "they said" → قال.
  assert.ok(arabicCliticCandidates('يطور').includes('طور'));
  assert.ok(arabicCliticCandidates('يستخدم').includes('استخدم'));
  assert.ok(arabicCliticCandidates('ويرسل').includes('أرسل'));
  assert.ok(arabicCliticCandidates('أكدت').includes('أكد'));
  assert.ok(arabicCliticCandidates('قالوا').includes('قال'));
  // The exact word and the ي-imperfect still come first: the dictionary decides among them.
  const candidates = arabicCliticCandidates('تدفع');
  assert.ok(candidates.indexOf('يدفع') < candidates.indexOf('دفع'));
});

test('arabicCliticCandidates: only verb shapes turn into past-tense headwords (تكاليف "costs" is not أكاليف)', () => {
  assert.ok(!arabicCliticCandidates('تكاليف').includes('أكاليف'));
  assert.ok(!arabicCliticCandidates('تكاليف').includes('اكاليف'));
  assert.ok(arabicCliticCandidates('ينكسر').includes('انكسر'), 'form VII');
  assert.ok(arabicCliticCandidates('يرسل').includes('أرسل'), 'form IV');
});

test('arabicCliticCandidates: a name is not read as a form VII/VIII verb with the article\'s shape', () => {
  // كيلمار "Kelmar": ك + يلمار must not become المار.
  assert.ok(!arabicCliticCandidates('كيلمار').includes('المار'));
  assert.ok(arabicCliticCandidates('يلتقي').includes('التقي'), 'form VIII still is');
});
