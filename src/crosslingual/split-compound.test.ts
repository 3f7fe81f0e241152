import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCompound, splitsCompounds, type CompoundReader } from './split-compound.js';

const reader = (exact: readonly string[], inflected: Readonly<Record<string, string>> = {}, stop: readonly string[] = []): CompoundReader => ({
  modifier: (part) => (exact.includes(part) || stop.includes(part) ? 2 : part in inflected ? 1 : 0),
  head: (part) => !stop.includes(part) && (exact.includes(part) || part in inflected),
});

test('splitCompound cuts at a linking element and reads an inflected head', () => {
  assert.deepEqual(splitCompound('beroepsopleiding', 'nl', reader(['beroep', 'opleiding'])), ['beroep', 'opleiding']);
  assert.deepEqual(splitCompound('strafvervolgingen', 'nl', reader(['straf'], { vervolgingen: 'vervolging' })), ['straf', 'vervolgingen']);
  assert.deepEqual(splitCompound('levensstandaard', 'nl', reader(['leven', 'standaard'])), ['leven', 'standaard']);
});

test('splitCompound cuts a head again once (three parts)', () => {
  assert.deepEqual(splitCompound('groepsrechtshulp', 'nl', reader(['groep', 'recht', 'hulp'])), ['groep', 'recht', 'hulp']);
});

test('splitCompound prefers a modifier read as written, never cuts off a verb prefix, never ends on a stop word', () => {
  assert.deepEqual(splitCompound('doeleinden', 'nl', reader(['doel', 'inden'], { einden: 'einde', doele: 'doel' })), ['doel', 'einden']);
  assert.equal(splitCompound('verboden', 'nl', reader(['ver', 'boden'])), undefined);
  assert.equal(splitCompound('waartoe', 'nl', reader(['waar'], {}, ['toe'])), undefined);
  assert.equal(splitCompound('onbekend', 'nl', reader(['bekend'])), undefined, 'a part under three letters is not cut off');
});

test('splitsCompounds: Dutch only', () => {
  assert.equal(splitsCompounds('nl'), true);
  assert.equal(splitsCompounds('de'), false);
  assert.equal(splitCompound('beroepsopleiding', 'de', reader(['beroep', 'opleiding'])), undefined);
});
