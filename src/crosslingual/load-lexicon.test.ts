import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LexiconPackFile } from './lexicon-pack.js';
import { lexiconFamilies, LICENSES_ENV, loadLexicon, supportedLexiconLanguages } from './load-lexicon.js';

// Every folder a test makes lives under one scratch folder, removed when the file's tests end.
const scratch = mkdtempSync(join(tmpdir(), 'storytrace-lexicon-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const source = (code: string, license: string): LexiconPackFile['sources'][number] => ({ code, package: `dict-freedict-${code}`, version: '1', license, role: 'direct' });

function writePack(dir: string, pack: Partial<LexiconPackFile> & Pick<LexiconPackFile, 'lang' | 'family' | 'entries'>): void {
  const full: LexiconPackFile = { version: 2, license: pack.family === 'gpl' ? 'GPL-2+' : 'CC-BY-SA-3.0', sources: [], keys: 0, maxPhraseWords: 1, entriesBeforePruning: 0, pivots: [], ...pack };
  mkdirSync(join(dir, pack.lang, pack.family), { recursive: true });
  writeFileSync(join(dir, pack.lang, pack.family, 'pack.json.gz'), gzipSync(JSON.stringify(full)));
}

/**
 * id in two folders (a CC pack that also ships deu-ind links, a GPL pack), de in a GPL folder.
 * rumah: CC says hous, build; GPL says home; deu-ind says haus, which de reads hous, home.
 */
function fixture(): string {
  const dir = mkdtempSync(join(scratch, 'packs-'));
  writePack(dir, {
    lang: 'id', family: 'cc-by-sa-3.0',
    sources: [source('eng-ind', 'CC-BY-SA-3.0'), source('deu-ind', 'CC-BY-SA-3.0')],
    entries: 'jembatan\t\nrumah\thous|build\t1,60|1,30',
    pivots: [{ code: 'deu-ind', pivotLang: 'de', links: 'jembatan\tbrücke\t0\nrumah\thaus\t0\nkota\tstadt\t1' }],
  });
  writePack(dir, { lang: 'id', family: 'gpl', sources: [source('ind-eng', 'GPL-2+')], entries: 'rumah\thome\t1,60\nsungai\triver\t1,60' });
  writePack(dir, { lang: 'de', family: 'gpl', sources: [source('deu-eng', 'GPL-3+')], entries: 'brücke\tbridg\nhaus\thous|home\nstadt\tciti' });
  return dir;
}

test('loadLexicon: every pack folder of a language is combined, pivots read through the other language\'s pack', () => {
  const dir = fixture();
  const id = loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: false });
  assert.ok(id !== undefined);
  // hous: CC (rank 0) + pivot (rank 0) = 2 sources; home: GPL + pivot = 2 sources, lower weight; build: 1.
  assert.deepEqual(id.lookup('rumah'), ['hous', 'home', 'build']);
  assert.deepEqual(id.lookup('sungai'), ['river']);
  assert.deepEqual(id.lookup('jembatan'), ['bridg']);
  assert.deepEqual(id.lookup('kota'), ['citi']);
  assert.deepEqual(id.families, ['cc-by-sa-3.0', 'gpl']);
  assert.equal(id.license, 'CC-BY-SA-3.0; GPL-2+');
  assert.deepEqual(id.sources.map((s) => s.code).sort(), ['deu-ind', 'eng-ind', 'ind-eng']);
  assert.deepEqual(supportedLexiconLanguages({ dir, licenses: ['gpl'], cache: false }), ['de', 'id']);
});

test('loadLexicon: a licence family left out is not read, and the rest still works; the pivots it cost are named in a warning', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => { warnings.push(warning.message); };
  process.on('warning', onWarning);
  const dir = fixture();
  const gplOnly = loadLexicon('id', { dir, licenses: ['gpl'], cache: false });
  assert.deepEqual(gplOnly?.lookup('rumah'), ['home']);
  assert.equal(gplOnly?.lookup('jembatan'), undefined);
  assert.deepEqual(gplOnly?.families, ['gpl']);
  // Without GPL there is no German pack: the deu-ind links are left unread, the CC entries stay.
  const ccOnly = loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0'], cache: false });
  assert.deepEqual(ccOnly?.lookup('rumah'), ['hous', 'build']);
  assert.deepEqual(ccOnly?.lookup('jembatan'), []);
  assert.equal(ccOnly?.lookup('kota'), undefined);
  assert.deepEqual(ccOnly?.sources.map((s) => s.code), ['eng-ind']);
  assert.equal(loadLexicon('de', { dir, licenses: ['cc-by-sa-3.0'], cache: false }), undefined);
  assert.deepEqual(supportedLexiconLanguages({ dir, licenses: ['cc-by-sa-3.0'], cache: false }), ['id']);
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', onWarning);
  assert.deepEqual(warnings.filter((w) => w.includes('pivot dictionaries')), ['id lexicon: pivot dictionaries deu-ind left out (their pivot language has no pack of the licence families allowed: cc-by-sa-3.0)']);
});

