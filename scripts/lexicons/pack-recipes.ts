/** A dictionary used through a pivot language: `P-X` articles read through P's English meanings. */
export interface PivotSource {
  /** FreeDict code of the `P-X` dictionary, e.g. `deu-ind`. */
  code: string;
  /** ISO 639-1 code of P, whose table (`P-eng` + reversed `eng-P`) gives the meanings. */
  pivotLang: string;
}

/** How one language's pack is made. */
export interface PackRecipe {
  lang: string;
  /** `X-eng` dictionaries read headword → translations. */
  direct: string[];
  /** `eng-X` dictionaries read backwards. */
  reversed: string[];
  pivots: PivotSource[];
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
 * The recipe of every shipped pack. id and ru have no usable X-eng dictionary, so they rest on
 * WikDict pivots; tr, es, it, pt and fr have small direct dictionaries (1k–16k headwords), so
 * WikDict pivots fill them too.
 */
export const PACK_RECIPES: readonly PackRecipe[] = [
  { lang: 'id', direct: [], reversed: ['eng-ind'], pivots: pivots('ind', ['de', 'nl', 'it', 'pl', 'fi', 'el']) },
  { lang: 'de', direct: ['deu-eng'], reversed: ['eng-deu'], pivots: [] },
  { lang: 'fr', direct: ['fra-eng'], reversed: ['eng-fra'], pivots: pivots('fra', ['de', 'nl', 'pl', 'el', 'fi']) },
  { lang: 'es', direct: ['spa-eng'], reversed: ['eng-spa'], pivots: pivots('spa', ['de', 'fr', 'it', 'pl', 'nl', 'el']) },
  { lang: 'pt', direct: ['por-eng'], reversed: ['eng-por'], pivots: pivots('por', ['de', 'fr', 'it', 'pl', 'nl']) },
  { lang: 'nl', direct: ['nld-eng'], reversed: ['eng-nld'], pivots: [] },
  { lang: 'it', direct: ['ita-eng'], reversed: ['eng-ita'], pivots: pivots('ita', ['de', 'fr', 'pl', 'nl', 'el']) },
  { lang: 'pl', direct: ['pol-eng'], reversed: ['eng-pol'], pivots: [] },
  { lang: 'tr', direct: ['tur-eng'], reversed: ['eng-tur'], pivots: pivots('tur', ['de', 'fr', 'it', 'pl']) },
  { lang: 'ar', direct: ['ara-eng'], reversed: ['eng-ara'], pivots: [] },
  { lang: 'ru', direct: [], reversed: ['eng-rus'], pivots: pivots('rus', ['de', 'pl', 'fr', 'nl', 'it']) },
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
