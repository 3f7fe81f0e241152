import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionariesNeeded, licenseFamily, PACK_RECIPES } from './pack-recipes.js';

test('licenseFamily: WikDict and GPL dictionaries fall in their families, dual GFDL ones in neither', () => {
  assert.equal(licenseFamily('CC-BY-SA-3.0'), 'cc-by-sa-3.0');
  assert.equal(licenseFamily('GPL-2+'), 'gpl');
  assert.equal(licenseFamily('GPL-3+'), 'gpl');
  assert.equal(licenseFamily('GPL-3+ and GFDL-1.2+'), undefined);
  assert.equal(licenseFamily('CC-BY-SA-3.0 and GPL-2+'), undefined);
  assert.equal(licenseFamily('unknown'), undefined);
});

test('every shipped language has one recipe, and pivot meanings are fetched with it', () => {
  const langs = PACK_RECIPES.map((recipe) => recipe.lang);
  assert.equal(new Set(langs).size, langs.length);
  const needed = dictionariesNeeded(PACK_RECIPES.filter((recipe) => recipe.lang === 'id'));
  for (const code of ['eng-ind', 'deu-ind', 'deu-eng', 'eng-deu']) assert.ok(needed.includes(code), code);
});
