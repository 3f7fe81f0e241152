import { classifyAbbreviation } from './abbreviations.js';
import { readDates } from './date-anchors.js';
import { startsWithLetter, startsWithNumber } from './first-char.js';
import { isWideStopword } from './stopwords.js';
import { readTime, TIME_ZONES } from './time-anchors.js';
import { tokenize, type Token } from './tokenize.js';
import type { LanguageCode } from './types.js';

/** A quoted span: the text between straight double quotes, with its offsets (quotes excluded). */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
}

/** Quotes shorter than this many words ("scare quotes") are not anchors. */
export const MIN_QUOTE_WORDS = 3;

// Languages writing "2,5" for two and a half and "1.200" for twelve hundred.
const DECIMAL_COMMA: ReadonlySet<LanguageCode> = new Set(['id', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'tr']);
// Percent words become "%" so that "10 percent", "10 persen" and "10%" give one anchor.
const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per-cent', 'persen', 'prozent', 'procent', 'percento', 'pourcent']);
const OPENING_CONTEXT = /[\s([{\-/]/;

/**
 * Find quoted spans delimited by straight double quotes (run normalizeText first).
 *
 * A quote preceded by the start of the text, a space or an opening bracket opens; any quote
 * closes an open one. A quote left open runs to the end of the text, and a first quote that
 * only closes starts at the beginning: a sentence may hold one end of a multi-sentence quote.
 *
 * @param text Text with straight quotes.
 * @returns Non-empty spans in text order, trimmed of surrounding spaces.
 */
export function extractQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Most sentences hold no quote: no list, no loop.
  if (!text.includes('"')) return spans;
  let openAt = -1;
  let seenQuote = false;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (openAt !== -1) {
      pushQuote(text, openAt + 1, i, spans);
      openAt = -1;
    } else if (i === 0 || OPENING_CONTEXT.test(text.charAt(i - 1))) {
      openAt = i;
    } else if (!seenQuote) {
      pushQuote(text, 0, i, spans);
    }
    seenQuote = true;
  }
  if (openAt !== -1) pushQuote(text, openAt + 1, text.length, spans);
  return spans;
}

/** Adds `text[start, end)` trimmed of spaces, when something is left. */
function pushQuote(text: string, start: number, end: number, spans: QuoteSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Canonical form of a written number: thousands separators removed, decimal mark `.`.
 *
 * Both separators present: the last one is the decimal mark. One kind used several times:
 * thousands. Used once: decimal unless exactly 3 digits follow and the language uses that
 * mark for thousands (`1,200` in English, `1.200` in Indonesian are 1200).
 *
 * @param raw A number token such as `1,200`, `2.5`, `1.200.000`, `2,5`.
 * @param language Language of the text; decides the ambiguous `1,200` / `1.200` case.
 * @returns The canonical number, e.g. `1200`, `2.5`.
 */
export function normalizeNumber(raw: string, language: LanguageCode): string {
  const lastComma = raw.lastIndexOf(',');
  const lastDot = raw.lastIndexOf('.');
  if (lastComma === -1 && lastDot === -1) return raw;
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return raw.split(thousands).join('').replace(decimal, '.');
  }
  const sep = lastComma !== -1 ? ',' : '.';
  const parts = raw.split(sep);
  if (parts.length > 2) return parts.join('');
  const after = parts[1] ?? '';
  const thousandsMark = DECIMAL_COMMA.has(language) ? '.' : ',';
  if (after.length === 3 && sep === thousandsMark) return parts.join('');
  return parts.join('.');
}

/** Whether `text[from, to)` is one or more spaces and tabs (no copy of the span: asked for most pairs of tokens). */
function isOnlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

// Languages that group thousands with a (non-breaking) space: "1 200 habitants", "30 000 литров".
const SPACE_THOUSANDS: ReadonlySet<LanguageCode> = new Set(['fr', 'ru', 'pl', 'pt']);

/**
 * How many tokens from `i` make one space-grouped number ("30 000" is two tokens): a group of
 * 1-3 digits followed by groups of exactly 3 digits, each after a single space.
 */
function spaceGroupedLength(text: string, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined || !/^\d{1,3}$/.test(first.token)) return 1;
  let n = 1;
  for (let k = i + 1; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    if (prev === undefined || t === undefined || !/^\d{3}(?:[.,]\d+)?$/.test(t.token) || text.slice(prev.end, t.start) !== ' ') break;
    n += 1;
  }
  return n;
}

function numberAnchors(text: string, tokens: readonly Token[], language: LanguageCode, inDate: readonly number[], out: string[]): void {
  // The token after the last time read, for the second end of a range ("23.00 dan 04.00").
  let afterTime = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !startsWithNumber(t.token) || inDate.includes(i)) continue;
    const time = readTime(text, tokens, i, language, afterTime === i - 1);
    if (time !== undefined) {
      out.push(time.anchor);
      i += time.length - 1;
      afterTime = i + 1;
      continue;
    }
    const grouped = SPACE_THOUSANDS.has(language) ? spaceGroupedLength(text, tokens, i) : 1;
    const last = tokens[i + grouped - 1] ?? t;
    const written = grouped === 1 ? t.token : tokens.slice(i, i + grouped).map((g) => g.token).join('');
    const value = normalizeNumber(written, language);
    out.push(value);
    i += grouped - 1;
    if (text.charAt(last.end) === '%') {
      out.push(`${value}%`);
      continue;
    }
    const next = tokens[i + 1];
    if (next === undefined || !isOnlySpace(text, last.end, next.start)) continue;
    if (PERCENT_WORDS.has(next.token)) out.push(`${value}%`);
    else if (startsWithLetter(next.token) && !isWideStopword(next.token, language)) out.push(`${value} ${next.token}`);
  }
}

