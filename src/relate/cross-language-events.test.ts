import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPair } from './index.js';
import { measurePair } from './pair-stats.js';
import { weekdaysIn } from './weekdays.js';
import type { PairDocument } from './pair-document.js';
import { toSharedSpace } from '../pipeline/shared-space.js';
import { analyzeText } from '../text/index.js';

// Hand-written for this test (fictional town, people and figures; session 15): a French
// report of a ferry running aground, an Indonesian report on another event in the same harbour
// that restates the French one's background paragraph and the harbour master's standing line,
// and an Indonesian translation of the French report.
/** A text as verification sees it in a language other than English: projected into the English space. */
function projected(id: string, language: 'fr' | 'id', text: string): PairDocument {
  const a = analyzeText({ text, declaredLanguage: language });
  return { id, language, contentHash: id, text: a.cleanText, sentences: toSharedSpace(a.sentences, language), boilerplateLines: 0 };
}

const FERRY = projected('ferry', 'fr', [
  "Le ferry Solveig s'est échoué mardi soir sur un banc de sable au large de Holm Point avec 86 passagers à bord, a indiqué la capitainerie de Lindvik.",
  'Deux remorqueurs ont dégagé le ferry dans la nuit et il est rentré au port par ses propres moyens.',
  '« Personne n\'a été blessé, et nous avons arrêté tout le trafic dans le chenal en quelques minutes », a déclaré le capitaine du port, Jonas Eklund.',
  "Le port de Lindvik est le plus grand de l'île et emploie quelque 1 400 personnes.",
  'La capitainerie, gérée par la commune et le département, drague le chenal est depuis 2022.',
].join(' '));

// Another event in the same harbour: its own place and day, the same background paragraph and standing line.
const FISH_MARKET = projected('fish-market', 'id', [
  'Kebakaran merusak gedung pelelangan ikan di Dermaga Utara pelabuhan Lindvik pada Jumat pagi, kata kantor pelabuhan.',
  'Api dipadamkan dalam satu jam.',
  '"Tidak ada yang terluka, dan kami menghentikan semua lalu lintas di dermaga dalam beberapa menit," kata syahbandar Jonas Eklund.',
  'Pelabuhan Lindvik adalah yang terbesar di pulau itu dan mempekerjakan sekitar 1.400 orang.',
  'Kantor pelabuhan, yang dikelola kota dan kabupaten, mengeruk alur timur sejak 2022.',
].join(' '));

// The ferry report in Indonesian: the same day and place.
const FERRY_ID = projected('ferry-id', 'id', [
  'Kapal feri Solveig kandas di gundukan pasir di lepas Holm Point pada Selasa malam dengan 86 penumpang di dalamnya, kata kantor pelabuhan Lindvik.',
  'Dua kapal tunda menarik feri itu pada malam hari dan kapal itu kembali ke pelabuhan dengan tenaganya sendiri.',
  '"Tidak ada yang terluka, dan kami menghentikan semua lalu lintas di alur dalam beberapa menit," kata syahbandar Jonas Eklund.',
  'Pelabuhan Lindvik adalah yang terbesar di pulau itu dan mempekerjakan sekitar 1.400 orang.',
  'Kantor pelabuhan, yang dikelola kota dan kabupaten, mengeruk alur timur sejak 2022.',
].join(' '));

/** A bead threshold the fish-market pair reaches (0.16): the rules, not the threshold, must tell the two events apart. */
const LOW_BEAD = 0.15;

test('days of the week are read in any language under one name', () => {
  assert.deepEqual(weekdaysIn('am Freitagmorgen'), ['friday']);
  assert.deepEqual(weekdaysIn('jeudi après-midi, pada Minggu pagi'), ['thursday', 'sunday']);
  assert.deepEqual(weekdaysIn('dua minggu lalu, w środowisku'), []);
});

test('across languages each lead names its own day and place: two events, read as in one language', () => {
  const s = measurePair(FERRY, FISH_MARKET);
  assert.ok(s.leads.a.own >= 2 && s.leads.b.own >= 2, JSON.stringify(s.leads));
});

test('a report on another event that translates the other\'s background paragraph is no translation of it', () => {
  const c = classifyPair(measurePair(FERRY, FISH_MARKET), false, LOW_BEAD);
  assert.equal(c.relation, 'unrelated', c.reasons.join('; '));
});

test('a translation naming the same day and place is still a translation', () => {
  const s = measurePair(FERRY, FERRY_ID);
  // "mardi soir" and "Selasa malam" are one day: kept, not the lead's own.
  assert.ok(s.leads.a.own < 2 && s.leads.b.own < 2, JSON.stringify(s.leads));
  assert.equal(classifyPair(s, false, LOW_BEAD).relation, 'translation');
});
