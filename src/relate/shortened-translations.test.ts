import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPair } from './index.js';
import { measurePair } from './pair-stats.js';
import { englishDocument, germanDocument } from './test-documents.js';

// Hand-written for this test (fictional town, people and figures; session 15): an English
// report of a bridge closed for repairs, a German translation with two paragraphs cut, and a
// German report that translates most of it and adds news of its own.
const REPORT = englishDocument('report', [
  'The Ostvik bridge over the Elm river was closed to all traffic on Monday after engineers found a cracked bearing, the county roads office said.',
  'About 18,000 vehicles cross the bridge every day, most of them lorries bound for the port.',
  'Drivers are being sent on a detour of 14 kilometres through the village of Harlen.',
  '"We will not reopen the bridge until the bearing has been replaced," said county engineer Paula Strand.',
  'The repair is expected to take at least three weeks.',
  'The bridge was opened in 1974 and was last renovated in 2009.',
  'An inspection in 2023 found rusted bolts on the same bearing.',
  'Buses will keep running across the river on the ferry from Harlen.',
  'The mayor of Harlen, Tomas Berg, asked the county for a temporary bridge.',
  'The county will pay for the repair, about 2.4 million euros, from its road budget.',
].join(' '));

// Three paragraphs of ten cut; "2023 rostige Bolzen" reads as a figure with its unit, where the
// English side has the year alone.
const SHORTENED = germanDocument('shortened', [
  'Die Ostvik-Brücke über den Fluss Elm ist am Montag für den gesamten Verkehr gesperrt worden, nachdem Ingenieure ein gerissenes Lager gefunden hatten, teilte das Straßenamt des Kreises mit.',
  'Rund 18.000 Fahrzeuge überqueren die Brücke täglich, die meisten davon Lastwagen auf dem Weg zum Hafen.',
  'Autofahrer werden auf eine Umleitung von 14 Kilometern durch das Dorf Harlen geschickt.',
  '"Wir werden die Brücke erst wieder öffnen, wenn das Lager ersetzt ist", sagte Kreisingenieurin Paula Strand.',
  'Die Reparatur wird voraussichtlich mindestens drei Wochen dauern.',
  'Eine Prüfung fand 2023 rostige Bolzen an demselben Lager.',
].join(' '));

// Most of it translated, and sentences of its own with figures of their own.
const FOLLOW_UP = germanDocument('follow-up', [
  'Die Ostvik-Brücke über den Fluss Elm ist am Montag für den gesamten Verkehr gesperrt worden, nachdem Ingenieure ein gerissenes Lager gefunden hatten, teilte das Straßenamt des Kreises mit.',
  'Rund 18.000 Fahrzeuge überqueren die Brücke täglich, die meisten davon Lastwagen auf dem Weg zum Hafen.',
  'Autofahrer werden auf eine Umleitung von 14 Kilometern durch das Dorf Harlen geschickt.',
  '"Wir werden die Brücke erst wieder öffnen, wenn das Lager ersetzt ist", sagte Kreisingenieurin Paula Strand.',
  'Die Spediteure am Hafen rechnen mit Mehrkosten von 240.000 Euro pro Woche.',
  'Der Kreistag beruft für den 19. März eine Sondersitzung ein.',
].join(' '));

/** A bead threshold both German texts reach: the figures, not the threshold, must decide. */
const BEAD = 0.15;

test('a translation with paragraphs cut is a translation, though a year in a translated sentence reads as a figure of its own', () => {
  const s = measurePair(REPORT, SHORTENED);
  assert.ok(s.figures.added > 0, `a figure read on the shortened side only (${JSON.stringify(s.figures)})`);
  assert.equal(s.b.untranslatedFigures, 0);
  const c = classifyPair(s, false, BEAD);
  assert.equal(c.relation, 'translation', c.reasons.join('; '));
});

test('a text that translates most of another and adds sentences with figures of its own is no translation', () => {
  const s = measurePair(REPORT, FOLLOW_UP);
  assert.ok(s.b.untranslatedFigures > 0, JSON.stringify(s.b));
  assert.notEqual(classifyPair(s, false, BEAD).relation, 'translation');
});
