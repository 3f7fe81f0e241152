/** A dictionary used through a pivot language: `P-X` articles read through P's English meanings. */
export interface PivotSource {
  /** FreeDict code of the `P-X` dictionary, e.g. `deu-ind`. */
  code: string;
  /** ISO 639-1 code of P, whose table (`P-eng` + reversed `eng-P`) gives the meanings. */
  pivotLang: string;
}

/**
 * Licence families a pack may draw from. CC-BY-SA 3.0 (WikDict) and the GPL (FreeDict's own
 * dictionaries, Ding) cannot be combined into one work, so every pack uses one family only.
 */
export type LicenseFamily = 'CC-BY-SA-3.0' | 'GPL';

/**
 * The family of a dictionary's licence as Debian's copyright file states it, or undefined
 * when it fits neither. "GPL-3+ and GFDL-1.2+" (eng-pol) counts as GPL only if the GPL alone
 * may be chosen, which its stanza does not say: it is left out of both families.
 */
export function licenseFamily(license: string): LicenseFamily | undefined {
  const parts = license.split(/\s+and\s+/i).map((part) => part.trim());
  if (parts.every((part) => part === 'CC-BY-SA-3.0')) return 'CC-BY-SA-3.0';
  if (parts.every((part) => /^GPL-[23]\+?$/.test(part))) return 'GPL';
  return undefined;
}

/** How one language's pack is made. */
export interface PackRecipe {
  lang: string;
  /**
   * The one licence family its sources must share (sources of another family are skipped), or
   * `mixed` for a pack that still combines both because one family alone reads too little.
   */
  license: LicenseFamily | 'mixed';
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
 * The recipe of every shipped pack, each from one licence family where that reads enough. pl
 * and ru are WikDict (CC-BY-SA 3.0) packs: pol-eng and the X-rus dictionaries read through the
 * WikDict meanings of pl, fi and el. de, fr, es, pt, nl, it, tr and ar are GPL packs: FreeDict's
 * own X-eng and eng-X, with the GPL pivots that exist (nld-fra, deu-por, deu-ita, deu-tur read
 * through GPL nld-eng / deu-eng). The WikDict pivots that used to fill fr, es, pt, it, tr and id
 * through GPL meanings mixed the two licences and are gone, except for id, es and it (`mixed`).
 * Pivots whose dictionary turns out to be of another family are skipped by the build.
 */
export const PACK_RECIPES: readonly PackRecipe[] = [
  // id stays mixed: WikDict alone (eng-ind + pl/fi/el pivots) loses news verbs such as
  // menangkap → arrest/catch (read as "pull"). Not licence-clean; see lexicons/LICENSES.md.
  { lang: 'id', license: 'mixed', direct: [], reversed: ['eng-ind'], pivots: pivots('ind', ['de', 'nl', 'it', 'pl', 'fi', 'el']) },
  { lang: 'de', license: 'GPL', direct: ['deu-eng'], reversed: ['eng-deu'], pivots: [] },
  { lang: 'fr', license: 'GPL', direct: ['fra-eng'], reversed: ['eng-fra'], pivots: pivots('fra', ['nl']) },
  // es and it stay mixed: GPL alone leaves 4.9k / 3.7k keys and UDHR P@1 fell (es test half
  // 100 → 87 %, it training half 100 → 63 %). Not licence-clean; see lexicons/LICENSES.md.
  { lang: 'es', license: 'mixed', direct: ['spa-eng'], reversed: ['eng-spa'], pivots: pivots('spa', ['de', 'fr', 'it', 'pl', 'nl', 'el']) },
  { lang: 'pt', license: 'GPL', direct: ['por-eng'], reversed: ['eng-por'], pivots: pivots('por', ['de']) },
  { lang: 'nl', license: 'GPL', direct: ['nld-eng'], reversed: ['eng-nld'], pivots: [] },
  { lang: 'it', license: 'mixed', direct: ['ita-eng'], reversed: ['eng-ita'], pivots: pivots('ita', ['de', 'fr', 'pl', 'nl', 'el']) },
  { lang: 'pl', license: 'CC-BY-SA-3.0', direct: ['pol-eng'], reversed: [], pivots: [] },
  { lang: 'tr', license: 'GPL', direct: ['tur-eng'], reversed: ['eng-tur'], pivots: pivots('tur', ['de']) },
  { lang: 'ar', license: 'GPL', direct: ['ara-eng'], reversed: ['eng-ara'], pivots: [] },
  { lang: 'ru', license: 'CC-BY-SA-3.0', direct: [], reversed: [], pivots: pivots('rus', ['pl', 'fi', 'el']) },
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
