// Compiles the bilingual lexicon packs in lexicons/ from Debian's FreeDict packages.
// Usage: node --import tsx scripts/lexicons/build-lexicons.ts [--langs id,de,...] [--cache DIR] [--out DIR]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fetchDictionaries, type FetchedDictionary } from './fetch-packages.js';
import { readDictd, type DictdArticle } from './read-dictd.js';
import { pivotLinks, tableFromEnglishForeign, tableFromForeignEnglish, tableThroughPivot, type ReadOptions, type SourceTable } from './source-table.js';
import { combineSources, voteSources } from './combine-sources.js';
import { dictionariesNeeded, licenseFamily, PACK_RECIPES, PIVOT_MEANINGS, type PackRecipe } from './pack-recipes.js';
import { prunePack } from './prune-pack.js';
import { writePackDocs } from './write-pack-docs.js';
import { readCommonness } from './english-commonness.js';
import { headwordFormsOf } from './headword-forms.js';
import { fetchWordnet, type FetchedWordnet } from '../synonyms/fetch-wordnet.js';
import { encodeLinks, encodeVotes, LICENSE_FAMILIES, PACK_FILE, PACK_VERSION, type LexiconPackFile, type LexiconSource, type LicenseFamily, type PackPivot } from '../../src/crosslingual/lexicon-pack.js';
import { MAX_STEMS_PER_KEY, type VoteTable } from '../../src/crosslingual/stem-votes.js';

/**
 * Stems per key kept in a pack that is combined with others at run time: a stem fourth in one
 * family can be first once another family's votes are added.
 */
const STEMS_KEPT_FOR_COMBINING = 8;

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
function fits(code: string, family: LicenseFamily): boolean {
  const dict = dictionaries.get(code);
  return dict !== undefined && licenseFamily(dict.license) === family;
}

/** The pivot language's meaning dictionaries of one licence family. */
function meaningCodes(pivotLang: string, family: LicenseFamily): { direct: string[]; reversed: string[] } {
  const recipe = PIVOT_MEANINGS[pivotLang] ?? { direct: [], reversed: [] };
  return { direct: recipe.direct.filter((code) => fits(code, family)), reversed: recipe.reversed.filter((code) => fits(code, family)) };
}

/** The licence families of the pivot language's available meaning dictionaries (those of neither family left out). */
function meaningFamilies(pivotLang: string): Set<LicenseFamily> {
  return new Set(LICENSE_FAMILIES.filter((family) => { const codes = meaningCodes(pivotLang, family); return codes.direct.length + codes.reversed.length > 0; }));
}

