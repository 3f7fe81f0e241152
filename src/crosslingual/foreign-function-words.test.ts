import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { foreignFunctionWords, languagesWithFunctionWords } from './foreign-function-words.js';
import { foreignStopWords } from './foreign-stop-words.js';
import { normalizeForeign } from './normalize-foreign.js';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[] | undefined>;

test('closed-class lists hold the articles, pronouns, prepositions, conjunctions and auxiliaries of each language', () => {
  const samples: Record<string, readonly string[]> = {
    es: ['el', 'las', 'nosotros', 'cuyo', 'hacia', 'aunque', 'hubieran', 'tiene', 'también'],
    nl: ['het', 'hun', 'zich', 'tussen', 'omdat', 'werden', 'daarvan', 'waartoe', 'niet'],
    de: ['der', 'dessen', 'einander', 'zwischen', 'obwohl', 'würden', 'darauf', 'nicht'],
    fr: ['les', 'auxquels', 'lesquelles', 'parmi', 'lorsque', 'seraient', 'ayant', 'ne'],
    it: ['gli', 'della', 'cui', 'mediante', 'affinché', 'avrebbero', 'stato', 'non'],
    pt: ['os', 'pelas', 'cujo', 'perante', 'embora', 'tivessem', 'houver', 'não'],
    pl: ['ten', 'któregokolwiek', 'swych', 'niego', 'według', 'ponieważ', 'byłyby', 'nie'],
  };
  assert.deepEqual([...languagesWithFunctionWords()], Object.keys(samples).sort());
  for (const [lang, words] of Object.entries(samples)) {
    const list = foreignFunctionWords(lang);
    assert.ok(list !== undefined, lang);
    for (const w of words) assert.ok(list.has(w), `${lang} ${w}`);
  }
});

test('content words that stopwords-iso drops are content in the closed-class lists', () => {
  const content: Record<string, readonly string[]> = {
    es: ['estado', 'estados', 'trabajo', 'tiempo', 'valor', 'general'],
    nl: ['vrij', 'weg', 'gelijk'],
    de: ['recht', 'menschen', 'mann', 'ordnung'],
    fr: ['personne', 'état', 'valeur', 'nouveau'],
    it: ['mondo', 'vita', 'paese', 'gruppo', 'fine'],
    pt: ['estado', 'trabalho', 'valor', 'fim'],
    pl: ['sposób'],
  };
  for (const [lang, words] of Object.entries(content)) {
    const iso = new Set((stopwordsIso[lang] ?? []).map((w) => normalizeForeign(w, lang)));
    for (const w of words) {
      assert.ok(iso.has(w), `${lang} ${w} is on stopwords-iso's list`);
      assert.equal(foreignStopWords(lang).has(w), false, `${lang} ${w} is content`);
    }
  }
});

test('foreignStopWords: own list with single letters where a language has one, stopwords-iso elsewhere', () => {
  assert.ok(foreignStopWords('es').has('y'));
  assert.ok(foreignStopWords('de').has('x'), 'single letters are initials');
  assert.equal(foreignFunctionWords('ru'), undefined);
  assert.equal(foreignStopWords('ru').size, new Set((stopwordsIso.ru ?? []).map((w) => normalizeForeign(w, 'ru'))).size);
  for (const lang of languagesWithFunctionWords()) for (const w of foreignStopWords(lang)) assert.equal(normalizeForeign(w, lang), w, `${lang} ${w} folded`);
});
