import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText, cleanToNormalizedOffset, LANGUAGE_UNSURE_WARNING } from './analyze-text.js';
import { buildBoilerplateContext, collectLineKeys } from './boilerplate-context.js';
import { normalizeText } from './normalize.js';
import type { AnalyzedText } from './types.js';

const ENGLISH_PAGE = `Menu\nNews\nSport\n\nMissiles Fired at Border Town\n\nDefense Secretary Lloyd Austin said more than 300 missiles were fired on Jan. 5, 2024, at the town.\n\n\u201CWe will respond at a time of our choosing,\u201D Mr. Austin told reporters in Washington. The U.S. Army was put on alert.\n\n- Advertisement -\n\nOfficials said 1,200 residents had left.\n\nShare this:`;

const INDONESIAN_PAGE = `Beranda\n\nPolisi Tangkap Dua Pencuri Motor\n\nPolisi menangkap dua orang tersangka pencurian sepeda motor di kawasan Jakarta Selatan pada Senin malam. Kepala Polres, Kombes. Budi Santoso, mengatakan kedua pelaku sudah lama diincar.\n\n"Kami masih mencari pelaku lain," kata Prof. Rahman dari P.T. Maju.\n\nBACA JUGA: Harga Cabai Naik Tajam Menjelang Lebaran`;

function assertOffsets(a: AnalyzedText): void {
  for (const s of a.sentences) assert.equal(a.cleanText.slice(s.start, s.end), s.text);
  a.sentences.forEach((s, i) => assert.equal(s.index, i));
}

test('English page: language, boilerplate, sentences, tokens, stems and anchors', () => {
  const a = analyzeText({ text: ENGLISH_PAGE });
  assertOffsets(a);
  assert.equal(a.language, 'en');
  assert.deepEqual(a.warnings, []);
  assert.equal(a.title, 'Missiles Fired at Border Town');
  assert.deepEqual(a.sentences.map((s) => s.text), [
    'Missiles Fired at Border Town',
    'Defense Secretary Lloyd Austin said more than 300 missiles were fired on Jan. 5, 2024, at the town.',
    '"We will respond at a time of our choosing," Mr. Austin told reporters in Washington.',
    'The U.S. Army was put on alert.',
    'Officials said 1,200 residents had left.',
  ]);
  const s1 = a.sentences[1];
  assert.ok(s1 !== undefined);
  assert.ok(s1.tokens.includes('the') && !s1.stems.includes('the'));
  assert.ok(s1.stems.includes('missil'));
  assert.ok(s1.anchors.includes('lloyd austin') && s1.anchors.includes('300 missiles'));
  assert.ok(a.sentences[2]?.anchors.includes('q:we will respond at a time of our choosing'));
  assert.ok(a.sentences[4]?.anchors.includes('1200'));
  assert.deepEqual(a.boilerplate.map((b) => b.text), ['Menu', 'News', 'Sport', '- Advertisement -', 'Share this:']);
});

test('Indonesian page: id, abbreviations kept inside sentences, cross-link removed', () => {
  const a = analyzeText({ text: INDONESIAN_PAGE, declaredLanguage: 'en' });
  assertOffsets(a);
  assert.equal(a.language, 'id');
  assert.equal(a.sentences.length, 4);
  assert.ok(a.sentences[2]?.text.includes('Kombes. Budi Santoso'));
  assert.ok(a.sentences[3]?.text.endsWith('kata Prof. Rahman dari P.T. Maju.'));
  assert.ok(a.boilerplate.some((b) => b.text.startsWith('BACA JUGA:')));
  assert.ok(a.sentences[1]?.stems.includes('tangkap'));
});

test('short text: und with a warning; declared language used', () => {
  const a = analyzeText({ text: 'OK thanks' });
  assert.equal(a.language, 'und');
  assert.deepEqual(a.warnings, [LANGUAGE_UNSURE_WARNING]);
  assert.equal(analyzeText({ text: 'OK thanks', declaredLanguage: 'en-GB' }).language, 'en');
});

test('empty or non-string input gives an empty result with a warning, never a throw', () => {
  assert.deepEqual(analyzeText({ text: '' }).warnings, ['empty text']);
  const bad = { text: 42 } as unknown as { text: string };
  assert.deepEqual(analyzeText(bad).sentences, []);
});

test('with a corpus context, a shared footer is removed as repeated', () => {
  // A line, not a sentence: a sentence must recur in 10 documents (the versions of one story share sentences).
  const footer = 'More stories from the region';
  const texts = [
    `The mayor opened a new bridge over the river on Monday morning.\n\n${footer}`,
    `Heavy rain flooded several roads in the north of the city overnight.\n\n${footer}`,
    `A primary school opened a new library funded by parents and shops.\n\n${footer}`,
  ].map(normalizeText);
  const context = buildBoilerplateContext(texts.map((t) => ({ keys: collectLineKeys(t) })));
  const a = analyzeText({ text: texts[0] ?? '' }, context);
  assert.deepEqual(a.boilerplate.map((b) => b.reason), ['repeated']);
  assert.equal(a.sentences.length, 1);
});

test('clean offsets map back to the normalised text', () => {
  const a = analyzeText({ text: ENGLISH_PAGE });
  for (const s of a.sentences) {
    const from = cleanToNormalizedOffset(a, s.start);
    assert.equal(a.normalizedText.slice(from, from + s.text.length), s.text);
  }
});

test('sentence offsets hold on generated pages', () => {
  const line = fc.constantFrom(
    'Home', '- Advertisement -', 'Fire Hits Market', 'He said. Then he left.', 'Mr. Smith met Gen. Austin in the U.S. on Jan. 5.',
    '"We will go," she said.', 'Polisi menangkap dua orang di Jakarta pada Senin malam.', 'READ: Other Story Here', '', '   ', 'Share this:',
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
      const a = analyzeText({ text: lines.join('\n') });
      assertOffsets(a);
      for (const b of a.boilerplate) assert.equal(a.normalizedText.slice(b.start, b.end), b.text);
    }),
    { numRuns: 300 },
  );
});
