import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, parseDeclaredLanguage, SUPPORTED_LANGUAGES } from './detect-language.js';

const INDONESIAN = 'Polisi menangkap dua orang tersangka pencurian sepeda motor di kawasan Jakarta Selatan pada Senin malam. '
  + 'Kepala kepolisian setempat mengatakan kedua pelaku sudah lama diincar oleh petugas.';
const ENGLISH = 'The government announced on Monday that it would raise fuel prices by ten percent next month, '
  + 'a move expected to anger commuters across the country.';

test('Indonesian news prose is id, confidently', () => {
  assert.deepEqual(detectLanguage(INDONESIAN), { language: 'id', confident: true });
});

test('English news prose is en, confidently', () => {
  assert.deepEqual(detectLanguage(ENGLISH), { language: 'en', confident: true });
});

test('short texts are und unless a language is declared', () => {
  assert.deepEqual(detectLanguage('OK thanks'), { language: 'und', confident: false });
  assert.deepEqual(detectLanguage('OK thanks', 'en-US'), { language: 'en', confident: false });
});

test('a clear detection beats a wrong declaration', () => {
  assert.equal(detectLanguage(INDONESIAN, 'en').language, 'id');
});

test('scripts outside the supported set are und', () => {
  assert.equal(detectLanguage('这是一个中文句子，用于测试语言检测功能是否正常工作，并且足够长。').language, 'und');
});

test('declared tags are parsed leniently', () => {
  assert.equal(parseDeclaredLanguage('en-US'), 'en');
  assert.equal(parseDeclaredLanguage('in'), 'id');
  assert.equal(parseDeclaredLanguage('pt_BR'), 'pt');
  assert.equal(parseDeclaredLanguage('zh'), 'und');
  assert.equal(parseDeclaredLanguage(undefined), 'und');
  assert.equal(SUPPORTED_LANGUAGES.length, 12);
});

test('the other-script check matches the same code points as a lookahead before a letter', () => {
  // Every code point up to U+30000 (all letters of these scripts), a sample beyond; both forms side by side.
  for (const script of ['Latin', 'Cyrillic', 'Arabic']) {
    const lookahead = new RegExp(`(?!\\p{Script=${script}})\\p{L}`, 'u');
    const oneClass = new RegExp(`[^\\P{L}\\p{Script=${script}}]`, 'u');
    for (let c = 0; c <= 0x10ffff; c += c < 0x30000 ? 1 : 97) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      assert.equal(oneClass.test(s), lookahead.test(s), `${script} U+${c.toString(16)}`);
    }
  }
});