const meaningCache = new Map<string, SourceTable>();
/** P word → English stems, from P-eng and reversed eng-P together (those of the family only). */
function pivotMeaning(pivotLang: string, family: LicenseFamily): SourceTable {
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

let wordnet: { fetched: FetchedWordnet; commonness: Map<string, number> } | undefined;
/** WordNet's English commonness table, fetched (Debian wordnet-base) on first need. */
function englishCommonness(): { fetched: FetchedWordnet; commonness: Map<string, number> } {
  if (wordnet === undefined) {
    const fetched = fetchWordnet(cacheDir);
    wordnet = { fetched, commonness: readCommonness(fetched.dictDir) };
  }
  return wordnet;
}

/** How a recipe's direct and reversed dictionaries are read (sense order, key forms). */
function readOptions(recipe: PackRecipe): ReadOptions {
  const keyForms = headwordFormsOf(recipe.lang);
  return {
    ...(recipe.unorderedSenses === true ? { unorderedSenses: true, commonness: englishCommonness().commonness } : {}),
    ...(keyForms === undefined ? {} : { keyForms }),
  };
}

/** The pack's note on how its readings were ordered, when WordNet ordered them. */
function readingOrderNote(recipe: PackRecipe): string | undefined {
  if (recipe.unorderedSenses !== true) return undefined;
  const { fetched } = englishCommonness();
  return `The dictionaries list an entry's English words alphabetically, so the English readings of each key are ordered by how often WordNet 3.0's sense-tagged concordance uses the word (\`cntlist.rev\`, plus one per sense in its \`index.*\` files), from Debian \`wordnet-base\` ${fetched.version} (WordNet 3.0 licence, © 1996-2012 Cognitive Science Laboratory, Princeton University; https://wordnet.princeton.edu/). Nothing of WordNet is in the pack but that order.`;
}

function readingOrderField(recipe: PackRecipe): { readingOrder?: string } {
  const note = readingOrderNote(recipe);
  return note === undefined ? {} : { readingOrder: note };
}

function sourceInfo(dict: FetchedDictionary, role: string): LexiconSource {
  return { code: dict.code, package: dict.package, version: dict.version, license: dict.license, copyright: dict.copyright, role };
}

interface CompiledFamily {
  votes: VoteTable;
  /** Votes of the direct and reversed dictionaries alone: what a pivot through this language reads. */
  meaningVotes: VoteTable;
  compiledPivots: number;
  sources: LexiconSource[];
  pivots: PackPivot[];
}

const shippedLangs = new Set(PACK_RECIPES.map((recipe) => recipe.lang));
/** Languages other packs may read pivots through at run time. */
const pivotLangs = new Set(PACK_RECIPES.flatMap((recipe) => recipe.pivots.map((pivot) => pivot.pivotLang)));

/**
 * Compiles the pack of one language and licence family from that family's dictionaries only.
 * A pivot `P-X` of the family is compiled in when P's meaning dictionaries are all of the
 * family; when they are of the other family it ships as links, read through P's packs at run
 * time (a pack never holds anything derived from a dictionary of another family).
 */
function compile(recipe: PackRecipe, family: LicenseFamily): CompiledFamily {
  const tables: SourceTable[] = [];
  const sources: LexiconSource[] = [];
  const pivots: PackPivot[] = [];
  const use = (code: string, role: string, make: () => SourceTable): void => {
    const dict = dictionaries.get(code);
    if (dict === undefined || !fits(code, family)) return;
    tables.push(make());
    sources.push(sourceInfo(dict, role));
  };
  const options = readOptions(recipe);
  for (const code of recipe.direct) use(code, 'direct', () => tableFromForeignEnglish(articles(code), recipe.lang, options));
  for (const code of recipe.reversed) use(code, 'reversed', () => tableFromEnglishForeign(articles(code), recipe.lang, options));
  const meaningVotes = voteSources(tables);
  let compiledPivots = 0;
  for (const pivot of recipe.pivots) {
    const dict = dictionaries.get(pivot.code);
    if (dict === undefined || !fits(pivot.code, family)) continue;
    const families = meaningFamilies(pivot.pivotLang);
    if (families.size === 1 && families.has(family)) {
      const meaning = meaningCodes(pivot.pivotLang, family);
      const meaningList = [...meaning.direct, ...meaning.reversed];
      use(pivot.code, `pivot through ${meaningList.join(' + ')}`, () =>
        tableThroughPivot(articles(pivot.code), pivotMeaning(pivot.pivotLang, family), recipe.lang, pivot.pivotLang),
      );
      compiledPivots += 1;
      for (const code of meaningList) {
        const meaningDict = dictionaries.get(code);
        if (meaningDict !== undefined && !sources.some((source) => source.code === code)) sources.push(sourceInfo(meaningDict, `pivot meanings (${pivot.pivotLang})`));
      }
    } else if (shippedLangs.has(pivot.pivotLang)) {
      pivots.push({ code: pivot.code, pivotLang: pivot.pivotLang, links: encodeLinks(pivotLinks(articles(pivot.code), recipe.lang, pivot.pivotLang)) });
      sources.push(sourceInfo(dict, `pivot links, read through the ${pivot.pivotLang} packs at run time`));
    } else {
      process.stderr.write(`build-lexicons: ${recipe.lang}: no ${family} meanings and no pack for pivot ${pivot.pivotLang}: ${pivot.code} skipped\n`);
    }
  }
  return { votes: voteSources(tables), meaningVotes, compiledPivots, sources, pivots };
}

mkdirSync(outDir, { recursive: true });
for (const recipe of recipes) {
  const started = performance.now();
  const compiled = LICENSE_FAMILIES.map((family) => ({ family, ...compile(recipe, family) })).filter((part) => part.sources.length > 0);
  // Packs meant to be added to others keep their votes and more stems; a language read from one pack alone needs neither.
  const combining = compiled.length > 1 || compiled.some((part) => part.pivots.length > 0);
  rmSync(join(outDir, recipe.lang), { recursive: true, force: true });
  for (const part of compiled) {
    const pruned = prunePack(part.votes);
    const entries = encodeVotes(pruned.entries, combining ? STEMS_KEPT_FOR_COMBINING : MAX_STEMS_PER_KEY, combining);
    const keys = [...pruned.entries.keys()];
    const licenses = [...new Set(part.sources.flatMap((source) => source.license.split(/\s+and\s+/i)))].sort();
    const pack: LexiconPackFile = {
      version: PACK_VERSION,
      lang: recipe.lang,
      family: part.family,
      license: licenses.join(' AND '),
      entriesBeforePruning: part.votes.size,
      sources: part.sources,
      keys: keys.length,
      maxPhraseWords: keys.reduce((most, key) => Math.max(most, key.split(' ').length), 1),
      // One "key TAB stem|stem" line per entry: a JSON object of 300k keys takes seconds to
      // turn into a Map, a string splits in a fraction of that.
      entries,
      // A pivot through this language must read its dictionaries, not its own pivots: the
      // builder reads a pivot language's meanings from P-eng and eng-P alone.
      ...(pivotLangs.has(recipe.lang) && part.compiledPivots > 0 ? { meaning: encodeVotes(part.meaningVotes, combining ? STEMS_KEPT_FOR_COMBINING : MAX_STEMS_PER_KEY, combining) } : {}),
      pivots: part.pivots,
      // Only the pack holding the direct and reversed dictionaries was ordered by commonness.
      ...(part.sources.some((source) => source.role === 'direct' || source.role === 'reversed') ? readingOrderField(recipe) : {}),
    };
    const gz = gzipSync(JSON.stringify(pack), { level: 9 });
    const folder = join(outDir, recipe.lang, part.family);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, PACK_FILE), gz);
    process.stdout.write(`${recipe.lang}/${part.family}: ${keys.length} keys (${part.votes.size} before pruning; ${pruned.note}), ${part.pivots.length} run-time pivots, ${(gz.length / 1e6).toFixed(2)} MB\n`);
  }
  process.stdout.write(`${recipe.lang}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
writePackDocs(outDir);
