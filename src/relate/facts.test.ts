import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureValue } from './fact-figures.js';
import { diffFacts } from './facts.js';

const lines = (facts: ReturnType<typeof diffFacts>): string[] => facts.map((f) => `${f.type} ${f.change} ${f.source ?? ''} > ${f.target ?? ''}`);

test('figure values multiply their magnitude word out, in the languages read', () => {
  assert.equal(figureValue('4.8 million dollars'), '4800000');
  assert.equal(figureValue('2.4 millionen'), '2400000');
  assert.equal(figureValue('13 ألف'), '13000');
  assert.equal(figureValue('30 tys'), '30000');
  assert.equal(figureValue('4.3 billion'), '4300000000');
  assert.equal(figureValue('300 drones'), '300');
  assert.equal(figureValue('12%'), '12%');
  assert.equal(figureValue('12%', true), '12');
});

test('facts across languages: the same values in other words are kept, quotes and day names are not compared', () => {
  const facts = diffFacts(
    [['1800 jobs', '1800 positions', '2.4 million', '13000 jobs', '12%', 'q:we had no choice', 'wednesday', '2026']],
    [['1800 empleos', '2.4 millones', '13', '12', 'q:no teníamos otra opción', '2026']],
    { sameLanguage: false },
  );
  assert.deepEqual(lines(facts), [
    'number kept 12% > 12',
    'number kept 13000 jobs > 13',
    'number kept 1800 jobs > 1800 empleos',
    'number kept 1800 positions > 1800 empleos',
    'number kept 2.4 million > 2.4 millones',
    'date kept 2026 > 2026',
  ]);
});

test('facts within one language: a changed magnitude or a figure given without its unit word is not the same figure', () => {
  assert.deepEqual(lines(diffFacts([['13000 jobs']], [['13']])), ['number added  > 13', 'number dropped 13000 jobs > ']);
  assert.deepEqual(lines(diffFacts([['2.4 million']], [['2.4 billion']])), ['number added  > 2.4 billion', 'number dropped 2.4 million > ']);
});

test('facts: a name spelled otherwise is altered within a language and kept across languages (transliterated, declined)', () => {
  const source = [['david okafor', 'port selwyn', 'kelmar', 'red cross']];
  assert.deepEqual(lines(diffFacts(source, [['devid okafor', 'port-selvinom', 'kelmar', 'kelmarom', 'krasnyy krest']], { sameLanguage: false })), [
    'name added  > krasnyy krest',
    'name dropped red cross > ',
    'name kept david okafor > devid okafor',
    'name kept kelmar > kelmar',
    'name kept port selwyn > port-selvinom',
  ]);
  assert.deepEqual(lines(diffFacts([['david okafor']], [['devid okafor']])), ['name altered david okafor > devid okafor']);
});

test('facts: names are not compared when a side writes without capitals', () => {
  assert.deepEqual(lines(diffFacts([['martina kowalczyk', '450']], [['450']], { sameLanguage: false, names: false })), ['number kept 450 > 450']);
});

test('facts: a word of a name both sides keep is not a changed name', () => {
  assert.deepEqual(lines(diffFacts([['david okafor', 'david', 'okafor']], [['david okafor', 'okafor']])), ['name kept david okafor > david okafor', 'name kept okafor > okafor']);
});

test('facts: capitalised common nouns of a side are not names', () => {
  const nouns = new Set(['anwohner', 'entgleisung']);
  const facts = diffFacts([['kelmar', 'elena marsh']], [['kelmar', 'elena marsh', 'anwohner', 'entgleisung', 'dunmore']], {
    sameLanguage: false,
    commonNouns: { source: undefined, target: (name) => name.split(' ').every((w) => nouns.has(w)) },
  });
  assert.deepEqual(lines(facts), ['name added  > dunmore', 'name kept elena marsh > elena marsh', 'name kept kelmar > kelmar']);
});

test('facts: a shorter run of a longer name changed the same way, or of a kept name, is that name again', () => {
  const source = [['sri lestari anggraini', 'lestari anggraini', 'lemara hilir district', 'lemara hilir', 'hilir district', 'yusuf harahap', 'harahap']];
  const target = [['bambang suryadi', 'public works minister bambang suryadi', 'yusuf harahap', 'harahap']];
  assert.deepEqual(lines(diffFacts(source, target)), [
    'name added  > public works minister bambang suryadi',
    'name dropped lemara hilir district > ',
    'name dropped sri lestari anggraini > ',
    'name kept harahap > harahap',
    'name kept yusuf harahap > yusuf harahap',
  ]);
});

test("facts: a month's possessive is the month, a date, not a name", () => {
  assert.deepEqual(lines(diffFacts([['january', 'kell river']], [["january's", 'kell river']])), ['date kept january > january', 'name kept kell river > kell river']);
});

test('facts across languages: a name translated word by word is kept, given readings of its words', () => {
  const english = (name: string): ReadonlySet<string>[] => name.split(' ').map((w) => new Set([w]));
  const spanish = (name: string): ReadonlySet<string>[] => name.split(' ').map((w) => new Set([w, ...({ cruz: ['cross'], roja: ['red'], agencia: ['agency'] }[w] ?? [])]));
  const source = [['red cross', 'kell river', 'port authority']];
  const target = [['cruz roja', 'agencia kell']];
  assert.deepEqual(lines(diffFacts(source, target, { sameLanguage: false, nameReadings: { source: english, target: spanish } })), [
    'name added  > agencia kell',
    'name dropped kell river > ',
    'name dropped port authority > ',
    'name kept red cross > cruz roja',
  ]);
  assert.deepEqual(lines(diffFacts(source, target, { sameLanguage: false })).filter((l) => l.includes('kept')), []);
});

test('a time written in 12- and 24-hour form is one kept date fact; a changed time is not kept', () => {
  const same = diffFacts([['t:21:15']], [['t:21:15']], { sameLanguage: false });
  assert.deepEqual(lines(same), ['date kept 21:15 > 21:15']);
  const changed = diffFacts([['t:21:15']], [['t:22:15']]);
  assert.deepEqual(lines(changed), ['date added  > 22:15', 'date dropped 21:15 > ']);
});

test('a changed day of the month is a date fact, not a number', () => {
  assert.deepEqual(lines(diffFacts([['d:march 3']], [['d:march 4']])), ['date added  > march 4', 'date dropped march 3 > ']);
});

test('across languages a longer name holding a name both sides state is that name: "Kell River" and "río Kell"', () => {
  const facts = diffFacts([['kell river', 'kell', 'halden city museum', 'halden']], [['kell', 'halden']], { sameLanguage: false });
  assert.deepEqual(lines(facts), ['name kept halden > halden', 'name kept kell > kell']);
  const same = diffFacts([['kell river', 'kell']], [['kell']]);
  assert.deepEqual(lines(same), ['name dropped kell river > ', 'name kept kell > kell']);
});

test('a name spelled otherwise within the edits its length allows is altered; one longer by more is another name', () => {
  const names = (source: string, target: string): string[] => lines(diffFacts([[source]], [[target]])).filter((x) => x.startsWith('name'));
  assert.deepEqual(names('Anna Lindqvist', 'Anny Lindkvist'), ['name altered Anna Lindqvist > Anny Lindkvist']);
  assert.deepEqual(names('David Oduya', 'Devid Oduya'), ['name altered David Oduya > Devid Oduya']);
  // Two letters more than "Ida" allows one edit for: another person.
  assert.deepEqual(names('Ida Marsh', 'Idaho Marsh'), ['name added  > Idaho Marsh', 'name dropped Ida Marsh > ']);
});
