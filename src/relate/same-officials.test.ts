import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePair } from './pair-stats.js';
import { classifyPair, RULES, verifyPair } from './index.js';
import { toSharedSpace } from '../pipeline/shared-space.js';
import { analyzeText } from '../text/index.js';
import type { PairDocument } from './pair-document.js';
import { englishDocument as doc } from './test-documents.js';

/** A Spanish text as verification sees it: its sentences projected into the English space. */
function spanishDocument(id: string, text: string): PairDocument {
  const a = analyzeText({ text, declaredLanguage: 'es' });
  return { id, language: 'es', contentHash: id, text: a.cleanText, sentences: toSharedSpace(a.sentences, 'es'), boilerplateLines: 0 };
}

// Hand-written for this test (fictional city, people and figures): a report of a fire on a
// bridge, two reports on other events with the same officials, and a follow-up that brings
// figures of its own (session 14).
const REPORT_TEXT = [
  'A fire on the Orrin Bridge in Castlebury closed the crossing to traffic on Monday morning and left 40 drivers stranded, city officials said.',
  'The fire started at about 6:10 a.m. in a maintenance truck parked under the eastern span.',
  'Firefighters put it out within 50 minutes, and three workers were treated for smoke inhalation.',
  '"The bridge is closed until our engineers say it is safe, and not a minute before," said transport commissioner Nadia Ferris.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the eastern span next summer, after inspections found rust in 2023.',
  'Schools on the east bank will open an hour late on Tuesday, the city said.',
].join(' ');
const REPORT = doc('report', REPORT_TEXT);

// Another event: its lead names its own day and place; the rest is the city's background.
const CRACKS = doc('cracks', [
  'Inspectors found cracks in a support of the Orrin Bridge near the Pell Street ramp on Thursday, Castlebury officials said.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the bridge next summer, after inspections found rust in 2023.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier if the bridge had to close.',
].join(' '));

// Another event: the commissioner's standing line, and the mayor's buses, early in the text.
const WATER_MAIN = doc('water-main', [
  'A burst water main flooded Harker Avenue in Castlebury on Saturday night and closed the street to traffic.',
  'Crews shut off the main within two hours, but 800 homes were left without water.',
  '"The street is closed until our engineers say it is safe, and not a minute before," said transport commissioner Nadia Ferris.',
  'Mayor Owen Pratt said buses would run along Delmore Road while the street was closed.',
  'The water company said supply would be back by noon on Sunday.',
].join(' '));

// Another event whose lead names nothing of its own: only background restated, none of the lead.
const MEETING = doc('meeting', [
  'Castlebury will hold a public meeting about the future of its river crossings next month.',
  'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
  'The city had planned to repaint the eastern span next summer, after inspections found rust in 2023.',
  'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier.',
].join(' '));

// A follow-up: the report's lead retold whole, then the news of the next days, in figures.
const FOLLOW_UP = doc('follow-up', [
  'Repairs to the Orrin Bridge in Castlebury, closed since a truck fire on Monday left 40 drivers stranded, will cost $3.2 million, the city said on Wednesday.',
  'The fire started at about 6:10 a.m. under the eastern span, and three workers were treated for smoke inhalation.',
  'Transport commissioner Nadia Ferris said the bridge would stay shut until engineers judged it safe.',
  'Engineers found 14 damaged cables and 2 cracked beams, she said.',
  'About 25,000 drivers a day now take the shuttle from the Delmore ferry pier, which leaves every 12 minutes.',
  'Mayor Owen Pratt said the crossing should reopen on November 30.',
].join(' '));

