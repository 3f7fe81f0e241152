import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createLexicon, loadLexicon, supportedLexiconLanguages } from './lexicon.js';

test('createLexicon: lookup, stop-only keys, longest phrase, stem index', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { rumah: 'hous|home', 'rumah sakit': 'hospit', dan: '', 'kota besar': 'citi|larg' } });
  assert.deepEqual(lexicon.lookup('rumah'), ['hous', 'home']);
  assert.deepEqual(lexicon.lookup('dan'), []);
  assert.equal(lexicon.lookup('mobil'), undefined);
  assert.equal(lexicon.maxPhraseWords, 2);
  assert.equal(lexicon.size, 4);
  // Snowball Indonesian reads "rumahnya" as "rumah".
  assert.deepEqual(lexicon.lookupByStem('rumahnya'), ['hous', 'home']);
});

test('loadLexicon: a language with no pack gives undefined', () => {
  assert.equal(loadLexicon('xx'), undefined);
  assert.equal(loadLexicon('../etc'), undefined);
});

test('loadLexicon: reads a pack from a folder and tolerates a broken one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-lexicon-'));
  writeFileSync(join(dir, 'nl.json.gz'), gzipSync(JSON.stringify({ version: 1, lang: 'nl', license: 'GPL-2+', entries: { huis: 'hous' } })));
  writeFileSync(join(dir, 'fr.json.gz'), Buffer.from('not gzip'));
  const dutch = loadLexicon('nl', dir);
  assert.deepEqual(dutch?.lookup('huis'), ['hous']);
  assert.equal(dutch?.license, 'GPL-2+');
  assert.equal(loadLexicon('fr', dir), undefined);
  assert.deepEqual(supportedLexiconLanguages(dir), ['fr', 'nl']);
});

const shipped = loadLexicon('id');
test('loadLexicon: the shipped Indonesian pack loads and knows common words', { skip: shipped === undefined ? 'lexicon pack not built' : false }, () => {
  assert.ok(shipped !== undefined);
  assert.ok(shipped.size > 10_000, `only ${shipped.size} keys`);
  assert.ok(shipped.lookup('jembatan')?.includes('bridg'));
  assert.ok(shipped.lookup('menteri')?.includes('minist'));
  assert.match(shipped.license, /CC-BY-SA-3\.0/);
  assert.ok(supportedLexiconLanguages().includes('id'));
});

test('longestPhraseFrom: the longest key starting with a word, 0 for none', () => {
  const lexicon = createLexicon({ version: 1, lang: 'id', entries: { 'rumah sakit': 'hospit', 'rumah sakit jiwa': 'asylum', rumah: 'hous', 'orang tua': 'parent' } });
  assert.equal(lexicon.longestPhraseFrom('rumah'), 3);
  assert.equal(lexicon.longestPhraseFrom('orang'), 2);
  assert.equal(lexicon.longestPhraseFrom('sakit'), 0);
  assert.equal(lexicon.maxPhraseWords, 3);
});
