import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../crosslingual/index.js';
import { nameReadingsFor } from './name-readings.js';

test('name readings: English words by stem, Spanish words through the lexicon, none for a language without one', { skip: loadLexicon('es') === undefined ? 'es lexicon pack not built' : false }, () => {
  const en = nameReadingsFor('en');
  const es = nameReadingsFor('es');
  assert.ok(en !== undefined && es !== undefined);
  assert.deepEqual(en('red crosses').map((s) => [...s].sort()), [['red'], ['cross', 'crosses']]);
  const [cruz, roja] = es('cruz roja');
  assert.ok(cruz?.has('cross') && roja?.has('red'), JSON.stringify(es('cruz roja').map((s) => [...s])));
  assert.equal(nameReadingsFor('ja'), undefined);
});
