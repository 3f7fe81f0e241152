import { distance } from 'fastest-levenshtein';
import type { NameReadings } from './name-readings.js';
import type { FactChange } from './types.js';

const nameOf = (f: FactChange): string => f.source ?? f.target ?? '';

/** The words of a name anchor: spaces and hyphens split them ("port-selvinom" → port, selvinom). */
export function nameWords(name: string): string[] {
  return name.split(/[\s-]+/);
}

/**
 * Anchors give a name run and its shorter runs ("sri lestari anggraini", "lestari anggraini",
 * "anggraini"): a run inside a longer name added or dropped the same way, or inside a longer
 * name both sides keep, repeats that name, so it goes.
 */
export function withoutNameParts(names: readonly FactChange[]): FactChange[] {
  const padded = names.map((f) => ({ change: f.change, name: ` ${nameOf(f)} ` }));
  return names.filter((f) => {
    if (f.change === 'kept') return true;
    const run = ` ${nameOf(f)} `;
    return !padded.some((g) => (g.change === f.change || g.change === 'kept') && g.name.length > run.length && g.name.includes(run));
  });
}

/** Whether `longer` is `shorter` with words in front of it ("senator ruth adebayo-lind", "ruth adebayo-lind"). */
function endsWithName(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.endsWith(` ${shorter}`);
}

/**
 * Two spellings of one name word: a shared start of 4 letters (a declined "Kelmarom" for
 * "Kelmar"), or one edit in 4 letters ("Devid" for "David"). Across languages, where a
 * transliteration also adds an ending, the longer word is cut to the shorter's length and one
 * edit in 3 letters passes ("Selvinom" for "Selwyn").
 */
function sameNameWord(a: string, b: string, transliterated: boolean): boolean {
  if (a === b) return true;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  if (prefix >= 4) return true;
  const shorter = Math.min(a.length, b.length);
  if (!transliterated) {
    const most = Math.max(1, Math.floor(shorter / 4));
    // The distance is at least the difference in length: no need to compute it past that.
    return Math.abs(a.length - b.length) <= most && distance(a, b) <= most;
  }
  return distance(a.slice(0, shorter), b.slice(0, shorter)) <= Math.max(1, Math.floor(shorter / 3));
}

/** Two spellings of one name: as many words (spaces and hyphens split them), each a spelling of the other's. */
function sameName(a: string, b: string, transliterated: boolean): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return wa.length === wb.length && wa.every((w, i) => sameNameWord(w, wb[i] ?? '', transliterated));
}

// Names are compared with every name of the other side, and split for each comparison: split
// once. Bounded; the words of a name never change.
const NAMES_KEPT = 20_000;
const wordsMemo = new Map<string, readonly string[]>();

function wordsOf(name: string): readonly string[] {
  let words = wordsMemo.get(name);
  if (words === undefined) {
    if (wordsMemo.size >= NAMES_KEPT) wordsMemo.clear();
    wordsMemo.set(name, (words = nameWords(name)));
  }
  return words;
}

/** How the name words of each side read in English ({@link NameReadings}), for names across languages. */
export interface SideReadings {
  source: NameReadings;
  target: NameReadings;
}

/**
 * One name in two languages: each word of the shorter form (two words at least, or one
 * against one) reads as a word of the longer one — a shared English reading ("roja" / "red")
 * or a transliterated spelling — so "Cruz Roja" is "Red Cross" and "Jembatan Sungai Lemara"
 * names the "Lemara River" it adds a word to.
 */
function translatedName(dropped: string, added: string, d: readonly ReadonlySet<string>[], a: readonly ReadonlySet<string>[]): boolean {
  const dw = nameWords(dropped);
  const aw = nameWords(added);
  const [shortWords, shortReadings, longWords, longReadings] = dw.length <= aw.length ? [dw, d, aw, a] : [aw, a, dw, d];
  if (shortWords.length < 2 && longWords.length > 1) return false;
  return shortWords.every((w, i) => longWords.some((v, j) => sameNameWord(w, v, true) || shares(shortReadings[i], longReadings[j])));
}

