import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, LANGUAGE_UNSURE_WARNING } from './analyze-text.js';
import { detectLanguage } from './detect-language.js';
import { otherLanguageOf } from './other-language.js';

// Written for these tests: short news lines in languages storytrace has no model for.
const YORUBA = 'Ìjọba ìpínlẹ̀ Èkó ti kéde pé àwọn ilé ìwé yóò ṣí sílẹ̀ ní ọjọ́ Ajé. Gómìnà sọ fún àwọn oníròyìn pé ààbò àwọn ọmọ ṣe pàtàkì.';
const SWAHILI = 'Mvua kubwa imenyesha jijini Nairobi na kusababisha mafuriko katika mitaa mingi ya mji huo leo.';
const TAGALOG = 'Ang pamahalaan ng lungsod ay nagpahayag na muling bubuksan ang mga paaralan sa susunod na Lunes.';
const INDONESIAN = 'Pemerintah kota Jakarta mengumumkan bahwa sekolah akan dibuka kembali pada hari Senin depan.';
const ENGLISH = 'The mayor said on Monday that the schools would open again next week after the floods.';

test('a short text in a language without a model is und, not a confident wrong code', () => {
  for (const text of [YORUBA, SWAHILI, TAGALOG]) assert.deepEqual(detectLanguage(text), { language: 'und', confident: false }, text);
});

test('short news in a supported language keeps its language', () => {
  assert.equal(detectLanguage(INDONESIAN).language, 'id');
  assert.equal(detectLanguage(ENGLISH).language, 'en');
  assert.equal(otherLanguageOf(INDONESIAN, 'id'), undefined);
});

test('a declared language stands over the doubt', () => {
  assert.equal(detectLanguage(SWAHILI, 'id').language, 'id');
});

test('the text stage warns that the language is unsure', () => {
  assert.ok(analyzeText({ text: SWAHILI }).warnings.includes(LANGUAGE_UNSURE_WARNING));
});
