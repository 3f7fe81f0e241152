import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanizeCyrillic, sharedSpaceAnchor } from './romanize-cyrillic.js';

test('romanizeCyrillic spells Russian names as English reports do', () => {
  assert.equal(romanizeCyrillic('дэвид окафор'), 'devid okafor'); // э is e: "David" is not recovered, "Okafor" is
  assert.equal(romanizeCyrillic('элена марш'), 'elena marsh');
  assert.equal(romanizeCyrillic('щукин-объезд'), 'shchukin-obezd');
  assert.equal(romanizeCyrillic('northline 2,4'), 'northline 2,4');
});

test('sharedSpaceAnchor romanizes names and number phrases, not quotes', () => {
  assert.equal(sharedSpaceAnchor('томаш брандт'), 'tomash brandt');
  assert.equal(sharedSpaceAnchor('3.5 км'), '3.5 km');
  assert.equal(sharedSpaceAnchor('q:мы покроем все'), 'q:мы покроем все');
  assert.equal(sharedSpaceAnchor('kelmar'), 'kelmar');
});
