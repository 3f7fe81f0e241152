import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonnessFromWordnet } from './english-commonness.js';
import { arabicHeadwordForms, headwordFormsOf } from './headword-forms.js';
import { parseEntry } from './parse-entry.js';
import { tableFromEnglishForeign, tableFromForeignEnglish } from './source-table.js';

// Articles in FreeDict's dictd layout, written for this test (alphabetical senses, as ara-eng has them).
const araEng = [
  { headword: 'الشخص', body: 'الشخص /x/\n1. Cuss\n2. Character\n3. Person' },
  { headword: 'شخّص', body: 'شخّص /x/\n1. Diagnose\n2. Personify' },
];
const engAra = [
  { headword: 'Cuss', body: 'Cuss /x/\nالشخص' },
  { headword: 'Person', body: 'Person /x/\nالشخص' },
  { headword: 'Persons', body: 'Persons /x/\nالأشخاص' },
];
const cntlist = 'person%1:03:00:: 1 6833\ncharacter%1:07:01:: 3 11\ncuss%1:18:00:: 1 1\ndiagnose%2:31:00:: 1 4\nad_hoc%5:00:00:improvised:00 1 2\n';
const indexNoun = '  1 licence header line\nperson n 3 5 @ ~ #m %p + 3 2 00007846 05217688 06326797\njoe n 1 1 @ 1 0 10221520\n';

test('commonnessFromWordnet sums tag counts per Porter2 stem, adds one per sense, skips multi-word lemmas and header lines', () => {
  const common = commonnessFromWordnet(cntlist, [indexNoun]);
  assert.equal(common.get('person'), 6833 + 3);
  assert.equal(common.get('cuss'), 1);
  assert.equal(common.get('joe'), 1);
  assert.equal(common.has('ad_hoc'), false);
  assert.equal(common.has('1'), false);
});

test('an unordered dictionary ranks an article\'s readings by English commonness, not by its (alphabetical) order', () => {
  const commonness = commonnessFromWordnet(cntlist, [indexNoun]);
  assert.deepEqual(tableFromForeignEnglish(araEng, 'ar').get('الشخص'), ['cuss', 'charact', 'person']);
  assert.deepEqual(tableFromForeignEnglish(araEng, 'ar', { unorderedSenses: true, commonness }).get('الشخص'), ['person', 'charact', 'cuss']);
  // A reading given by more articles still comes first, however rare.
  const twice = [...engAra, { headword: 'Cuss', body: 'Cuss /x/\nالشخص' }];
  assert.deepEqual(tableFromEnglishForeign(twice, 'ar', { unorderedSenses: true, commonness }).get('الشخص')?.[0], 'cuss');
});

test('Arabic headwords are stored with and without the article, so both spellings of a noun get the readings of both', () => {
  assert.deepEqual(arabicHeadwordForms('الشخص'), ['الشخص', 'شخص']);
  assert.deepEqual(arabicHeadwordForms('شخص'), ['شخص', 'الشخص']);
  assert.deepEqual(arabicHeadwordForms('الم'), ['الم'], 'one letter left is not a noun');
  assert.deepEqual(arabicHeadwordForms('الشخص المتصل'), ['الشخص المتصل'], 'phrases are kept as they are');
  assert.equal(headwordFormsOf('de'), undefined);
  const commonness = commonnessFromWordnet(cntlist, [indexNoun]);
  const table = tableFromForeignEnglish(araEng, 'ar', { unorderedSenses: true, commonness, keyForms: arabicHeadwordForms });
  // شخص gets the noun's readings beside the verb's (شخّص "diagnose"), the common one first.
  assert.deepEqual(table.get('شخص'), ['person', 'charact', 'diagnos', 'cuss', 'personifi']);
  assert.deepEqual(table.get('الشخص'), ['person', 'charact', 'diagnos', 'cuss', 'personifi']);
});

test('parseEntry splits translations and headwords on the Arabic comma as on the Latin one', () => {
  const state = parseEntry('State /stˈeɪt/\nالحالة، الدولة، يقرّ');
  assert.deepEqual(state.translations, ['الحالة', 'الدولة', 'يقرّ']);
  const sting = parseEntry('لادغ، شائك /lˈaːdiɣ ʃˈaːʔik/\nAculeatus');
  assert.deepEqual(sting.headwords, ['لادغ', 'شائك']);
  assert.deepEqual(parseEntry('house /haʊs/\nHaus, Heim').headwords, ['house']);
  const table = tableFromForeignEnglish([{ headword: 'لادغ، شائك', body: 'لادغ، شائك /x/\nAculeatus' }], 'ar');
  assert.deepEqual([...table.keys()], ['لادغ', 'شائك']);
});

test('parseEntry keeps the Arabic translation before a spaced-dash gloss', () => {
  assert.deepEqual(parseEntry('Addis Ababa /ˈadɪs ˈabɐbə/\nأديس أبابا - عاصمة أثيوبيا').translations, ['أديس أبابا']);
  assert.deepEqual(parseEntry('Ab- /ab/\nx - y').translations, ['x y'], 'Latin text is read as before');
});
