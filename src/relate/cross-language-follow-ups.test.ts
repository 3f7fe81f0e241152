import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../crosslingual/index.js';
import { compareFigures } from './facts.js';
import { verifyPair, type PairDocument } from './index.js';
import { ARTICLE, englishDocument as english, germanDocument } from './test-documents.js';

test('figures are compared both ways round, by value; bare years and day names are left out', () => {
  // "2.4" stands for "2.4 million" only when the bare figure is on the reading's target side:
  // the count must not depend on which document comes first.
  const en = [['2.4 million', '212 containers', 't:21:15', 'd:march 3', '2026', 'monday']];
  const de = [['2.4', '212 container', 't:21:15', 'd:march 4', '2026']];
  assert.deepEqual(compareFigures(en, de, false), { kept: 3, dropped: 1, altered: 0, added: 1 });
  assert.deepEqual(compareFigures(de, en, false), { kept: 3, dropped: 1, altered: 0, added: 1 });
});

test('within one language, one value with another unit word is another figure; an inflected unit is the same one', () => {
  assert.deepEqual(compareFigures([['40 metern', '14 meter', '230']], [['40 minuten', '14 metern', '230 fahrgästen']], true), { kept: 2, dropped: 1, altered: 0, added: 1 });
  // Across languages unit words are other words: the value decides.
  assert.deepEqual(compareFigures([['40 metres']], [['40 metern']], false), { kept: 1, dropped: 0, altered: 0, added: 0 });
});


const german = (id: string, sentences: readonly string[]): PairDocument => germanDocument(id, sentences.join(' '));

const skip = { skip: loadLexicon('de') === undefined ? 'de lexicon pack not built' : false };

test('a follow-up in another language that credits no one: lead, quote and figures restated, its own news after them, is a derivative', skip, () => {
  // Written for this test: the first three sentences translate the article's, the rest is the
  // next day's news with figures of its own.
  const followUp = german('de', [
    'Die Hafenbehörde von Lenholm teilte am Montag mit, dass 212 Container während eines Sturms im North Channel vom Frachtschiff Marisol gefallen sind.',
    'Schiffe der Küstenwache bargen bis Dienstagabend 38 der Container, sagte Hafenmeisterin Elin Strand.',
    '"Wir behandeln jeden Container als Gefahr für die Schifffahrt, bis er gefunden ist", sagte Strand.',
    'Am Mittwoch wurden 14 weitere Container an den Stränden nördlich von Lenholm angespült.',
    'Der Gemeinderat sperrte zwei Strände und bat Freiwillige, keine Container zu öffnen.',
    'Die Versicherer schätzen den Schaden auf 9 Millionen Euro.',
    'Taucher wollen im nächsten Monat den Grund des Kanals absuchen.',
  ]);
  const p = verifyPair(english('en', ARTICLE), followUp);
  assert.equal(p.relation, 'derivative', p.reasons.join(' | '));
  assert.ok(p.reasons.some((r) => r.includes('figures (numbers, times, dates) of the event stated on both sides')), p.reasons.join(' | '));
  // The evidence reads from one side to the other (no dates here to say which is the source).
  const figures = p.evidence.facts.filter((f) => f.type === 'number');
  const values = (change: (c: string) => boolean): string[] => figures.filter((f) => change(f.change)).map((f) => (f.source ?? f.target ?? '').split(' ')[0] ?? '').sort();
  assert.deepEqual(values((c) => c === 'kept'), ['212', '38']);
  assert.ok(values((c) => c !== 'kept').includes('14'), JSON.stringify(figures));
});

test('a report in another language on another spill with the same harbour master, a lead and quote of the same shape, stays out', skip, () => {
  // The same sentence shapes, another ship and other figures: what the two share is names.
  const other = german('other', [
    'Die Hafenbehörde von Lenholm teilte am Montag mit, dass 57 Container während eines Sturms im North Channel vom Frachtschiff Talia gefallen sind.',
    'Schiffe der Küstenwache bargen bis Dienstagabend 9 der Container, sagte Hafenmeisterin Elin Strand.',
    '"Wir behandeln jeden Container als Gefahr, bis er gefunden ist", sagte Strand.',
    'Die Talia war mit 800 Containern an Bord von Hamburg nach Lenholm unterwegs.',
    'Die Reederei Norrland Shipping will die Bergung bezahlen.',
    'Im vergangenen Jahr hatte die Marisol im selben Kanal ebenfalls Container verloren.',
  ]);
  const p = verifyPair(english('en', ARTICLE), other);
  assert.equal(p.relation, 'unrelated', p.reasons.join(' | '));
});

test('an abridged translation, two sentences with figures left out and two joined, is a translation: it states no figure of its own', skip, () => {
  // Written for this test: ARTICLE in German, sentences 4 and 5 joined, 6 (1,400 containers)
  // and 5's radio channel left out, nothing added.
  const abridged = german('abridged', [
    'Die Hafenbehörde von Lenholm teilte am Montag mit, dass 212 Container während eines Sturms im North Channel vom Frachtschiff Marisol gefallen sind.',
    'Schiffe der Küstenwache bargen bis Dienstagabend 38 der Container, sagte Hafenmeisterin Elin Strand.',
    '"Wir behandeln jeden Container als Gefahr für die Schifffahrt, bis er gefunden ist", sagte Strand auf einer Pressekonferenz.',
    'Die Reederei Vester Lines erklärte, keiner der Container habe gefährliche Güter enthalten, und Fischer wurden gebeten, Trümmer dem Hafenamt zu melden.',
    'Ermittler wollen prüfen, wie die Ladung gesichert war, bevor das Schiff den Hafen verließ.',
  ]);
  const p = verifyPair(english('en', ARTICLE), abridged);
  assert.equal(p.relation, 'translation', p.reasons.join(' | '));
});
