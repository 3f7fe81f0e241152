import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectUnsupportedLanguage, detectUnsupportedLanguageOf, unsupportedLanguageIn, UNSUPPORTED_LANGUAGE_RANKING } from '../../src/crosslingual/index.js';
import { detectLanguage, rankLanguages } from '../../src/text/index.js';
import { analyze } from '../../src/index.js';

// Texts written for this test: a short earthquake report in each language.
const JAPANESE = '火曜日に大きな地震が発生し、多くの建物が被害を受けました。政府は救助隊を派遣し、住民に避難を呼びかけています。';
const VIETNAMESE = 'Một trận động đất lớn đã xảy ra vào thứ Ba, làm hư hại nhiều tòa nhà. Chính phủ đã cử đội cứu hộ đến và kêu gọi người dân sơ tán.';
const CHINESE = '星期二发生了一场大地震，许多建筑物受损。政府派出了救援队，并呼吁居民撤离。';
const INDONESIAN = 'Gempa besar terjadi pada hari Selasa dan merusak banyak bangunan. Pemerintah mengirim tim penyelamat dan meminta warga mengungsi.';
const ENGLISH = 'A strong earthquake struck on Tuesday and damaged many buildings. The government sent rescue teams and asked residents to leave.';
const FRENCH = 'Un fort séisme a frappé mardi et endommagé de nombreux bâtiments. Le gouvernement a envoyé des secours et demandé aux habitants de partir.';

test('detectUnsupportedLanguage: Japanese, Chinese and Vietnamese are named', () => {
  assert.equal(detectUnsupportedLanguage(JAPANESE), 'ja');
  assert.equal(detectUnsupportedLanguage(CHINESE), 'zh');
  assert.equal(detectUnsupportedLanguage(VIETNAMESE), 'vi');
});

test('detectUnsupportedLanguage: languages with a lexicon, English and short text give nothing', () => {
  assert.equal(detectUnsupportedLanguage(INDONESIAN), undefined);
  assert.equal(detectUnsupportedLanguage(ENGLISH), undefined);
  assert.equal(detectUnsupportedLanguage(FRENCH), undefined);
  assert.equal(detectUnsupportedLanguage('地震'), undefined);
});

test('one franc pass: rankLanguages answers as detectLanguage, and its scores as detectUnsupportedLanguage', () => {
  const mixed = `${ENGLISH}\n${VIETNAMESE}`;
  const texts = [JAPANESE, VIETNAMESE, CHINESE, INDONESIAN, ENGLISH, FRENCH, mixed, `${JAPANESE}\n${ENGLISH}`, '地震', 'Short one.', 'Ten chars!', ''];
  for (const text of texts) {
    for (const declared of [undefined, 'en', 'id', 'ja']) {
      const ranked = rankLanguages(text, declared, UNSUPPORTED_LANGUAGE_RANKING.codes, UNSUPPORTED_LANGUAGE_RANKING.minLength);
      assert.deepEqual({ language: ranked.language, confident: ranked.confident }, detectLanguage(text, declared), `${text} / ${String(declared)}`);
      assert.equal(unsupportedLanguageIn(ranked.scores), detectUnsupportedLanguage(text), text);
    }
  }
  // The union really was ranked: Vietnamese scores first, and detection still names a supported language or und.
  assert.equal(rankLanguages(VIETNAMESE, undefined, UNSUPPORTED_LANGUAGE_RANKING.codes).scores?.[0]?.[0], 'vie');
  assert.equal(rankLanguages(ENGLISH).scores, undefined);
});

test('a Chinese text with one English prose line is still named, though its language sample is the English line', () => {
  // Lines without spaces count as few words, so the text stage samples the English line only.
  const text = [CHINESE, CHINESE, CHINESE, `${ENGLISH} ${ENGLISH}`, CHINESE, CHINESE, CHINESE, CHINESE].join('\n');
  const sampleScores = rankLanguages(`${ENGLISH} ${ENGLISH}`, undefined, UNSUPPORTED_LANGUAGE_RANKING.codes).scores;
  assert.equal(unsupportedLanguageIn(sampleScores), undefined);
  assert.equal(detectUnsupportedLanguageOf(text, sampleScores), 'zh');
  assert.equal(detectUnsupportedLanguageOf(ENGLISH, rankLanguages(ENGLISH, undefined, UNSUPPORTED_LANGUAGE_RANKING.codes).scores), undefined);
});

test('pipeline: a Japanese and a Vietnamese document each get the no-lexicon warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-nolex-'));
  try {
    writeFileSync(join(dir, 'ja.txt'), `${JAPANESE}\n`);
    writeFileSync(join(dir, 'vi.txt'), `${VIETNAMESE}\n`);
    writeFileSync(join(dir, 'en.txt'), `${ENGLISH}\n`);
    const result = await analyze([dir], { store: 'memory' });
    const warned = (id: string): boolean => (result.documents.find((d) => d.id === id)?.warnings ?? []).some((w) => /no lexicon/.test(w));
    assert.equal(warned('en.txt'), false);
    assert.equal(warned('ja.txt'), true, 'Japanese document not warned');
    assert.equal(warned('vi.txt'), true, 'Vietnamese document not warned');
    // Named, so not also "language unsure": one warning, not two that contradict each other.
    const ja = result.documents.find((d) => d.id === 'ja.txt')?.warnings ?? [];
    assert.deepEqual(ja, ['no lexicon for language "ja": matched across languages by names, numbers and quotes only']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
