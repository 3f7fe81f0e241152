import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemmerFor } from './stem.js';

test('English inflections share a stem', () => {
  const stem = stemmerFor('en');
  assert.equal(stem('missiles'), stem('missile'));
  assert.equal(stem('running'), 'run');
});

test('Indonesian affixes are removed and men-/pen- before a vowel restore the t', () => {
  const stem = stemmerFor('id');
  assert.equal(stem('menangkap'), 'tangkap');
  assert.equal(stem('ditangkap'), 'tangkap');
  assert.equal(stem('penangkapan'), 'tangkap');
  assert.equal(stem('serangan'), stem('menyerang'));
  assert.equal(stem('menang'), stemmerFor('id')('menang'));
  assert.notEqual(stem('menang'), 'tang');
});

test('Polish is cut to six characters, und is the identity, numbers pass through', () => {
  assert.equal(stemmerFor('pl')('prezydenta'), 'prezyd');
  assert.equal(stemmerFor('und')('words'), 'words');
  assert.equal(stemmerFor('en')('1,200'), '1,200');
});

test('the same function is returned per language', () => {
  assert.equal(stemmerFor('de'), stemmerFor('de'));
  assert.equal(stemmerFor('de')('häuser').length > 0, true);
});
