import { figureValue, unit } from './fact-figures.js';
import { pairNames, withoutNameParts, type SideReadings } from './fact-names.js';
import type { FactChange } from './types.js';

/** Facts a side of a pair states, taken from its sentence anchors. */
interface FactSets {
  names: Set<string>;
  numbers: Set<string>;
  dates: Set<string>;
  quotes: Set<string>;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)/;

/**
 * Day and month names written with a capital (English, Indonesian, German) are anchors like
 * names, but they say when, not who: "dropped name thursday" would read as a person gone.
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu',
  'januari', 'februari', 'maret', 'juni', 'juli', 'agustus', 'oktober', 'desember',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'januar', 'februar', 'märz', 'mai', 'dezember',
]);

/** A name without the possessive ending English adds to it ("norvessa's" → "norvessa"). */
function withoutPossessive(name: string): string {
  return name.replace(/['’]s?$/, '');
}

/** Which anchors a side's facts are read from (see {@link FactOptions}). */
interface FactReading {
  quotes: boolean;
  /** Day and month names as dates (words of one language). */
  calendarWords: boolean;
  names: boolean;
  commonNoun: ((name: string) => boolean) | undefined;
}

function collect(anchors: readonly (readonly string[])[], read: FactReading): FactSets {
  const sets: FactSets = { names: new Set(), numbers: new Set(), dates: new Set(), quotes: new Set() };
  for (const list of anchors) {
    for (const a of list) {
      if (a.startsWith('q:')) {
        if (read.quotes) sets.quotes.add(a.slice(2));
      } else if (a.startsWith('t:') || a.startsWith('d:')) sets.dates.add(a.slice(2));
      else if (/^\d/.test(a)) (/^(1[89]|20)\d\d$/.test(a) ? sets.dates : sets.numbers).add(a);
      else if (MONTH.test(a) && /\d/.test(a)) sets.dates.add(a);
      else {
        const word = withoutPossessive(a);
        if (CALENDAR_WORDS.has(word)) {
          if (read.calendarWords) sets.dates.add(word);
        } else if (read.names && read.commonNoun?.(a) !== true) sets.names.add(word);
      }
    }
  }
  // Anchors give a figure both bare and with its unit ("300" and "300 drones"); listed as facts,
  // the bare one would repeat the other, and be dropped where only the unit's wording changed.
  const withUnit = new Set([...sets.numbers].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]));
  for (const n of sets.numbers) if (!n.includes(' ') && withUnit.has(n)) sets.numbers.delete(n);
  return sets;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Share of the shorter quote's words found in the longer one. */
function quoteOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0) return 0;
  return wa.filter((w) => wb.has(w)).length / Math.min(wa.length, wb.size);
}

/**
 * Numbers by the value they state: a source number whose value the target states is kept
 * (each of its wordings: "1,800 jobs" and "1,800 positions" against one "1800 وظيفة"); one
 * whose value is gone but whose unit is still there with another figure is altered.
 */