test('a report on another event that restates the background of the other is no rewrite: its lead names its own place and day', () => {
  const s = measurePair(REPORT, CRACKS);
  assert.ok(s.b.coverage > 0.5, `it restates most of its sentences (${s.b.coverage})`);
  assert.ok(s.leads.b.own >= 2 && s.leads.a.own >= 2, JSON.stringify(s.leads));
  const p = verifyPair(REPORT, CRACKS);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

test('a report on another event quoting the same official\'s standing line early on is no derivative', () => {
  const p = verifyPair(REPORT, WATER_MAIN);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

test('a follow-up with figures of its own that retells the lead whole is a derivative, not another event', () => {
  const s = measurePair(REPORT, FOLLOW_UP);
  assert.ok(s.b.quantities >= 4 && s.b.quantityContainment < 0.5, `${s.b.quantities} figures, ${s.b.quantityContainment} agree`);
  assert.equal(s.leads.a.own, 0, JSON.stringify(s.leads));
  const p = verifyPair(REPORT, FOLLOW_UP);
  assert.equal(p.relation, 'derivative', p.reasons.join('; '));
});

test('a text restating only sentences outside the other\'s lead is no rewrite: a rewrite retells the lead too', () => {
  const s = measurePair(REPORT, MEETING);
  assert.ok(s.b.coverage > 0.5, `it restates most of its sentences (${s.b.coverage})`);
  const p = verifyPair(REPORT, MEETING);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

// A Spanish agency follow-up a day later: it credits the report's outlet, names the bridge, the
// city and the stranded drivers in a lead of its own wording, tells the next day's news, and
// translates the quote last.
const SPANISH_FOLLOW_UP = spanishDocument('es-follow-up', [
  'Castlebury encarga una auditoría tras el siniestro en el Orrin Bridge que dejó atrapados a 40 conductores, según informó el Castlebury Herald.',
  'Un perito externo revisará los contratos de mantenimiento de los últimos cinco años.',
  'Los comerciantes de la orilla este calculan pérdidas de 800.000 dólares por semana.',
  'Unos 25.000 conductores al día deben dar un rodeo de hasta 25 kilómetros.',
  'Una asociación de vecinos afirmó que había advertido del camión aparcado bajo el puente en agosto.',
  '"El puente seguirá cerrado hasta que nuestros ingenieros digan que es seguro, ni un minuto antes", dijo la comisionada de transporte Nadia Ferris.',
].join(' '));

test('a follow-up in another language crediting the report\'s outlet, whose lead names the report\'s particulars, is a derivative even when no lead sentence aligns', () => {
  const report = doc('report', REPORT_TEXT, { site: 'Castlebury Herald' });
  const s = measurePair(report, SPANISH_FOLLOW_UP);
  assert.ok(s.leads.a.own === 0 && s.leads.a.kept >= 3, JSON.stringify(s.leads));
  // A lead worded too freely for a bead (the dev set's Spanish follow-up aligns no sentence of
  // the English report): the same measurements without the beads of the leads.
  const inLead = (bead: { source: number[]; target: number[] }): boolean => (bead.source[0] ?? 0) < RULES.derivativeLeadSentences && (bead.target[0] ?? 0) < RULES.derivativeLeadSentences;
  const freeLead = { ...s, beads: s.beads.filter((bead) => !inLead(bead)) };
  const c = classifyPair(freeLead, false, 0.22, true);
  assert.equal(c.relation, 'derivative', c.reasons.join('; '));
  // Not without the credit: the names of a lead alone are no evidence of a follow-up.
  assert.equal(classifyPair(freeLead, false, 0.22, false).relation, 'unrelated');
});

// Another event reported on the same pattern as the follow-up: every sentence in the same
// place and shape, every place, day and figure other.
const OTHER_BRIDGE = doc('other-bridge', [
  'Repairs to the Kell Bridge in Castlebury, closed since a bus fire on Friday left 12 drivers stranded, will cost $0.9 million, the city said on Sunday.',
  'The fire started at about 9:40 p.m. under the western span, and one driver was treated for smoke inhalation.',
  'Transport commissioner Nadia Ferris said the bridge would stay shut until engineers judged it safe.',
  'Engineers found 3 damaged cables and 1 cracked beam, she said.',
  'About 8,000 drivers a day now take the shuttle from the Harker Avenue stop, which leaves every 20 minutes.',
  'Mayor Owen Pratt said the crossing should reopen on March 2.',
].join(' '));

test('a report on another event written on the pattern of a follow-up is no retranslation of it', () => {
  const s = measurePair(FOLLOW_UP, OTHER_BRIDGE);
  assert.ok(s.a.monotoneCoverage >= 0.85 && s.b.monotoneCoverage >= 0.85, `${s.a.monotoneCoverage} ${s.b.monotoneCoverage}`);
  const p = verifyPair(FOLLOW_UP, OTHER_BRIDGE);
  assert.equal(p.relation, 'unrelated', p.reasons.join('; '));
});

test('a report on another event stays unrelated when it credits an outlet: the credited follow-up rule keeps the two-events gate', () => {
  const cracks = (credit: string): PairDocument => doc('cracks', [
    `Inspectors found cracks in a support of the Orrin Bridge near the Pell Street ramp on Thursday, Castlebury officials said${credit}.`,
    'The bridge, opened in 1971, carries about 60,000 vehicles a day across the Orrin river.',
    'The city had planned to repaint the bridge next summer, after inspections found rust in 2023.',
    'Mayor Owen Pratt said buses would run a free shuttle across the river from the Delmore ferry pier if the bridge had to close.',
    'Residents said they had noticed rust on the ramp for months.',
    'The repair will be paid from the roads budget, officials said.',
  ].join(' '));
  const credited = cracks(', as first reported by the Castlebury Herald');
  const stats = measurePair(REPORT, credited);
  // The case is set up: each lead names particulars of its own, and the credit is read.
  assert.ok(stats.leads.a.own >= 2 && stats.leads.b.own >= 2, JSON.stringify(stats.leads));
  assert.ok(stats.b.attributions.length > 0);
  assert.equal(verifyPair(REPORT, cracks('')).relation, 'unrelated');
  assert.equal(verifyPair(REPORT, credited).relation, 'unrelated');
});
