import type { DictdArticle } from './read-dictd.js';
import { parseEntry } from './parse-entry.js';
import { englishStems } from './english-stems.js';
import { normalizeForeign } from '../../src/crosslingual/normalize-foreign.js';
import { RankedTableBuilder as TableBuilder, translationWeight } from '../../src/crosslingual/ranked-table.js';
import { readThroughPivot, type PivotLinks } from '../../src/crosslingual/pivot-links.js';

/**
 * What one dictionary says a foreign key means: English stems, best first.
 * An empty list means the key is known but translates to English stop words only.
 */
export type SourceTable = Map<string, string[]>;

/** How a dictionary's articles are read into a table (defaults: FreeDict's usual layout). */
export interface ReadOptions {
  /**
   * The dictionary lists senses in no meaningful order (ara-eng and eng-ara: alphabetical by the
   * English word): every translation of an article weighs the same, and ties go to the more
   * common English stem.
   */
  unorderedSenses?: boolean;
  /** English stem → commonness, for those ties (see english-commonness.ts). */
  commonness?: ReadonlyMap<string, number>;
  /**
   * The keys a folded foreign headword or translation is stored under (default: itself). A
   * language may add the forms running text reaches it by (Arabic: without the article).
   */
  keyForms?: (key: string) => readonly string[];
}

const ownForm = (key: string): readonly string[] => [key];

function builderFor(options: ReadOptions): TableBuilder {
  return new TableBuilder(options.unorderedSenses === true ? options.commonness : undefined);
}

function weightOf(index: number, options: ReadOptions): number {
  return options.unorderedSenses === true ? 1 : translationWeight(index);
}

/**
 * Builds the table of a foreign→English dictionary (`X-eng`): headword → its translations.
 * @param articles the dictionary's articles
 * @param lang ISO 639-1 code of the headwords, for key folding
 * @param options sense order, commonness and key forms (see {@link ReadOptions})
 */
export function tableFromForeignEnglish(articles: readonly DictdArticle[], lang: string, options: ReadOptions = {}): SourceTable {
  const builder = builderFor(options);
  const forms = options.keyForms ?? ownForm;
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const keys = [...new Set(entry.headwords.flatMap((headword) => forms(normalizeForeign(headword, lang))))];
    entry.translations.forEach((translation, index) => {
      const stems = englishStems(translation);
      for (const key of keys) builder.add(key, stems, weightOf(index, options));
    });
  }
  return builder.build();
}

/**
 * Builds the table of a reversed English→foreign dictionary (`eng-X`): each foreign
 * translation becomes a key meaning the English headword.
 * @param articles the dictionary's articles
 * @param lang ISO 639-1 code of the translations
 * @param options sense order, commonness and key forms (see {@link ReadOptions})
 */
export function tableFromEnglishForeign(articles: readonly DictdArticle[], lang: string, options: ReadOptions = {}): SourceTable {
  const builder = builderFor(options);
  const forms = options.keyForms ?? ownForm;
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const stems = englishStems(entry.headword);
    if (entry.headword === '') continue;
    entry.translations.forEach((translation, index) => {
      for (const key of forms(normalizeForeign(translation, lang))) builder.add(key, stems, weightOf(index, options));
    });
  }
  return builder.build();
}

/**
 * Reduces a `P-X` dictionary to its links: each X translation → the P headword it translates,
 * in article order (see {@link PivotLinks}). Keys or words holding a tab or `|` (the pack's
 * separators) are left out.
 * @param articles the `P-X` dictionary's articles
 * @param lang ISO 639-1 code of X
 * @param pivotLang ISO 639-1 code of P
 */
export function pivotLinks(articles: readonly DictdArticle[], lang: string, pivotLang: string): PivotLinks {
  const links: PivotLinks = new Map();
  const unsafe = /[\t\n|]/;
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const pivotWord = normalizeForeign(entry.headword, pivotLang);
    if (pivotWord === '' || unsafe.test(pivotWord)) continue;
    entry.translations.forEach((translation, index) => {
      const key = normalizeForeign(translation, lang);
      if (key === '' || unsafe.test(key)) return;
      let keyLinks = links.get(key);
      if (keyLinks === undefined) {
        keyLinks = [];
        links.set(key, keyLinks);
      }
      keyLinks.push({ pivotWord, index });
    });
  }
  return links;
}

/**
 * Builds a pivot table from a `P-X` dictionary and what P words mean in English: each X
 * translation of a P headword gets the P headword's best English stems.
 * @param articles the `P-X` dictionary's articles
 * @param pivotMeaning P word → English stems (a combined P→eng table)
 * @param lang ISO 639-1 code of X
 * @param pivotLang ISO 639-1 code of P
 */
export function tableThroughPivot(articles: readonly DictdArticle[], pivotMeaning: SourceTable, lang: string, pivotLang: string): SourceTable {
  return readThroughPivot(pivotLinks(articles, lang, pivotLang), (word) => pivotMeaning.get(word));
}