function diffNumbers(source: ReadonlySet<string>, target: ReadonlySet<string>, crossLanguage: boolean): FactChange[] {
  const values = new Map([...source, ...target].map((n) => [n, figureValue(n, crossLanguage)]));
  const value = (n: string): string => values.get(n) ?? n;
  const targetByValue = new Map<string, string>();
  for (const y of [...target].sort()) if (!targetByValue.has(value(y))) targetByValue.set(value(y), y);
  // Across languages the anchors may miss a magnitude word, a stop word in some languages'
  // lists ("13 mil", "١٫٥ مليار"): a bare figure of the translation that is the source's value
  // over a power of a thousand stands for it.
  const bareTarget = crossLanguage ? [...target].filter((y) => !y.includes(' ')).sort() : [];
  const scaledDown = (x: string): string | undefined => {
    const v = Number(value(x));
    return bareTarget.find((y) => [1, 1e3, 1e6, 1e9, 1e12].some((p) => Math.abs(Number(y) * p - v) < 1e-6 * Math.max(1, v)));
  };
  const sourceValues = new Set([...source].map(value));
  const scaled = new Map([...source].map((x) => [x, scaledDown(x)]));
  // Target numbers stating no source value, in order; an altered figure claims one.
  const standsFor = new Set(scaled.values());
  const unclaimed = new Set([...target].filter((y) => !source.has(y) && !sourceValues.has(value(y)) && !standsFor.has(y)).sort());
  const out: FactChange[] = [];
  for (const x of source) {
    const same = target.has(x) ? x : (targetByValue.get(value(x)) ?? scaled.get(x));
    if (same !== undefined) { out.push({ type: 'number', change: 'kept', source: x, target: same }); continue; }
    const u = unit(x);
    const twin = u ? [...unclaimed].find((y) => unit(y) === u) : undefined;
    if (twin !== undefined) { unclaimed.delete(twin); out.push({ type: 'number', change: 'altered', source: x, target: twin }); }
    else out.push({ type: 'number', change: 'dropped', source: x });
  }
  for (const y of unclaimed) out.push({ type: 'number', change: 'added', target: y });
  return out;
}

/** How the figures of two documents compare: each figure counted once, on the side(s) stating it. */
export interface FigureComparison {
  /** Figures both state (by value, across languages too). */
  kept: number;
  /** Figures only the source states. */
  dropped: number;
  /** Source figures the target states with another value under the same unit ("14 metres" → "40 metres"). */
  altered: number;
  /** Figures only the target states. */
  added: number;
}

