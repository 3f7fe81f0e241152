import type { DictdArticle } from './read-dictd.js';
import { parseEntry } from './parse-entry.js';
import { englishStems } from './english-stems.js';
import { normalizeForeign } from '../../src/crosslingual/normalize-foreign.js';

/**
 * What one dictionary says a foreign key means: English stems, best first.
 * An empty list means the key is known but translates to English stop words only.
 */
export type SourceTable = Map<string, string[]>;

interface Tally {
  weight: number;
  first: number;
}

class TableBuilder {
  private readonly tallies = new Map<string, Map<string, Tally>>();
  private position = 0;

  // weight: how central this translation is in its article (the first listed is the main sense).
  add(key: string, stems: readonly string[], weight = 1): void {
    if (key === '') return;
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = new Map();
      this.tallies.set(key, tally);
    }
    for (const stem of stems) {
      const seen = tally.get(stem);
      if (seen === undefined) tally.set(stem, { weight, first: this.position++ });
      else seen.weight += weight;
    }
  }

  // Within one dictionary a stem given by more (and more central) senses or articles ranks
  // first; ties keep article order, which in FreeDict puts the main sense first.
  build(): SourceTable {
    const table: SourceTable = new Map();
    for (const [key, tally] of this.tallies) {
      const ranked = [...tally.entries()].sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first);
      table.set(key, ranked.map(([stem]) => stem));
    }
    return table;
  }
}

const translationWeight = (index: number): number => 1 / (1 + index);

/**
 * Builds the table of a foreign→English dictionary (`X-eng`): headword → its translations.
 * @param articles the dictionary's articles
 * @param lang ISO 639-1 code of the headwords, for key folding
 */
export function tableFromForeignEnglish(articles: readonly DictdArticle[], lang: string): SourceTable {
  const builder = new TableBuilder();
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const key = normalizeForeign(entry.headword, lang);
    entry.translations.forEach((translation, index) => builder.add(key, englishStems(translation), translationWeight(index)));
  }
  return builder.build();
}

/**
 * Builds the table of a reversed English→foreign dictionary (`eng-X`): each foreign
 * translation becomes a key meaning the English headword.
 * @param articles the dictionary's articles
 * @param lang ISO 639-1 code of the translations
 */
export function tableFromEnglishForeign(articles: readonly DictdArticle[], lang: string): SourceTable {
  const builder = new TableBuilder();
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const stems = englishStems(entry.headword);
    if (entry.headword === '') continue;
    entry.translations.forEach((translation, index) => builder.add(normalizeForeign(translation, lang), stems, translationWeight(index)));
  }
  return builder.build();
}

/**
 * Builds a pivot table from a `P-X` dictionary and what P words mean in English: each X
 * translation of a P headword gets the P headword's best English stems.
 * @param articles the `P-X` dictionary's articles
 * @param pivotMeaning P word → English stems (a combined P→eng table)
 * @param lang ISO 639-1 code of X
 * @param perPivotWord how many of the P word's stems to carry over (default 2: the first
 *   senses; more adds the P word's other meanings, which X rarely shares)
 */
export function tableThroughPivot(
  articles: readonly DictdArticle[],
  pivotMeaning: SourceTable,
  lang: string,
  pivotLang: string,
  perPivotWord = 2,
): SourceTable {
  const builder = new TableBuilder();
  for (const article of articles) {
    const entry = parseEntry(article.body);
    const stems = pivotMeaning.get(normalizeForeign(entry.headword, pivotLang));
    if (stems === undefined || stems.length === 0) continue;
    const carried = stems.slice(0, perPivotWord);
    entry.translations.forEach((translation, index) => builder.add(normalizeForeign(translation, lang), carried, translationWeight(index)));
  }
  return builder.build();
}
