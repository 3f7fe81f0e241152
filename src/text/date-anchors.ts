import { startsWithNumber } from './first-char.js';
import type { Token } from './tokenize.js';
import type { LanguageCode } from './types.js';

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month words of one language, in calendar order; a slot may hold several spellings or cases. */
type MonthWords = readonly (readonly string[])[];

// Month names, their common abbreviations and (pl, ru) the genitive a date uses: "3 marca", "3 марта".
const MONTH_WORDS: Readonly<Partial<Record<LanguageCode, MonthWords>>> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  id: [['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'],
    ['agustus', 'agu', 'agt'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  nl: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'],
    ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'],
    ['octobre'], ['novembre'], ['décembre', 'decembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'],
    ['octubre'], ['noviembre'], ['diciembre']],
  pt: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'],
    ['novembro'], ['dezembro']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'],
    ['novembre'], ['dicembre']],
  pl: [['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'],
    ['grudnia', 'grudzień']],
  ru: [['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'], ['октября'], ['ноября'], ['декабря']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
  ar: [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل'], ['مايو'], ['يونيو'], ['يوليو'], ['أغسطس'], ['سبتمبر'], ['أكتوبر'], ['نوفمبر'], ['ديسمبر']],
};

const MONTHS: ReadonlyMap<LanguageCode, ReadonlyMap<string, number>> = new Map(
  Object.entries(MONTH_WORDS).map(([language, slots]) => [
    language as LanguageCode,
    new Map(slots.flatMap((spellings, month) => spellings.map((w) => [w, month] as const))),
  ]),
);

// Words between a day and its month: "3 de marzo", "3 de março".
const DAY_MONTH_LINKS: ReadonlySet<string> = new Set(['de', 'del']);

/** A day of a month read in a sentence: its anchor and the tokens it spans. */
export interface DateReading {
  anchor: string;
  /** Indices of the day and month tokens (and a linking "de"). */
  tokens: number[];
}

/** Whether only a space, or a dot and a space ("3. März", "Jan. 5"), separates `text[from, to)`. */
function dateGap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap === ' ' || gap === '. ';
}

function day(token: string): number | undefined {
  if (!/^\d{1,2}$/.test(token)) return undefined;
  const d = Number(token);
  return d >= 1 && d <= 31 ? d : undefined;
}

function month(t: Token | undefined, months: ReadonlyMap<string, number>, language: LanguageCode): number | undefined {
  if (t === undefined) return undefined;
  // "may" is a verb and "mar" a noun unless written as a month, with a capital.
  if (language === 'en' && !t.capitalized) return undefined;
  return months.get(t.token);
}

/**
 * Days of a month written as "3 March", "March 3", "3. März", "3 de marzo", "3 марта" in the
 * languages storytrace reads, as one language-independent anchor `d:march 3`, so a translation
 * states the same date and a changed day reads as a changed date, not as a number.
 * Only number tokens start the search: most sentences hold none.
 */
export function readDates(text: string, tokens: readonly Token[], language: LanguageCode): DateReading[] {
  const months = MONTHS.get(language);
  const out: DateReading[] = [];
  if (months === undefined) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !startsWithNumber(t.token)) continue;
    const d = day(t.token);
    if (d === undefined) continue;
    const next = tokens[i + 1];
    const linked = next !== undefined && DAY_MONTH_LINKS.has(next.token) && text.slice(t.end, next.start) === ' ';
    const m = linked ? 2 : 1;
    const after = tokens[i + m];
    const before = tokens[i - 1];
    const afterGap = after !== undefined && dateGap(text, (linked && next ? next.end : t.end), after.start);
    const monthAfter = afterGap ? month(after, months, language) : undefined;
    if (monthAfter !== undefined) {
      out.push({ anchor: `d:${ENGLISH_MONTHS[monthAfter] ?? ''} ${d}`, tokens: linked ? [i, i + 1, i + 2] : [i, i + 1] });
      i += m;
      continue;
    }
    const monthBefore = before !== undefined && dateGap(text, before.end, t.start) ? month(before, months, language) : undefined;
    if (monthBefore !== undefined) out.push({ anchor: `d:${ENGLISH_MONTHS[monthBefore] ?? ''} ${d}`, tokens: [i - 1, i] });
  }
  return out;
}