const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Within one language, two figures of one value with unit words that differ from their first
 * letters on ("40 metern", "40 minuten") are two facts; an inflected unit ("14 meter", "14
 * metern") and a bare figure are the same one.
 */
function sameUnit(x: string, y: string): boolean {
  const [ux, uy] = [unit(x), unit(y)];
  return ux === '' || uy === '' || ux.slice(0, 3) === uy.slice(0, 3);
}

/**
 * Compares the figures of two documents: numbers (by value, their unit aside), clock times
 * and days of a month; bare years are left out (a background "in 2025" is shared by reports
 * of different events), and so are day and month names (words of one language). This is what
 * a report keeps of another's event across languages: the quote is translated and the
 * wording is the writer's own, but "230 passengers", "6:40" and "March 12" stay.
 * @param source anchors of each source sentence
 * @param target anchors of each target sentence
 */
export function compareFigures(source: readonly (readonly string[])[], target: readonly (readonly string[])[], sameLanguage: boolean): FigureComparison {
  const read = { quotes: false, calendarWords: false, names: false, commonNoun: undefined };
  const s = collect(source, read);
  const t = collect(target, read);
  const dates = { s: [...s.dates].filter((d) => !YEAR.test(d)), t: new Set([...t.dates].filter((d) => !YEAR.test(d))) };
  const out = { kept: 0, dropped: 0, added: 0 };
  for (const d of dates.s) if (dates.t.has(d)) out.kept++; else out.dropped++;
  out.added += [...dates.t].filter((d) => !dates.s.includes(d)).length;
  // Read both ways and keep the reading with more figures kept: a bare figure stands for a
  // scaled one of the other side only one way round ("2.4" for "2.4 million", a magnitude word
  // the anchors missed), and the pair's order must not change what it shares.
  const count = (changes: readonly FactChange[], swap: boolean): FigureComparison => {
    const c = { kept: 0, dropped: 0, altered: 0, added: 0 };
    for (const change of changes) {
      if (change.change === 'kept' && sameLanguage && !sameUnit(change.source ?? '', change.target ?? '')) { c.dropped++; c.added++; }
      else c[change.change]++;
    }
    return swap ? { kept: c.kept, altered: c.altered, dropped: c.added, added: c.dropped } : c;
  };
  const forward = count(diffNumbers(s.numbers, t.numbers, !sameLanguage), false);
  const backward = count(diffNumbers(t.numbers, s.numbers, !sameLanguage), true);
  const numbers = backward.kept > forward.kept ? backward : forward;
  return { kept: out.kept + numbers.kept, dropped: out.dropped + numbers.dropped, altered: numbers.altered, added: out.added + numbers.added };
}

/** How two documents' facts can be compared. */
export interface FactOptions {
  /**
   * False across languages: quotes are translated (each would read as one dropped and one
   * added), day and month names are words of one language, a percentage may be written in words
   * the anchors do not read, and a name spelled otherwise is the same name transliterated.
   */
  sameLanguage?: boolean;
  /** False when a side is written in a script without capitals (Arabic, Chinese…): it has no name anchors to compare. */
  names?: boolean;
  /**
   * Per side, capitalised words that are common nouns, not names: German capitalises every
   * noun, so its name anchors hold "Anwohner" and "Entgleisung" as well as "Kelmar".
   */
  commonNouns?: { source: ((name: string) => boolean) | undefined; target: ((name: string) => boolean) | undefined };
  /** Across languages, how each side's name words read in English: a name translated word by word is kept. */
  nameReadings?: SideReadings;
}

/**
 * Compares the facts of two documents: names, numbers (with their unit), dates and quotes.
 * The same figure with its unit worded otherwise ("300 drones" → "300 drone", "2.4 million" →
 * "2,4 Millionen") is `kept`; a number that changed but kept its unit ("300 drones" → "320
 * drones"), a quote that was trimmed or reworded (most words shared) and a name spelled
 * otherwise in the same language are `altered`; the rest are kept, added or dropped. A name
 * with a title or first name on one side only is kept, and across languages one translated
 * word by word; day and month names are dates.
 * @param source anchors of each source sentence
 * @param target anchors of each target sentence
 * @returns changes sorted by type, change and text
 */
export function diffFacts(source: readonly (readonly string[])[], target: readonly (readonly string[])[], options: FactOptions = {}): FactChange[] {
  const sameLanguage = options.sameLanguage ?? true;
  const read = { quotes: sameLanguage, calendarWords: sameLanguage, names: options.names ?? true };
  const s = collect(source, { ...read, commonNoun: options.commonNouns?.source });
  const t = collect(target, { ...read, commonNoun: options.commonNouns?.target });
  const simple = (type: FactChange['type'], a: Set<string>, b: Set<string>): FactChange[] => [
    ...[...a].map((x): FactChange => (b.has(x) ? { type, change: 'kept', source: x, target: x } : { type, change: 'dropped', source: x })),
    ...[...b].filter((x) => !a.has(x)).map((x): FactChange => ({ type, change: 'added', target: x })),
  ];
  const out: FactChange[] = [
    ...pairNames(withoutNameParts(simple('name', s.names, t.names)), sameLanguage ? 'altered' : 'kept', sameLanguage ? undefined : options.nameReadings),
    ...simple('date', s.dates, t.dates),
    ...diffNumbers(s.numbers, t.numbers, !sameLanguage),
  ];

  const addedQuotes = new Set([...t.quotes].filter((x) => !s.quotes.has(x)));
  for (const x of s.quotes) {
    if (t.quotes.has(x)) { out.push({ type: 'quote', change: 'kept', source: x, target: x }); continue; }
    const twin = [...addedQuotes].sort().find((y) => quoteOverlap(x, y) >= 0.6);
    if (twin) { addedQuotes.delete(twin); out.push({ type: 'quote', change: 'altered', source: x, target: twin }); }
    else out.push({ type: 'quote', change: 'dropped', source: x });
  }
  for (const y of addedQuotes) out.push({ type: 'quote', change: 'added', target: y });

  const order = { quote: 0, number: 1, date: 2, name: 3 } as const;
  const changeOrder = { altered: 0, added: 1, dropped: 2, kept: 3 } as const;
  return out.sort((a, b) =>
    order[a.type] - order[b.type] || changeOrder[a.change] - changeOrder[b.change] ||
    (a.source ?? a.target ?? '').localeCompare(b.source ?? b.target ?? ''));
}
