import { hashRange } from '../sketch/hash.js';
import { RangeTable } from './stopword-table.js';
import { wideStopwordsFor } from './stopwords.js';
import type { LanguageCode } from './types.js';

/** Languages with stop-word lists, one bit each in this order: the supported languages (detect-language's `SUPPORTED_LANGUAGES` is this list). */
export const PROFILED_LANGUAGES: readonly Exclude<LanguageCode, 'und'>[] = [
  'en', 'id', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar', 'tr',
];

/** Parts a window is cut into, so that a text that switches language inside it shows. */
export const PROFILE_PARTS = 4;

/**
 * The stop words of a window of text: how many words of each combination of languages
 * (a bit mask over {@link PROFILED_LANGUAGES}) fall in each of {@link PROFILE_PARTS} equal parts.
 */
export interface StopwordProfile {
  /** Letter runs (words) in the window. */
  words: number;
  /** Per part: stop-word language mask → number of such words. */
  parts: readonly ReadonlyMap<number, number>[];
  /** Each distinct stop word of the window → its language mask. */
  distinct: ReadonlyMap<string, number>;
}

// Which languages list a word as a stop word, one bit per language: one lookup per word, by
// the word's range of the window (no string per word).
let stopwordLanguages: RangeTable | undefined;
// Longer words are no stop word of any language: not looked up (hashing a long word costs).
let longestStopword = 0;

// A bit per hash of every stop word (2^17 bits for ≈ 7,000 words: ≈ 5 % of other words pass).
// Most words of a text are no stop word of any language, and a probe of the 7,000-word table
// for each missed the cache more often than not; the bit set, 16 KB, answers most of them
// from the word's hash alone. No stop word is ever filtered out.
const FILTER_BITS = 17;
let stopwordFilter = new Uint32Array(0);

// Per table entry, the mark of the last profile that met it: a window's distinct stop words
// are collected by entry number, and their strings read once each at the end.
let seenMarks = new Uint32Array(0);
let lastMark = 0;

function stopwordLanguageTable(): RangeTable {
  if (stopwordLanguages === undefined) {
    const table = new RangeTable();
    stopwordFilter = new Uint32Array((1 << FILTER_BITS) / 32);
    for (const [bit, language] of PROFILED_LANGUAGES.entries()) {
      for (const w of wideStopwordsFor(language)) {
        table.set(w, 1 << bit, (old, mask) => old | mask);
        longestStopword = Math.max(longestStopword, w.length);
        const slot = hashRange(w, 0, w.length) >>> (32 - FILTER_BITS);
        stopwordFilter[slot >>> 5] = (stopwordFilter[slot >>> 5] ?? 0) | (1 << (slot & 31));
      }
    }
    seenMarks = new Uint32Array(table.size);
    stopwordLanguages = table;
  }
  return stopwordLanguages;
}

/** A mark no earlier profile left in {@link seenMarks}. */
function nextMark(): number {
  if (lastMark === 0xffffffff) {
    seenMarks.fill(0);
    lastMark = 0;
  }
  lastMark += 1;
  return lastMark;
}

// Letters with their combining marks: lowercasing "İstanbul" gives "i\u0307stanbul", and
// letters alone split off an "i", a stop word of six other languages (half of the Turkish
// news texts went to the whole window for that alone). Anchored where a word starts, `test`
// gives its end without a match array, and a word longer than any stop word needs no string.
const WORD_AT = /[\p{L}\p{M}]+/uy;
const BETWEEN_WORDS = /[^\p{L}\p{M}]*/uy;

// ASCII letters (the window is lowercased, but "İ" and others may leave capitals): the only
// ASCII characters in [\p{L}\p{M}]. ASCII is scanned by a loop, the rest by the regexes.
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Where the next word starts at or after `at` (the text's length when none does). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      BETWEEN_WORDS.lastIndex = i;
      BETWEEN_WORDS.test(text);
      return BETWEEN_WORDS.lastIndex;
    }
    if (isAsciiLetter(c)) return i;
    i++;
  }
  return i;
}