const NO_TOKENS: readonly number[] = [];

/** In a title-cased line ("Rescue Teams Search for Survivors") capitals say nothing about names. */
function isTitleCased(text: string, tokens: readonly Token[]): boolean {
  // Body sentences end with a stop even when full of names; headlines do not.
  if (/[.!?"']$/.test(text)) return false;
  let long = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.token.length < 4 || !startsWithLetter(t.token)) continue;
    long += 1;
    if (t.capitalized) capitalized += 1;
  }
  return long >= 3 && capitalized / long >= 0.6;
}

/** A name word: capitalised, not a stop word or time zone, and not a title such as "Gen." or "Prof." before a name. */
function isName(text: string, t: Token, language: LanguageCode): boolean {
  return t.capitalized && !isWideStopword(t.token, language) && !TIME_ZONES.has(t.token)
    && !(text.charAt(t.end) === '.' && classifyAbbreviation(`${t.token}.`, language) === 'title');
}

/**
 * The multi-word name of a run of capitalised tokens `[from, to)`: stop words at either end
 * ("The White House", "In Jakarta") are not part of it; titles usually precede the name
 * ("Defense Secretary Lloyd Austin"), so a name of 3+ words also gives its last two.
 */
function pushRunName(tokens: readonly Token[], names: readonly boolean[], from: number, to: number, out: string[]): void {
  let lo = from;
  let hi = to;
  while (lo < hi && names[lo] !== true) lo += 1;
  while (hi > lo && names[hi - 1] !== true) hi -= 1;
  if (hi - lo < 2) return;
  const words: string[] = [];
  for (let k = lo; k < hi; k++) words.push(tokens[k]?.token ?? '');
  out.push(words.join(' '));
  if (words.length > 2) out.push(words.slice(-2).join(' '));
}

function nameAnchors(text: string, tokens: readonly Token[], language: LanguageCode, inDate: readonly number[], out: string[]): void {
  if (isTitleCased(text, tokens)) return;
  // Plain loops and no closures: this runs for every sentence, and under tsx (keepNames) every
  // closure made costs a defineProperty.
  const names: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A month in a date ("on March 3") is part of the date anchor, not a name.
    names.push(t !== undefined && isName(text, t, language) && (inDate.length === 0 || !inDate.includes(i)));
  }
  for (let i = 1; i < tokens.length; i++) if (names[i] === true) out.push(tokens[i]?.token ?? '');
  // Runs of capitalised words written next to each other form multi-word names; the run is
  // tokens [runStart, i).
  let runStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    const prev = tokens[i - 1];
    if (!t.capitalized || !startsWithLetter(t.token) || (inDate.length > 0 && inDate.includes(i))) {
      pushRunName(tokens, names, runStart, i, out);
      runStart = i + 1;
      continue;
    }
    // An initial or initialism keeps its dot inside a name: "J. R. Smith", "U.S. Army".
    const dotted = prev !== undefined && (prev.token.length === 1 || prev.token.includes('.'))
      && text.charAt(prev.end) === '.' && isOnlySpace(text, prev.end + 1, t.start);
    const adjacent = prev !== undefined && (dotted || isOnlySpace(text, prev.end, t.start));
    if (!adjacent) {
      pushRunName(tokens, names, runStart, i, out);
      runStart = i;
    }
  }
  pushRunName(tokens, names, runStart, tokens.length, out);
}

function quoteAnchors(text: string, out: string[]): void {
  for (const q of extractQuotes(text)) {
    const words = tokenize(q.text).map((t) => t.token);
    if (words.length >= MIN_QUOTE_WORDS) out.push(`q:${words.join(' ')}`);
  }
}

/**
 * Anchors of a sentence: facts that survive rewording and often translation.
 *
 * - names (not in title-cased lines, where capitals carry no signal): capitalised tokens not
 *   at sentence start and not stop words, lowercased; runs of
 *   adjacent capitalised words also give the joined name ("secretary lloyd austin") and, for
 *   runs of 3+, the last two words ("lloyd austin");
 * - numbers in canonical form ("1200", "2.5"), plus the number with the following content
 *   word ("300 missiles") or with `%` for "%", "percent", "persen";
 * - days of a month as `d:march 3` ("3 Maret", "3. März", "3 de marzo" too);
 * - clock times as `t:HH:MM` in 24-hour form ("9.15 p.m." and "21.15 WIB" give `t:21:15`);
 * - quotes of 3+ words: `q:` + the lowercased words inside straight double quotes.
 *
 * @param sentenceText The sentence as written (normalised).
 * @param tokens `tokenize(sentenceText)`; offsets must refer to `sentenceText`.
 * @param language Language of the text, for stop words and number format. Default `en`.
 * @returns Distinct anchors in order of first appearance: names, dates, numbers, then quotes.
 */
export function extractAnchors(sentenceText: string, tokens: readonly Token[], language: LanguageCode = 'en'): string[] {
  const out: string[] = [];
  const dates = readDates(sentenceText, tokens, language);
  const inDate = dates.length === 0 ? NO_TOKENS : dates.flatMap((d) => d.tokens);
  nameAnchors(sentenceText, tokens, language, inDate, out);
  for (const d of dates) out.push(d.anchor);
  numberAnchors(sentenceText, tokens, language, inDate, out);
  quoteAnchors(sentenceText, out);
  // Most sentences give no anchor or one: no set to make.
  return out.length < 2 ? out : [...new Set(out)];
}
