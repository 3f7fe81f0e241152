// Compiles the bilingual lexicon packs in lexicons/ from Debian's FreeDict packages.
// Usage: node --import tsx scripts/lexicons/build-lexicons.ts [--langs id,de,...] [--cache DIR] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fetchDictionaries, type FetchedDictionary } from './fetch-packages.js';
import { readDictd, type DictdArticle } from './read-dictd.js';
import { tableFromEnglishForeign, tableFromForeignEnglish, tableThroughPivot, type SourceTable } from './source-table.js';
import { combineSources } from './combine-sources.js';
import { dictionariesNeeded, licenseFamily, PACK_RECIPES, PIVOT_MEANINGS, type LicenseFamily, type PackRecipe } from './pack-recipes.js';
import { prunePack } from './prune-pack.js';
import { writePackDocs, type PackSourceInfo } from './write-pack-docs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    langs: { type: 'string' },
    cache: { type: 'string', default: join(ROOT, '.cache/lexicons') },
    out: { type: 'string', default: join(ROOT, 'lexicons') },
  },
});
const wanted = values.langs?.split(',').map((lang) => lang.trim()) ?? PACK_RECIPES.map((recipe) => recipe.lang);
const recipes = PACK_RECIPES.filter((recipe) => wanted.includes(recipe.lang));
const cacheDir = resolve(values.cache);
const outDir = resolve(values.out);

const dictionaries = fetchDictionaries(dictionariesNeeded(recipes), cacheDir);
const articleCache = new Map<string, DictdArticle[]>();
function articles(code: string): DictdArticle[] {
  const dict = dictionaries.get(code);
  if (dict === undefined) return [];
  let cached = articleCache.get(code);
  if (cached === undefined) {
    cached = readDictd(dict.indexPath, dict.dictPath);
    articleCache.set(code, cached);
  }
  return cached;
}

/** True when the dictionary is available and of the licence family. */
function fits(code: string, family: LicenseFamily | 'mixed'): boolean {
  const dict = dictionaries.get(code);
  return dict !== undefined && (family === 'mixed' || licenseFamily(dict.license) === family);
}

/** The pivot language's meaning dictionaries of one licence family. */
function meaningCodes(pivotLang: string, family: LicenseFamily | 'mixed'): { direct: string[]; reversed: string[] } {
  const recipe = PIVOT_MEANINGS[pivotLang] ?? { direct: [], reversed: [] };
  return { direct: recipe.direct.filter((code) => fits(code, family)), reversed: recipe.reversed.filter((code) => fits(code, family)) };
}

const meaningCache = new Map<string, SourceTable>();
/** P word → English stems, from P-eng and reversed eng-P together (those of the family only). */
function pivotMeaning(pivotLang: string, family: LicenseFamily | 'mixed'): SourceTable {
  const cacheKey = `${pivotLang} ${family}`;
  let table = meaningCache.get(cacheKey);
  if (table === undefined) {
    const codes = meaningCodes(pivotLang, family);
    table = combineSources([
      ...codes.direct.map((code) => tableFromForeignEnglish(articles(code), pivotLang)),
      ...codes.reversed.map((code) => tableFromEnglishForeign(articles(code), pivotLang)),
    ]);
    meaningCache.set(cacheKey, table);
  }
  return table;
}

function sourceInfo(dict: FetchedDictionary, role: string): PackSourceInfo {
  return { code: dict.code, package: dict.package, version: dict.version, license: dict.license, copyright: dict.copyright, role };
}

function compile(recipe: PackRecipe): { entries: SourceTable; sources: PackSourceInfo[] } {
  const tables: SourceTable[] = [];
  const sources: PackSourceInfo[] = [];
  const use = (code: string, role: string, make: () => SourceTable): void => {
    const dict = dictionaries.get(code);
    if (dict === undefined) {
      process.stderr.write(`build-lexicons: ${recipe.lang}: dictionary ${code} not available, skipped\n`);
      return;
    }
    if (!fits(code, recipe.license)) {
      process.stderr.write(`build-lexicons: ${recipe.lang}: ${code} is ${dict.license}, not ${recipe.license}: skipped to keep the pack under one licence\n`);
      return;
    }
    tables.push(make());
    sources.push(sourceInfo(dict, role));
  };
  for (const code of recipe.direct) use(code, 'direct', () => tableFromForeignEnglish(articles(code), recipe.lang));
  for (const code of recipe.reversed) use(code, 'reversed', () => tableFromEnglishForeign(articles(code), recipe.lang));
  for (const pivot of recipe.pivots) {
    const meaning = meaningCodes(pivot.pivotLang, recipe.license);
    const meaningList = [...meaning.direct, ...meaning.reversed];
    if (meaningList.length === 0) {
      process.stderr.write(`build-lexicons: ${recipe.lang}: no ${recipe.license} meanings for pivot ${pivot.pivotLang}: ${pivot.code} skipped\n`);
      continue;
    }
    const before = tables.length;
    use(pivot.code, `pivot through ${meaningList.join(' + ')}`, () =>
      tableThroughPivot(articles(pivot.code), pivotMeaning(pivot.pivotLang, recipe.license), recipe.lang, pivot.pivotLang),
    );
    if (tables.length === before) continue;
    for (const code of meaningList) {
      const dict = dictionaries.get(code);
      if (dict !== undefined && !sources.some((source) => source.code === code)) sources.push(sourceInfo(dict, `pivot meanings (${pivot.pivotLang})`));
    }
  }
  return { entries: combineSources(tables), sources };
}

mkdirSync(outDir, { recursive: true });
for (const recipe of recipes) {
  const started = performance.now();
  const compiled = compile(recipe);
  const pruned = prunePack(compiled.entries);
  // One "key TAB stem|stem" line per entry: a JSON object of 300k keys takes seconds to
  // turn into a Map, a string splits in a fraction of that.
  const keys = [...pruned.entries.keys()].sort();
  const entries = keys.map((key) => `${key}\t${(pruned.entries.get(key) ?? []).join('|')}`).join('\n');
  const licenses = [...new Set(compiled.sources.flatMap((source) => source.license.split(/\s+and\s+/i)))].sort();
  const pack = {
    version: 1,
    lang: recipe.lang,
    license: licenses.join(' AND '),
    builtFrom: 'Debian FreeDict packages, see lexicons/LICENSES.md',
    entriesBeforePruning: compiled.entries.size,
    sources: compiled.sources,
    keys: keys.length,
    maxPhraseWords: keys.reduce((most, key) => Math.max(most, key.split(' ').length), 1),
    entries,
  };
  const gz = gzipSync(JSON.stringify(pack), { level: 9 });
  writeFileSync(join(outDir, `${recipe.lang}.json.gz`), gz);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${recipe.lang}: ${pruned.entries.size} keys (${compiled.entries.size} before pruning; ${pruned.note}), ${(gz.length / 1e6).toFixed(2)} MB, ${seconds} s\n`);
}
writePackDocs(outDir);