/** Where the word starting at `start` ends: its ASCII letters by a loop, then WORD_AT from the first other character. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i < text.length && text.charCodeAt(i) >= 0x80) {
    WORD_AT.lastIndex = i;
    if (WORD_AT.test(text)) return WORD_AT.lastIndex;
  }
  return i;
}

/**
 * Count the stop words of a window by language and part.
 * @param window the text (lowercased here); parts are cut by character offset
 */
export function stopwordProfile(window: string): StopwordProfile {
  const lower = window.toLowerCase();
  const partLength = Math.ceil(window.length / PROFILE_PARTS);
  const parts: Map<number, number>[] = [];
  for (let p = 0; p < PROFILE_PARTS; p++) parts.push(new Map());
  let words = 0;
  const table = stopwordLanguageTable();
  const mark = nextMark();
  const seen: number[] = [];
  let at = 0;
  while (at < lower.length) {
    const start = wordStart(lower, at);
    if (start >= lower.length) break;
    at = wordEnd(lower, start);
    if (at === start) break;
    words++;
    if (at - start > longestStopword) continue;
    // Surely no stop word when its bit in the filter is clear.
    const hash = hashRange(lower, start, at);
    const slot = hash >>> (32 - FILTER_BITS);
    if (((stopwordFilter[slot >>> 5] ?? 0) & (1 << (slot & 31))) === 0) continue;
    const entry = table.find(lower, start, at, hash);
    if (entry < 0) continue;
    const mask = table.values[entry] ?? 0;
    if (seenMarks[entry] !== mark) {
      seenMarks[entry] = mark;
      seen.push(entry);
    }
    const part = parts[Math.min(PROFILE_PARTS - 1, Math.floor(start / partLength))];
    if (part !== undefined) part.set(mask, (part.get(mask) ?? 0) + 1);
  }
  // In the order first met, as a Map set on every occurrence kept them.
  const distinct = new Map<string, number>();
  for (const entry of seen) distinct.set(table.words[entry] ?? '', table.values[entry] ?? 0);
  return { words, parts, distinct };
}

/** Stop words of `language`, and of the most frequent other language among words that are not `language`'s. */
export interface OwnAndForeign {
  own: number;
  foreign: number;
}

/**
 * Own and foreign stop words of some parts of a profile.
 * @param parts the parts to add up (all of a profile, or one)
 * @param language index in {@link PROFILED_LANGUAGES}
 */
export function ownAndForeign(parts: readonly ReadonlyMap<number, number>[], language: number): OwnAndForeign {
  const { counts, skipped } = countsByLanguage(parts, 1 << language);
  return { own: skipped, foreign: Math.max(0, ...counts) };
}

/**
 * Stop words per language (index in {@link PROFILED_LANGUAGES}) in some parts, leaving out the
 * words of the `skip` languages, which are counted once in `skipped`.
 */
function countsByLanguage(parts: readonly ReadonlyMap<number, number>[], skip = 0): { counts: number[]; skipped: number } {
  const counts = new Array<number>(PROFILED_LANGUAGES.length).fill(0);
  let skipped = 0;
  // forEach rather than for-of: no [mask, count] array per entry.
  for (const part of parts) {
    part.forEach((count, mask) => {
      if ((mask & skip) !== 0) {
        skipped += count;
        return;
      }
      for (let bit = 0; bit < counts.length; bit++) if ((mask & (1 << bit)) !== 0) counts[bit] = (counts[bit] ?? 0) + count;
    });
  }
  return { counts, skipped };
}

/** How many different stop words of `language` (index in {@link PROFILED_LANGUAGES}) the window holds. */
export function distinctStopwords(profile: StopwordProfile, language: number): number {
  const bit = 1 << language;
  let n = 0;
  for (const mask of profile.distinct.values()) if ((mask & bit) !== 0) n++;
  return n;
}

/** The language (index in {@link PROFILED_LANGUAGES}) with the most stop words in a profile; the first on ties. */
export function mostStopwords(profile: StopwordProfile): number {
  const { counts } = countsByLanguage(profile.parts);
  let best = 0;
  for (let bit = 1; bit < counts.length; bit++) if ((counts[bit] ?? 0) > (counts[best] ?? 0)) best = bit;
  return best;
}