function shares(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  for (const r of x) if (y.has(r)) return true;
  return false;
}

/**
 * Pairs names a side dropped with names the other added when they are one name:
 * - given with a title or first name on one side only ("Senator Ruth Adebayo-Lind" for
 *   "Sen. Ruth Adebayo-Lind", whose title the anchors leave out): kept. The shorter form must
 *   have two words or more: a lone word ("strait") is too weak a match. A longer form of a
 *   name both sides state repeats it and goes.
 * - spelled otherwise ("Anny Lindkvist" for "Anna Lindqvist", "Kelmarom" for "Kelmar"):
 *   `spelling` says what that is — kept across languages, where names are transliterated and
 *   declined, altered within one. Another spelling of a name both sides state repeats it and goes.
 * - across languages, with `readings`, translated word by word ({@link translatedName}): kept.
 * - across languages, a longer name left unpaired that holds a name both sides state: gone.
 */
export function pairNames(names: readonly FactChange[], spelling: 'kept' | 'altered', readings?: SideReadings): FactChange[] {
  const byChange = (change: FactChange['change']): string[] => names.filter((f) => f.change === change).map(nameOf);
  const kept = byChange('kept');
  const dropped = byChange('dropped');
  const added = byChange('added');
  const pairs = new Map<string, FactChange>();
  const gone = new Set<string>();
  const twoWords = (n: string): boolean => n.includes(' ');
  const pair = (d: string, a: string, change: 'kept' | 'altered'): void => {
    gone.add(`added ${a}`);
    gone.add(`dropped ${d}`);
    pairs.set(`dropped ${d}`, { type: 'name', change, source: d, target: a });
  };
  const transliterated = spelling === 'kept';
  const repeatsKept = (n: string): boolean => kept.some((k) => (twoWords(k) && endsWithName(n, k)) || sameName(n, k, transliterated));
  for (const a of added) {
    if (repeatsKept(a)) { gone.add(`added ${a}`); continue; }
    const d = dropped.find((x) => !gone.has(`dropped ${x}`) && ((twoWords(x) && endsWithName(a, x)) || (twoWords(a) && endsWithName(x, a))));
    if (d !== undefined) pair(d, a, 'kept');
  }
  for (const d of dropped) {
    if (gone.has(`dropped ${d}`)) continue;
    if (repeatsKept(d)) { gone.add(`dropped ${d}`); continue; }
    const a = added.find((x) => !gone.has(`added ${x}`) && sameName(d, x, transliterated));
    if (a !== undefined) pair(d, a, spelling);
  }
  if (readings !== undefined) {
    // Each name's readings once: a name is tried against every name of the other side.
    const addedReadings = new Map(added.map((x) => [x, readings.target(x)]));
    for (const d of dropped) {
      if (gone.has(`dropped ${d}`)) continue;
      const dReadings = readings.source(d);
      const a = added.find((x) => !gone.has(`added ${x}`) && translatedName(d, x, dReadings, addedReadings.get(x) ?? []));
      if (a !== undefined) pair(d, a, 'kept');
    }
  }
  if (transliterated) {
    // Across languages a name's generic words are translated and often written in lower case
    // ("Kell River" / "río Kell", "Halden City Museum" / "Stadtmuseum Halden"): a longer name
    // left unpaired that holds a name both sides state is that name, not a fact gone or new.
    const holdsKept = (n: string): boolean => twoWords(n) && kept.some((k) => wordsOf(k).every((w) => wordsOf(n).some((v) => sameNameWord(w, v, true))));
    for (const d of dropped) if (!gone.has(`dropped ${d}`) && !pairs.has(`dropped ${d}`) && holdsKept(d)) gone.add(`dropped ${d}`);
    for (const a of added) if (!gone.has(`added ${a}`) && holdsKept(a)) gone.add(`added ${a}`);
  }
  return names.flatMap((f) => {
    const key = `${f.change} ${nameOf(f)}`;
    const paired = pairs.get(key);
    if (paired !== undefined) return [paired];
    return gone.has(key) ? [] : [f];
  });
}
