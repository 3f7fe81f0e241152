import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePair } from './pair-stats.js';
import { englishDocument } from './test-documents.js';
import { verifyPair } from './verify-pair.js';

// A report of a factory fire and a next-day follow-up written from it: new figures and news, and the
// first half of the mayor's quote restated word for word (hand-written for this test).
const REPORT = [
  'A fire at a paint factory in Torrelba forced the evacuation of about 600 residents from three nearby streets on Tuesday night, the town hall said.',
  'The fire broke out at about 10:15 p.m. in the solvent store of the company Cromalia and took five hours to bring under control.',
  'Six firefighters suffered minor burns and a worker was taken to San Rafael hospital for smoke inhalation.',
  '"The smoke was toxic and we could not take any risks; residents will go home when the air is safe," said the mayor, Carmen Olmedo.',
  'Fire chief Javier Ruano said 40 firefighters and 14 engines worked through the night.',
  'The factory, opened in 1997, employs 85 people.',
].join(' ');
const FOLLOW_UP = [
  'Most of the 600 residents evacuated after a fire at the Cromalia paint factory in Torrelba returned home on Wednesday afternoon after air tests showed no danger, the town hall said.',
  'Labour inspectors have opened an inquiry into the solvent store where the fire broke out on Tuesday night.',
  '"The smoke was toxic and we could not take any risks," mayor Carmen Olmedo said again on Wednesday, defending the evacuation.',
  'Cromalia said the damage would exceed 2 million euros and that its 85 employees would be paid during the shutdown.',
  'The regional government will test soil and water around the estate for two weeks.',
].join(' ');

test('a quote restated in part, word for word, is a shared quote', () => {
  const stats = measurePair(englishDocument('report', REPORT), englishDocument('follow-up', FOLLOW_UP));
  assert.deepEqual(stats.sharedQuotes, ['the smoke was toxic and we could not take any risks']);
});

test('a follow-up quoting half of the original\'s quote word for word is its derivative', () => {
  assert.equal(verifyPair(englishDocument('report', REPORT), englishDocument('follow-up', FOLLOW_UP)).relation, 'derivative');
});

test('a quote is not shared on a few words in common, nor on a word cut in two', () => {
  const other = FOLLOW_UP.replace('"The smoke was toxic and we could not take any risks,"', '"The smoke was toxic and we could not take any risk at all,"');
  assert.deepEqual(measurePair(englishDocument('report', REPORT), englishDocument('follow-up', other)).sharedQuotes, []);
});
