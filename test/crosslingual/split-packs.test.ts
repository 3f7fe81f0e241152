// The licence split must not change what a lexicon says: packs built per licence family and
// combined by the loader rank like one pack built from all the dictionaries at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { combineSources, voteSources } from '../../scripts/lexicons/combine-sources.js';
import { combinePacks } from '../../src/crosslingual/combine-packs.js';
import { encodeLinks, encodeVotes, type LexiconPackFile, type LicenseFamily } from '../../src/crosslingual/lexicon-pack.js';
import { readThroughPivot, type PivotLinks } from '../../src/crosslingual/pivot-links.js';

const SEED = 4242;
const packOf = (family: LicenseFamily, tables: Map<string, string[]>[], pivots: LexiconPackFile['pivots'] = []): LexiconPackFile => ({
  version: 2, lang: 'id', family, license: 'x', sources: [], keys: 0, maxPhraseWords: 1, entriesBeforePruning: 0,
  entries: encodeVotes(voteSources(tables), 8, true), pivots,
});

const stem = fc.constantFrom('hous', 'home', 'build', 'bridg', 'river', 'citi', 'state', 'war');
const key = fc.constantFrom('rumah', 'jembatan', 'sungai', 'kota', 'negara', 'perang', 'rumah sakit');
// One dictionary's table: a few keys, each with up to four distinct stems (or none: stop words only).
const table = fc.uniqueArray(fc.tuple(key, fc.uniqueArray(stem, { maxLength: 4 })), { selector: ([k]) => k, maxLength: 6 }).map((rows) => new Map(rows));

test('packs split by family and combined at run time rank as one pack of all sources', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(table, fc.boolean()), { minLength: 1, maxLength: 5 }), (sources) => {
      const all = sources.map(([t]) => t);
      const cc = sources.filter(([, inCc]) => inCc).map(([t]) => t);
      const gpl = sources.filter(([, inCc]) => !inCc).map(([t]) => t);
      const combined = combinePacks([packOf('cc-by-sa-3.0', cc), packOf('gpl', gpl)], () => undefined).entries;
      const expected = combineSources(all);
      assert.deepEqual([...combined.keys()].sort(), [...expected.keys()].sort());
      for (const [k, stems] of expected) assert.equal(combined.get(k), stems.join('|'), k);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('a pivot shipped as links and read through another pack ranks as the pivot compiled in', () => {
  const pivotWord: fc.Arbitrary<string> = fc.constantFrom('haus', 'brücke', 'fluss', 'stadt', 'staat', 'krieg');
  const links = fc.uniqueArray(fc.tuple(key, fc.array(fc.record({ pivotWord, index: fc.nat(3) }), { minLength: 1, maxLength: 3 })), { selector: ([k]) => k, maxLength: 6 }).map((rows) => new Map(rows) as PivotLinks);
  const meaningTable = fc.uniqueArray(fc.tuple(pivotWord, fc.uniqueArray(stem, { maxLength: 3 })), { selector: ([w]) => w }).map((rows) => new Map(rows));
  fc.assert(
    fc.property(table, links, meaningTable, (own, pivotLinks, meanings) => {
      // Build time, one family: the pivot read through the meanings and combined with the rest.
      const expected = combineSources([own, readThroughPivot(pivotLinks, (w) => meanings.get(w))]);
      // Run time: a CC pack ships the links; the meanings are another pack's entries.
      const ccPack = packOf('cc-by-sa-3.0', [own], [{ code: 'deu-ind', pivotLang: 'de', links: encodeLinks(pivotLinks) }]);
      const combined = combinePacks([ccPack], (lang) => (lang === 'de' ? (w) => meanings.get(w) : undefined)).entries;
      assert.deepEqual([...combined.keys()].sort(), [...expected.keys()].sort());
      for (const [k, stems] of expected) assert.equal(combined.get(k), stems.join('|'), k);
    }),
    { seed: SEED, numRuns: 300 },
  );
});
