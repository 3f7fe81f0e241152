import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indonesianRootCandidates, stripIndonesianAffixes } from './strip-indonesian-affixes.js';

// A tiny hand-made root list, so these tests do not depend on a built pack.
const ROOTS = new Set(['hadir', 'bicara', 'pembicara', 'bijak', 'pukul', 'tulis', 'ambil', 'sapu', 'buku', 'kata', 'katak', 'beri', 'ikan', 'hancur', 'baik']);
const isKnown = (root: string): boolean => ROOTS.has(root);

const CASES: ReadonlyArray<[string, string]> = [
  ['menghadiri', 'hadir'],
  ['pembicaraan', 'bicara'],
  ['kebijakan', 'bijak'],
  ['dipukul', 'pukul'],
  ['memukul', 'pukul'],
  ['menulis', 'tulis'],
  ['mengambil', 'ambil'],
  ['berbicara', 'bicara'],
  ['menyapu', 'sapu'],
  ['bukunya', 'buku'],
  ['mengatakan', 'kata'],
  ['diberikan', 'beri'],
  ['menghancurkan', 'hancur'],
  ['memperbaiki', 'baik'],
];

for (const [word, root] of CASES) {
  test(`stripIndonesianAffixes: ${word} → ${root}`, () => {
    assert.equal(stripIndonesianAffixes(word, isKnown), root);
  });
}

test('stripIndonesianAffixes: a word with no known root gives undefined', () => {
  assert.equal(stripIndonesianAffixes('jakarta', isKnown), undefined);
});

test('indonesianRootCandidates: the nasal restores the swallowed consonant', () => {
  const roots = (word: string): string[] => indonesianRootCandidates(word).map((candidate) => candidate.root);
  assert.ok(roots('menyapu').includes('sapu'));
  assert.ok(roots('memukul').includes('pukul'));
  assert.ok(roots('menulis').includes('tulis'));
  assert.ok(roots('mengambil').includes('ambil') && roots('mengambil').includes('kambil'));
  assert.ok(!roots('buku').includes('buku'), 'the word itself is not a candidate');
  assert.ok(roots('makan').every((root) => root.length >= 3));
});