test('lexiconFamilies: the environment variable chooses families; unknown names are ignored with a warning', async () => {
  const before = process.env[LICENSES_ENV];
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => { warnings.push(warning.message); };
  process.on('warning', onWarning);
  try {
    delete process.env[LICENSES_ENV];
    assert.deepEqual(lexiconFamilies(), ['cc-by-sa-3.0', 'gpl']);
    process.env[LICENSES_ENV] = ' GPL ';
    assert.deepEqual(lexiconFamilies(), ['gpl']);
    process.env[LICENSES_ENV] = 'gpl,cc-by-sa';
    assert.deepEqual(lexiconFamilies(), ['gpl']);
    const dir = fixture();
    assert.deepEqual(loadLexicon('id', { dir, cache: false })?.families, ['gpl']);
  } finally {
    if (before === undefined) delete process.env[LICENSES_ENV];
    else process.env[LICENSES_ENV] = before;
  }
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', onWarning);
  assert.ok(warnings.some((w) => w.includes('"cc-by-sa"')), warnings.join('; '));
});

test('loadLexicon: a broken or misplaced pack is skipped with a warning; the other folders load', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => { warnings.push(warning.message); };
  process.on('warning', onWarning);
  const dir = fixture();
  writeFileSync(join(dir, 'id', 'gpl', 'pack.json.gz'), Buffer.from('not gzip'));
  // A German pack in the Dutch folder.
  const misplaced = join(dir, 'nl', 'gpl');
  mkdirSync(misplaced, { recursive: true });
  writeFileSync(join(misplaced, 'pack.json.gz'), gzipSync(JSON.stringify({ version: 2, lang: 'de', family: 'gpl', license: 'GPL-2+', sources: [], pivots: [], entries: 'huis\thous' })));
  const id = loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: false });
  assert.deepEqual(id?.families, ['cc-by-sa-3.0']);
  // CC and the pivot give hous; build (CC) and home (pivot) tie and go alphabetically.
  assert.deepEqual(id?.lookup('rumah'), ['hous', 'build', 'home']);
  assert.equal(loadLexicon('nl', { dir, licenses: ['gpl'], cache: false }), undefined);
  assert.equal(loadLexicon('../etc', { dir }), undefined);
  assert.equal(loadLexicon('xx', { dir }), undefined);
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', onWarning);
  assert.ok(warnings.some((w) => w.includes(join('id', 'gpl', 'pack.json.gz')) && w.includes('skipped')), warnings.join('; '));
  assert.ok(warnings.some((w) => w.includes(join('nl', 'gpl', 'pack.json.gz')) && w.includes('it says de/gpl')), warnings.join('; '));
});

const shipped = loadLexicon('id');
test('loadLexicon: the shipped Indonesian packs load and know common words', { skip: shipped === undefined ? 'lexicon pack not built' : false }, () => {
  assert.ok(shipped !== undefined);
  assert.ok(shipped.size > 10_000, `only ${shipped.size} keys`);
  assert.ok(shipped.lookup('jembatan')?.includes('bridg'));
  assert.ok(shipped.lookup('menteri')?.includes('minist'));
  assert.match(shipped.license, /CC-BY-SA-3\.0/);
  assert.ok(supportedLexiconLanguages().includes('id'));
});

test('loadLexicon: a pivot reads the pivot language\'s own dictionaries (its meaning lines), not what its pack compiled in', () => {
  const dir = mkdtempSync(join(scratch, 'packs-'));
  // fr's pack also holds a compiled pivot that reads maison as "build"; its dictionaries say "home".
  writePack(dir, { lang: 'fr', family: 'gpl', entries: 'maison\tbuild|home', meaning: 'maison\thome' });
  writePack(dir, { lang: 'id', family: 'cc-by-sa-3.0', entries: '', pivots: [{ code: 'fra-ind', pivotLang: 'fr', links: 'rumah\tmaison\t0' }] });
  assert.deepEqual(loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: false })?.lookup('rumah'), ['home']);
  assert.deepEqual(loadLexicon('fr', { dir, licenses: ['gpl'], cache: false })?.lookup('maison'), ['build', 'home']);
});

test('loadLexicon: a combined lexicon is kept in the cache folder, read back from it, and rebuilt when a pack changes', () => {
  const dir = fixture();
  const first = mkdtempSync(join(scratch, 'lexicon-cache-'));
  assert.deepEqual(loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: first })?.lookup('rumah'), ['hous', 'home', 'build']);
  const written = readdirSync(first);
  assert.equal(written.length, 1);
  assert.match(written[0] ?? '', /^id-[0-9a-f]{32}\.json\.gz$/);
  // A copy with one entry changed is what a later run reads: the loader trusts the cache.
  const second = mkdtempSync(join(scratch, 'lexicon-cache-'));
  cpSync(first, second, { recursive: true });
  const path = join(second, written[0] ?? '');
  const cached = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { entries: string };
  cached.entries = cached.entries.replace(/^rumah\t.*$/m, 'rumah\tcached');
  writeFileSync(path, gzipSync(JSON.stringify(cached)));
  assert.deepEqual(loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: second })?.lookup('rumah'), ['cached']);
  // The German pack changes: the cached file no longer fits and a new one is written.
  writePack(dir, { lang: 'de', family: 'gpl', entries: 'haus\thome\nbrücke\tbridg' });
  const third = mkdtempSync(join(scratch, 'lexicon-cache-'));
  cpSync(second, third, { recursive: true });
  assert.deepEqual(loadLexicon('id', { dir, licenses: ['cc-by-sa-3.0', 'gpl'], cache: third })?.lookup('rumah'), ['home', 'hous', 'build']);
  assert.equal(readdirSync(third).length, 2);
});
