import { test } from 'node:test';
import assert from 'node:assert/strict';
import { licenseFamily, PACK_RECIPES } from './pack-recipes.js';

test('licenseFamily: WikDict and GPL dictionaries fall in their families, dual GFDL ones in neither', () => {
  assert.equal(licenseFamily('CC-BY-SA-3.0'), 'CC-BY-SA-3.0');
  assert.equal(licenseFamily('GPL-2+'), 'GPL');
  assert.equal(licenseFamily('GPL-3+'), 'GPL');
  assert.equal(licenseFamily('GPL-3+ and GFDL-1.2+'), undefined);
  assert.equal(licenseFamily('CC-BY-SA-3.0 and GPL-2+'), undefined);
  assert.equal(licenseFamily('unknown'), undefined);
});

test('every recipe names one licence family; only id, es and it are still mixed', () => {
  assert.deepEqual(PACK_RECIPES.filter((r) => r.license === 'mixed').map((r) => r.lang).sort(), ['es', 'id', 'it']);
});
