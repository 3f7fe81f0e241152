/**
 * Quantities read from English text, written in digits or in words, with their hedges, as
 * intervals in a base unit. Rewriters (human, spinner or AI) restate numbers instead of
 * copying them: "72 hours" becomes "a three-day window", "27 days" "almost four weeks",
 * "$38 million" "close to $40 million", "1,400" "fourteen hundred". Read as intervals, such
 * pairs overlap while the digits never match.
 */

/** What a quantity measures; only quantities of one dimension are compared. */
export type QuantityDimension = 'duration' | 'percent' | 'amount';

/** A quantity as an interval (`low` ≤ `high`) in its dimension's base unit (hours, percent points, units). */
export interface Quantity {
  dimension: QuantityDimension;
  low: number;
  high: number;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that stand for a count on their own ("a pair of samples", "a trio of children"). */
const COUNT_NOUNS: Readonly<Record<string, number>> = { pair: 2, couple: 2, trio: 3, dozen: 12, score: 20 };
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
/** Vague plurals: "hundreds of firms" is somewhere from two hundred to under a thousand. */
const VAGUE_PLURALS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 99], hundreds: [200, 999], thousands: [2e3, 9999], millions: [2e6, 9.99e6], billions: [2e9, 9.99e9],
};
/** Fractions read as percentages ("around a third of it", "three quarters of members"). */
const FRACTIONS: Readonly<Record<string, number>> = { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20 };
const HOURS: Readonly<Record<string, number>> = {
  minute: 1 / 60, minutes: 1 / 60, hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, fortnight: 336,
  month: 730, months: 730, year: 8766, years: 8766, decade: 87660, decades: 87660, century: 876600, centuries: 876600,
};
const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', '%']);
/** Units that read as one of themselves after an article on their own ("for a century"); other units need a hedge ("almost a month"). */
const SELF_COUNTING: ReadonlySet<string> = new Set(['decade', 'century', 'fortnight']);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;

/** A hedge before a number, as the interval it turns the stated value into (factors of the value). */
const HEDGES: readonly { words: readonly string[]; low: number; high: number }[] = [
  { words: ['well', 'over'], low: 1.1, high: 2 },
  { words: ['well', 'above'], low: 1.1, high: 2 },
  { words: ['just', 'over'], low: 1, high: 1.2 },
  { words: ['just', 'under'], low: 0.85, high: 1 },
  { words: ['more', 'than'], low: 1, high: 1.3 },
  { words: ['less', 'than'], low: 0.7, high: 1 },
  { words: ['fewer', 'than'], low: 0.7, high: 1 },
  { words: ['close', 'to'], low: 0.88, high: 1.02 },
  { words: ['up', 'to'], low: 0.7, high: 1 },
  { words: ['at', 'least'], low: 1, high: 1.5 },
  { words: ['upwards', 'of'], low: 1, high: 1.5 },
  { words: ['almost'], low: 0.85, high: 1 },
  { words: ['nearly'], low: 0.85, high: 1 },
  { words: ['over'], low: 1, high: 1.3 },
  { words: ['above'], low: 1, high: 1.3 },
  { words: ['under'], low: 0.7, high: 1 },
  { words: ['about'], low: 0.9, high: 1.1 },
  { words: ['around'], low: 0.9, high: 1.1 },
  { words: ['roughly'], low: 0.9, high: 1.1 },
  { words: ['approximately'], low: 0.9, high: 1.1 },
  { words: ['some'], low: 0.9, high: 1.1 },
  { words: ['estimated'], low: 0.9, high: 1.1 },
];

/**
 * Words a quantity can start with besides digits (or a currency sign) and hyphenated words:
 * every other word is passed over without the readers' regular expressions (most words of a
 * sentence are no number; testing each against every reader was most of reading a text).
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set(['tens', 'a', 'an', ...Object.keys(UNITS), ...Object.keys(VAGUE_PLURALS), ...Object.keys(COUNT_NOUNS)]);

/** Whether a quantity can start at `word` (see {@link NUMBER_STARTS}); false only where no reader would find one. */
function mayStartQuantity(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 36 || first === 0x20ac || first === 0xa3 || word.includes('-') || NUMBER_STARTS.has(word);
}

/** Relative slack on every comparison: "$38 million" and "$38.4 million" state the same amount. */
const SLACK = 0.03;

