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
  'januar', 'februar', 'märz', 'mai', 'oktober', 'dezember',
]);

/** A name without the possessive ending English adds to it ("norvessa's" → "norvessa"). */
function withoutPossessive(name: string): string {
  return name.replace(/['’]s?$/, '');
}

function collect(anchors: readonly (readonly string[])[]): FactSets {
  const sets: FactSets = { names: new Set(), numbers: new Set(), dates: new Set(), quotes: new Set() };
  for (const list of anchors) {
    for (const a of list) {
      if (a.startsWith('q:')) sets.quotes.add(a.slice(2));
      else if (/^\d/.test(a)) (/^(1[89]|20)\d\d$/.test(a) ? sets.dates : sets.numbers).add(a);
      else if ((MONTH.test(a) && /\d/.test(a)) || CALENDAR_WORDS.has(a)) sets.dates.add(a);
      else sets.names.add(withoutPossessive(a));
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

/** The unit word of a number anchor ("300 drones" → "drones"), or "" for a bare number. */
function unit(n: string): string {
  return n.split(' ').slice(1).join(' ');
}

/** Words that scale a figure: "4.8 million" and "4.8 billion" are different figures. */
const MAGNITUDE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'ratus', 'ribu', 'juta', 'miliar', 'triliun']);

/** The figure of a number anchor with its magnitude ("300 drones" → "300", "4.8 million dollars" → "4.8 million"). */
function figure(n: string): string {
  const [value = n, next] = n.split(' ');
  return next !== undefined && MAGNITUDE.has(next) ? `${value} ${next}` : value;
}

/**
 * Anchors give a name run and its words ("marrow strait", "marrow", "strait"): a word that is
 * part of a longer name added or dropped the same way repeats that name, so it goes.
 */
function withoutNameParts(names: readonly FactChange[]): FactChange[] {
  const runWords = new Set<string>();
  for (const f of names) {
    const name = f.source ?? f.target ?? '';
    if (f.change !== 'kept' && name.includes(' ')) for (const w of name.split(' ')) runWords.add(`${f.change} ${w}`);
  }
  return names.filter((f) => {
    const name = f.source ?? f.target ?? '';
    return f.change === 'kept' || name.includes(' ') || !runWords.has(`${f.change} ${name}`);
  });
}

/** Whether `longer` is `shorter` with words in front of it ("senator ruth adebayo-lind", "ruth adebayo-lind"). */
function endsWithName(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.endsWith(` ${shorter}`);
}

/**
 * A name given with a title or first name on one side only ("Senator Ruth Adebayo-Lind" for
 * "Sen. Ruth Adebayo-Lind", whose title the anchors leave out) is the same person: the longer
 * form pairs with the other side's shorter one as kept, instead of one dropped and one added.
 * The shorter form must have two words or more: a lone word ("strait") is too weak a match.
 */
function pairTitledNames(names: readonly FactChange[]): FactChange[] {
  const byName = (change: FactChange['change']): string[] =>
    names.filter((f) => f.change === change).map((f) => f.source ?? f.target ?? '');
  const kept = byName('kept');
  const dropped = byName('dropped');
  const added = byName('added');
  const paired = new Map<string, FactChange>();
  const gone = new Set<string>();
  const twoWords = (n: string): boolean => n.includes(' ');
  for (const a of added) {
    // A longer form of a name both sides state repeats it.
    if (kept.some((k) => twoWords(k) && endsWithName(a, k))) { gone.add(`added ${a}`); continue; }
    const d = dropped.find((x) => !gone.has(`dropped ${x}`) && ((twoWords(x) && endsWithName(a, x)) || (twoWords(a) && endsWithName(x, a))));
    if (d === undefined) continue;
    gone.add(`added ${a}`);
    gone.add(`dropped ${d}`);
    paired.set(`dropped ${d}`, { type: 'name', change: 'kept', source: d, target: a });
  }
  for (const d of dropped) {
    if (!gone.has(`dropped ${d}`) && kept.some((k) => twoWords(k) && endsWithName(d, k))) gone.add(`dropped ${d}`);
  }
  return names.flatMap((f) => {
    const key = `${f.change} ${f.source ?? f.target ?? ''}`;
    const pair = paired.get(key);
    if (pair !== undefined) return [pair];
    return gone.has(key) ? [] : [f];
  });
}

/**
 * Compares the facts of two documents: names, numbers (with their unit), dates and quotes.
 * The same figure with its unit worded otherwise ("300 drones" → "300 drone") is `kept`; a
 * number that changed but kept its unit ("300 drones" → "320 drones") and a quote that was
 * trimmed or reworded (most words shared) are `altered`; the rest are kept, added or dropped.
 * A name with a title or first name on one side only is kept; day and month names are dates.
 * @param source anchors of each source sentence
 * @param target anchors of each target sentence
 * @param options `quotes: false` across languages, where every quote is translated and would
 *   read as one dropped and one added
 * @returns changes sorted by type, change and text
 */
export function diffFacts(source: readonly (readonly string[])[], target: readonly (readonly string[])[], options: { quotes?: boolean } = {}): FactChange[] {
  const s = collect(source);
  const t = collect(target);
  const simple = (type: FactChange['type'], a: Set<string>, b: Set<string>): FactChange[] => [
    ...[...a].map((x): FactChange => (b.has(x) ? { type, change: 'kept', source: x, target: x } : { type, change: 'dropped', source: x })),
    ...[...b].filter((x) => !a.has(x)).map((x): FactChange => ({ type, change: 'added', target: x })),
  ];
  const out: FactChange[] = [...pairTitledNames(withoutNameParts(simple('name', s.names, t.names))), ...simple('date', s.dates, t.dates)];

  const addedNumbers = new Set([...t.numbers].filter((x) => !s.numbers.has(x)));
  // Sorted once; each match takes the first in order still unclaimed.
  const addedInOrder = [...addedNumbers].sort();
  const firstAdded = (fits: (y: string) => boolean): string | undefined => addedInOrder.find((y) => addedNumbers.has(y) && fits(y));
  for (const x of s.numbers) {
    if (t.numbers.has(x)) { out.push({ type: 'number', change: 'kept', source: x, target: x }); continue; }
    const same = firstAdded((y) => figure(y) === figure(x));
    if (same) { addedNumbers.delete(same); out.push({ type: 'number', change: 'kept', source: x, target: same }); continue; }
    const u = unit(x);
    const twin = u ? firstAdded((y) => unit(y) === u) : undefined;
    if (twin) { addedNumbers.delete(twin); out.push({ type: 'number', change: 'altered', source: x, target: twin }); }
    else out.push({ type: 'number', change: 'dropped', source: x });
  }
  for (const y of addedNumbers) out.push({ type: 'number', change: 'added', target: y });

  if (options.quotes === false) {
    s.quotes.clear();
    t.quotes.clear();
  }
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
