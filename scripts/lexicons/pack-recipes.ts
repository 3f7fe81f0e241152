/** A dictionary used through a pivot language: `P-X` articles read through P's English meanings. */
export interface PivotSource {
  /** FreeDict code of the `P-X` dictionary, e.g. `deu-ind`. */
  code: string;
  /** ISO 639-1 code of P, whose table (`P-eng` + reversed `eng-P`) gives the meanings. */
  pivotLang: string;
}

import type { LicenseFamily } from '../../src/crosslingual/lexicon-pack.js';

/**
 * The family of a dictionary's licence as Debian's copyright file states it, or undefined
 * when it fits neither. "GPL-3+ and GFDL-1.2+" (eng-pol) counts as GPL only if the GPL alone
 * may be chosen, which its stanza does not say: it is left out of both families.
 */
export function licenseFamily(license: string): LicenseFamily | undefined {
  const parts = license.split(/\s+and\s+/i).map((part) => part.trim());
  if (parts.every((part) => part === 'CC-BY-SA-3.0')) return 'cc-by-sa-3.0';
  if (parts.every((part) => /^GPL-[23]\+?$/.test(part))) return 'gpl';
  return undefined;
}

/**
 * The dictionaries of one language's packs. The build sorts them by licence family into one
 * pack per family (CC-BY-SA 3.0 and the GPL cannot be combined into one work); a pivot `P-X`
 * whose P meanings are of another family ships as links, read through P's packs at run time.
 */
export interface PackRecipe {
  lang: string;
  /** `X-eng` dictionaries read headword → translations. */
  direct: string[];
  /** `eng-X` dictionaries read backwards. */
  reversed: string[];
  pivots: PivotSource[];
  /**
   * The direct and reversed dictionaries list senses in no meaningful order (FreeDict ara-eng and
   * eng-ara: alphabetical by the English word), so their readings are ranked by English
   * commonness instead (scripts/lexicons/english-commonness.ts).
   */
  unorderedSenses?: boolean;
}

/** English meanings of pivot languages: ISO 639-1 → FreeDict codes ([P-eng], [eng-P]). */
export const PIVOT_MEANINGS: Readonly<Record<string, { direct: string[]; reversed: string[] }>> = {
  de: { direct: ['deu-eng'], reversed: ['eng-deu'] },
  nl: { direct: ['nld-eng'], reversed: ['eng-nld'] },
  it: { direct: ['ita-eng'], reversed: ['eng-ita'] },
  pl: { direct: ['pol-eng'], reversed: ['eng-pol'] },
  fr: { direct: ['fra-eng'], reversed: ['eng-fra'] },
  fi: { direct: ['fin-eng'], reversed: [] },
  el: { direct: ['ell-eng'], reversed: [] },
};

const pivots = (target: string, from: readonly string[]): PivotSource[] =>
  from.map((pivotLang) => ({ code: `${CODE3[pivotLang] ?? pivotLang}-${target}`, pivotLang }));

/** ISO 639-1 → FreeDict (ISO 639-3) codes of the languages involved. */
export const CODE3: Readonly<Record<string, string>> = {
  id: 'ind', de: 'deu', fr: 'fra', es: 'spa', pt: 'por', nl: 'nld', pl: 'pol', it: 'ita',
  ru: 'rus', ar: 'ara', tr: 'tur', fi: 'fin', el: 'ell',
};

/**
 * The recipe of every shipped language. id has no `ind-eng` dictionary: reversed WikDict
 * `eng-ind` plus WikDict pivots. de, nl, pl, ar read `X-eng` and reversed `eng-X`; fr, es, pt,
 * it, tr add the pivots that read enough of the UDHR training half; ru is WikDict pivots only.
 */
export const PACK_RECIPES: readonly PackRecipe[] = [
  { lang: 'id', direct: [], reversed: ['eng-ind'], pivots: pivots('ind', ['de', 'nl', 'it', 'pl', 'fi', 'el']) },
  { lang: 'de', direct: ['deu-eng'], reversed: ['eng-deu'], pivots: [] },
  { lang: 'fr', direct: ['fra-eng'], reversed: ['eng-fra'], pivots: pivots('fra', ['nl']) },
  { lang: 'es', direct: ['spa-eng'], reversed: ['eng-spa'], pivots: pivots('spa', ['de', 'fr', 'it', 'pl', 'nl', 'el']) },
  { lang: 'pt', direct: ['por-eng'], reversed: ['eng-por'], pivots: pivots('por', ['de']) },
  { lang: 'nl', direct: ['nld-eng'], reversed: ['eng-nld'], pivots: [] },
  { lang: 'it', direct: ['ita-eng'], reversed: ['eng-ita'], pivots: pivots('ita', ['de', 'fr', 'pl', 'nl', 'el']) },
  { lang: 'pl', direct: ['pol-eng'], reversed: [], pivots: [] },
  { lang: 'tr', direct: ['tur-eng'], reversed: ['eng-tur'], pivots: pivots('tur', ['de']) },
  { lang: 'ar', direct: ['ara-eng'], reversed: ['eng-ara'], pivots: [], unorderedSenses: true },
  { lang: 'ru', direct: [], reversed: [], pivots: pivots('rus', ['pl', 'fi', 'el']) },
];

/**
 * Every FreeDict code a set of recipes needs, pivot meanings included.
 * @returns sorted, distinct codes
 */
export function dictionariesNeeded(recipes: readonly PackRecipe[]): string[] {
  const codes = new Set<string>();
  for (const recipe of recipes) {
    for (const code of [...recipe.direct, ...recipe.reversed]) codes.add(code);
    for (const pivot of recipe.pivots) {
      codes.add(pivot.code);
      const meaning = PIVOT_MEANINGS[pivot.pivotLang];
      for (const code of [...(meaning?.direct ?? []), ...(meaning?.reversed ?? [])]) codes.add(code);
    }
  }
  return [...codes].sort();
}
