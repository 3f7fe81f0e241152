import type { LanguageCode } from './types.js';

// Abbreviations after which ICU's sentence segmenter wrongly breaks when a capital or digit
// follows ("Mr. | Smith", "Jan. | 5"). Lowercase, without the final dot; dotted forms such as
// "u.s" are matched separately by shape. Two kinds:
// - TITLES are always followed by a name, so the break after them is always wrong;
// - OTHERS (months, "Inc.", "No.") can end a sentence, so the break is undone only when the
//   next word is not a common sentence opener (see split-sentences.ts).

const EN_TITLES = [
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres',
  'gov', 'sen', 'rep', 'reps', 'sens', 'atty', 'supt', 'amb', 'insp', 'det',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cmdt', 'adm', 'brig', 'sgt', 'cpl', 'pvt',
  'spc', 'ens', 'pfc', 'msgt', 'lieut',
];
const EN_OTHERS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  'approx', 'ft', 'mt', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ',
  'assn', 'ave', 'blvd', 'rd', 'vs', 'etc', 'cf', 'e.g', 'i.e', 'a.m', 'p.m',
  // AP state abbreviations that are not also common words ("Ill.", "Miss.", "Wash." are left out).
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'ky', 'md', 'mich', 'minn', 'mont',
  'neb', 'nev', 'okla', 'tenn', 'tex', 'vt', 'wis', 'wyo',
];
// Only abbreviations when a number follows ("No. 5", "p. 12"); otherwise ordinary words.
const NUMERIC = ['no', 'nos', 'nr', 'vol', 'art', 'fig', 'p', 'pp', 'ch', 'sec', 'hlm', 'pasal', 'km'];
const ID_TITLES = [
  'bpk', 'bp', 'sdr', 'sdri', 'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'kh', 'st',
  'jend', 'letjen', 'mayjen', 'brigjen', 'kol', 'letkol', 'kapt', 'kompol', 'akbp',
  'kombes', 'irjen', 'komjen', 'serka', 'pratu', 'yth', 'alm', 'almh',
];
const ID_OTHERS = [
  'jl', 'jln', 'kec', 'kab', 'kel', 'prov', 'rt', 'rw', 'tlp', 'telp', 'dll', 'dsb',
  'dst', 'dkk', 'tsb', 'pt', 'cv', 'tbk', 'sbg', 'spt', 'a.n', 'u.p', 's.d',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'okt', 'nov', 'des',
  'wib', 'wita', 'wit', 'sh', 'mm', 'mh', 'msi', 'mt', 'kom',
];

const TITLES: Partial<Record<LanguageCode, ReadonlySet<string>>> = {
  en: new Set(EN_TITLES),
  id: new Set(ID_TITLES),
};
const OTHERS: Partial<Record<LanguageCode, ReadonlySet<string>>> = {
  en: new Set(EN_OTHERS),
  id: new Set(ID_OTHERS),
};
// Mixed-language pages are common (English wire names inside Indonesian copy), and an
// unlisted language still benefits from the titles, so unknown languages use en + id.
const ALL_TITLES: ReadonlySet<string> = new Set([...EN_TITLES, ...ID_TITLES]);
const ALL_OTHERS: ReadonlySet<string> = new Set([...EN_OTHERS, ...ID_OTHERS]);

const NUMERIC_SET: ReadonlySet<string> = new Set(NUMERIC);

/**
 * How an abbreviation behaves at a segment break: always glue (`title`), glue unless a
 * sentence opener follows (`other`), glue only before a number (`numeric`), or not one (`none`).
 */
export type AbbreviationKind = 'title' | 'other' | 'numeric' | 'none';

// Dotted initialisms of single letters ("U.S.", "P.T.", "a.m.") and lone capital initials ("J.").
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * Classify the word (with its final dot) that ends a segment.
 *
 * @param word The last whitespace-delimited word of a segment, e.g. `"Mr."`, `"U.S."`, `"(Gen."`.
 * @param language Language of the text; en and id have their own lists, others use both.
 * @returns `title` (break is always wrong), `other` (break is wrong unless a sentence opener
 *   follows), `numeric` (break is wrong before a number) or `none`.
 */
export function classifyAbbreviation(word: string, language: LanguageCode): AbbreviationKind {
  const stripped = word.replace(/^[("'[]+/, '');
  if (!stripped.endsWith('.')) return 'none';
  if (SINGLE_INITIAL.test(stripped)) return 'title';
  const bare = stripped.slice(0, -1).toLowerCase();
  const titles = TITLES[language] ?? ALL_TITLES;
  const others = OTHERS[language] ?? ALL_OTHERS;
  if (titles.has(bare)) return 'title';
  if (others.has(bare)) return 'other';
  if (NUMERIC_SET.has(bare)) return 'numeric';
  if (DOTTED_INITIALS.test(stripped)) return 'other';
  return 'none';
}