/** The words of a text, lowercased: numbers keep their separators and a leading `$`, hyphenated words stay whole. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, "'").match(/[ap]\.m\.?|[$€£]?\d[\d,.]*%?|%|[a-z]+(?:-[a-z]+)*/g)?.map((x) => x.replace(/^([ap]\.m)\.$/, '$1').replace(/^([$€£]?\d[\d,.]*?)[.,]+$/, '$1')) ?? [];
}

/** "1,400" → 1400, "1.2" → 1.2, "$5,000" → 5000; English separators only (the reader is for English). */
function digits(word: string): number | undefined {
  const core = word.replace(/^[$€£]/, '').replace(/%$/, '').replace(/[.,]$/, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(core)) return undefined;
  const value = Number(core.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** "twenty-five" → 25, "fourteen" → 14. */
function numberWord(word: string): number | undefined {
  if (Object.hasOwn(UNITS, word)) return UNITS[word];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(word);
  return m ? (UNITS[m[1] ?? ''] ?? 0) + (UNITS[m[2] ?? ''] ?? 0) : undefined;
}

interface Reading {
  value: number;
  /** Words consumed from the start. */
  length: number;
  /** Set when the value is itself vague ("hundreds", "mid-thirties"). */
  range?: readonly [number, number];
}

/** The number starting at `i`: digits or words, with scales ("fourteen hundred", "1.2 billion", "two dozen"). */
function readNumber(w: readonly string[], i: number): Reading | undefined {
  const first = w[i] ?? '';
  if (first === 'tens' && w[i + 1] === 'of' && (w[i + 2] === 'thousands' || w[i + 2] === 'millions')) {
    const base = w[i + 2] === 'thousands' ? 1e3 : 1e6;
    return { value: 20 * base, length: 3, range: [20 * base, 99.999 * base] };
  }
  if (Object.hasOwn(VAGUE_PLURALS, first)) {
    const range = VAGUE_PLURALS[first] ?? [0, 0];
    return { value: range[0], length: 1, range };
  }
  const decade = /^(mid|early|late)-(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.exec(first);
  if (decade) {
    const base = UNITS[(decade[2] ?? '').replace(/ies$/, 'y')] ?? 0;
    const range: readonly [number, number] = decade[1] === 'mid' ? [base + 3, base + 7] : decade[1] === 'early' ? [base, base + 4] : [base + 6, base + 9];
    return { value: base + 5, length: 1, range };
  }
  let value = digits(first) ?? numberWord(first);
  let length = 1;
  if (value === undefined) {
    // "a dozen", "a hundred", "a pair of", "a third": the article counts one.
    const next = w[i + 1] ?? '';
    const article = first === 'a' || first === 'an' || first === 'one';
    const timeUnit = Object.hasOwn(HOURS, next) && (SELF_COUNTING.has(next) || hedgeBefore(w, i) !== undefined || (w[i + 2] === 'and' && w[i + 3] === 'a' && w[i + 4] === 'half'));
    if (article && (Object.hasOwn(SCALES, next) || Object.hasOwn(FRACTIONS, next) || Object.hasOwn(COUNT_NOUNS, next) || timeUnit)) {
      value = 1;
    } else if (Object.hasOwn(COUNT_NOUNS, first) && first !== 'score') {
      return { value: COUNT_NOUNS[first] ?? 0, length: 1 };
    } else return undefined;
  }
  let total = value;
  for (;;) {
    const next = w[i + length] ?? '';
    if (Object.hasOwn(SCALES, next) && !(next === 'm' && total >= 100)) {
      total *= SCALES[next] ?? 1;
      length++;
    } else if (Object.hasOwn(COUNT_NOUNS, next) && next !== 'score') {
      total *= COUNT_NOUNS[next] ?? 1;
      length++;
    } else break;
  }
  return { value: total, length };
}

/** The hedge ending right before word `i`, if any. */
function hedgeBefore(w: readonly string[], i: number): { low: number; high: number } | undefined {
  for (const h of HEDGES) {
    const n = h.words.length;
    if (i - n < 0) continue;
    // An article may sit between the hedge and the number ("almost a month", "close to a third").
    for (const gap of [0, 1]) {
      const start = i - n - gap;
      if (start < 0) continue;
      if (gap === 1 && !/^(a|an)$/.test(w[i - 1] ?? '')) continue;
      if (h.words.every((word, k) => w[start + k] === word)) return h;
    }
  }
  return undefined;
}

/** A time unit at the end of a hyphenated compound: "three-day" → 3 days, "12-hour" is two words already. */
function compound(word: string): { value: number; unit: number } | undefined {
  const m = /^([a-z]+(?:-[a-z]+)?)-(minute|hour|day|week|month|year|decade)(?:-(?:old|long))?$/.exec(word);
  if (!m) return undefined;
  const value = numberWord(m[1] ?? '');
  return value === undefined ? undefined : { value, unit: HOURS[m[2] ?? ''] ?? 1 };
}

/**
 * Reads the quantities of an English text: numbers in digits or words, with a scale
 * ("1.2 billion", "fourteen hundred", "two dozen"), a time unit ("72 hours", "a three-day
 * window", "a year and a half", "two decades"), a percentage ("11 per cent", "eleven
 * percent", "around a third") or a vague plural ("hundreds of firms"), each widened by the
 * hedge before it ("almost", "close to", "well over"). Years (1900–2100 written alone), clock
 * times and small bare counts below 10 are left out: they name no event-specific quantity.
 * @returns quantities in reading order
 */
export function readQuantities(text: string): Quantity[] {
  const w = words(text);
  const out: Quantity[] = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (!mayStartQuantity(word)) continue;
    const hyphenated = compound(word);
    if (hyphenated) {
      const hedge = hedgeBefore(w, i);
      push(out, 'duration', hyphenated.value * hyphenated.unit, hedge);
      continue;
    }
    const reading = readNumber(w, i);
    if (reading === undefined) continue;
    // A day of the month ("May 14") is a date, not a quantity.
    if (MONTHS.test(w[i - 1] ?? '') && digits(word) !== undefined) continue;
    // A clock time ("9:40 p.m.") reads as two numbers: neither is a quantity.
    if (/^(a\.m|p\.m|am|pm)$/.test(w[i + reading.length] ?? '') || /^(a\.m|p\.m|am|pm)$/.test(w[i + reading.length + 1] ?? '')) {
      i += reading.length + 1;
      continue;
    }
    const hedge = hedgeBefore(w, i);
    let j = i + reading.length;
    const value = reading.value;
    const range = reading.range;
    const next = w[j] ?? '';
    if (word.endsWith('%') || PERCENT_WORDS.has(next) || (next === 'per' && w[j + 1] === 'cent')) {
      push(out, 'percent', value, hedge, range);
      i = j - 1 + (next === 'per' ? 2 : PERCENT_WORDS.has(next) ? 1 : 0);
      continue;
    }
    if (Object.hasOwn(FRACTIONS, next) && (value < 10 || word === 'a')) {
      // "a third", "three quarters": a share, read as a percentage.
      push(out, 'percent', (word === 'a' || word === 'an' ? 1 : value) * (FRACTIONS[next] ?? 0), hedge);
      i = j;
      continue;
    }
    if (Object.hasOwn(HOURS, next)) {
      let hours = value * (HOURS[next] ?? 1);
      j++;
      // "a year and a half"
      if (w[j] === 'and' && w[j + 1] === 'a' && w[j + 2] === 'half') {
        hours += 0.5 * (HOURS[next] ?? 1);
        j += 3;
      }
      push(out, 'duration', hours, hedge, range ? [range[0] * (HOURS[next] ?? 1), range[1] * (HOURS[next] ?? 1)] : undefined);
      i = j - 1;
      continue;
    }
    i = j - 1;
    const isYear = /^\d{4}$/.test(word) && value >= 1900 && value <= 2100 && reading.length === 1;
    if (isYear || (value < 10 && range === undefined)) continue;
    push(out, 'amount', value, hedge, range);
  }
  return out;
}

function push(out: Quantity[], dimension: QuantityDimension, value: number, hedge: { low: number; high: number } | undefined, range?: readonly [number, number]): void {
  const [low, high] = range ?? [value, value];
  const factor = hedge ?? { low: 1, high: 1 };
  out.push({ dimension, low: low * factor.low, high: high * factor.high });
}

/** Whether two quantities can state the same fact: same dimension, intervals overlapping (with a small slack). */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  return a.dimension === b.dimension && a.low <= b.high * (1 + SLACK) && b.low <= a.high * (1 + SLACK);
}

/**
 * How many quantities of `a` can be paired one to one with an agreeing quantity of `b`
 * (greedy in reading order: enough for the handful a sentence or an article states).
 */
export function matchQuantities(a: readonly Quantity[], b: readonly Quantity[]): number {
  const used = new Uint8Array(b.length);
  let matched = 0;
  for (const x of a) {
    for (let k = 0; k < b.length; k++) {
      const y = b[k];
      if (used[k] === 0 && y !== undefined && quantitiesAgree(x, y)) {
        used[k] = 1;
        matched++;
        break;
      }
    }
  }
  return matched;
}
