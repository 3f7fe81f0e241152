import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAttributions } from './attribution.js';

test('attributions: an outlet\'s name ends at a full stop, not at the next sentence\'s capitals', () => {
  const outlets = (text: string): string[] => findAttributions(text).map((x) => x.outlet);
  assert.deepEqual(outlets('The bridge was closed, as first reported by the Castlebury Herald. The mayor said it would reopen.'), ['the Castlebury Herald']);
  assert.deepEqual(outlets('Gudang itu terbakar, seperti dilaporkan Kestrel Bay Courier. Asosiasi Eksportir memperkirakan penundaan.'), ['Kestrel Bay Courier']);
  // A dot inside a name, or after each letter of an initialism, is part of it.
  assert.deepEqual(outlets('The figures were first reported by U.S. News on Friday.'), ['U.S. News']);
  assert.deepEqual(outlets('Polisi menyelidiki kasus itu, dilansir Kompas.com kemarin.'), ['Kompas.com']);
});

test('attributions record whether the cue is a verb of reporting or publishing, read from the cue, not the name', () => {
  const publishing = (text: string): boolean[] => findAttributions(text).map((x) => x.publishing);
  assert.deepEqual(publishing('Costs rose by a third, according to the Daily Report.'), [false]);
  assert.deepEqual(publishing('Costs rose by a third, as reported by the Daily Courier.'), [true]);
  assert.deepEqual(publishing('Die Kosten stiegen, wie die Northgate Times berichtete.'), [true]);
  assert.deepEqual(publishing('Los costes subieron, según informó El Faro del Sur.'), [true]);
  assert.deepEqual(publishing('Costs rose, citing Harbour Police. Published figures showed more.'), [false]);
});
