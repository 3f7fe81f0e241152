import { classifyAbbreviation } from './abbreviations.js';
import { isPlainAscii, scanSentenceBreaks } from './sentence-breaks.js';
import { isWideStopword } from './stopwords.js';
import type { LanguageCode } from './types.js';

/** A sentence span: `text === input.slice(start, end)`, trimmed. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  /** Paragraph number from 0; paragraphs are blocks separated by blank lines. */
  paragraph: number;
}

/** Longest sentence handed to later stages; longer runs (tables, lists without stops) are cut. */
export const MAX_SENTENCE_LENGTH = 1000;

interface Span { start: number; end: number; paragraph: number }

const TERMINAL_END = /[.!?:"')\]\u061F\u3002\u2026]$/u;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: LanguageCode): Intl.Segmenter {
  const locale = language === 'und' ? 'en' : language;
  let seg = segmenters.get(locale);
  if (seg === undefined) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, seg);
  }
  return seg;
}

/**
 * Lines are units of their own (a headline must not glue onto the first body sentence),
 * except where the text was hard-wrapped: a line that does not end a clause, followed by one
 * that starts in lowercase or after a comma, continues it.
 */
function lineUnits(text: string): Span[] {
  const units: Span[] = [];
  let paragraph = -1;
  let blankBefore = true;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    // The line trimmed in place (`\s` is trim's set of spaces): no string per line.
    let start = pos;
    while (start < lineEnd && SPACE.test(text.charAt(start))) start += 1;
    let end = lineEnd;
    while (end > start && SPACE.test(text.charAt(end - 1))) end -= 1;
    if (end === start) {
      blankBefore = true;
    } else {
      const prev = units[units.length - 1];
      if (blankBefore) paragraph += 1;
      if (!blankBefore && prev !== undefined && continuesLine(text.slice(prev.start, prev.end), text.slice(start, end))) {
        prev.end = end;
      } else {
        units.push({ start, end, paragraph });
      }
      blankBefore = false;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return units;
}

function continuesLine(previous: string, line: string): boolean {
  if (TERMINAL_END.test(previous)) return false;
  return /^\p{Ll}/u.test(line) || /[,;]$/.test(previous);
}

/** ICU keeps `said "No." She left` together; a closing quote after a stop, then a capital, ends a sentence. */
const QUOTE_CLOSED_BREAK = /[.!?]["']\s+(?=["'(]?\p{Lu})/gu;

function segmentUnit(text: string, unit: Span, language: LanguageCode): Span[] {
  // ICU always breaks at a newline; a joined hard-wrapped unit must read as one line.
  const body = text.slice(unit.start, unit.end).replace(/\n/g, ' ');
  const quoted = body.includes('"') || body.includes("'");
  const out: Span[] = [];
  segmentInWindows(body, language, (start, end) => {
    const pieceStart = unit.start + start;
    let from = pieceStart;
    // Most pieces hold no quote: no string and no regex run for them.
    if (quoted && hasQuote(body, start, end)) {
      const segment = body.slice(start, end);
      QUOTE_CLOSED_BREAK.lastIndex = 0;
      for (let m = QUOTE_CLOSED_BREAK.exec(segment); m !== null; m = QUOTE_CLOSED_BREAK.exec(segment)) {
        const cut = pieceStart + m.index + 2;
        out.push({ start: from, end: cut, paragraph: unit.paragraph });
        from = cut;
      }
    }
    out.push({ start: from, end: unit.start + end, paragraph: unit.paragraph });
  });
  return out;
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) return true;
  }
  return false;
}

/** Characters handed to the segmenter at once: Node 20's ICU segmenter slows down quadratically on long strings. */
const SEGMENT_WINDOW = 4000;

/**
 * Segments `body` a window at a time: each window's last piece may be cut short, so the next
 * window starts there. Linear in the length of the text. Each piece goes to `piece` as offsets
 * into `body` (no string, no list of a window's pieces, no object per piece).
 */
function segmentInWindows(body: string, language: LanguageCode, piece: (start: number, end: number) => void): void {
  let offset = 0;
  while (offset < body.length) {
    const end = Math.min(body.length, offset + SEGMENT_WINDOW);
    let pendingStart = -1;
    let pendingEnd = -1;
    let count = 0;
    windowPieces(body, offset, end, language, (start, stop) => {
      if (pendingStart >= 0) piece(pendingStart, pendingEnd);
      pendingStart = start;
      pendingEnd = stop;
      count++;
    });
    // The last piece of a window that stops short of the body's end may be cut: the next
    // window starts at it, unless it is the window's only piece.
    if (pendingStart >= 0 && (end === body.length || count === 1)) {
      piece(pendingStart, pendingEnd);
      offset = end;
    } else {
      offset = pendingStart < 0 ? end : pendingStart;
    }
  }
}

/**
 * The pieces ICU's sentence segmenter makes of `body.slice(from, to)`, as offsets into `body`.
 * Printable ASCII is scanned by the same rules without ICU (the same pieces, a tenth of the
 * time, no string per piece); any other text goes to ICU.
 */
function windowPieces(body: string, from: number, to: number, language: LanguageCode, piece: (start: number, end: number) => void): void {
  if (isPlainAscii(body, from, to)) {
    scanSentenceBreaks(body, from, to, piece);
    return;
  }
  for (const p of segmenterFor(language).segment(body.slice(from, to))) piece(from + p.index, from + p.index + p.segment.length);
}

const SPACE = /\s/;

/** The last whitespace-delimited word of `text[start, end)` (as `split(/\s+/)` of it would end), without copying the span. */
function lastWordOf(text: string, start: number, end: number): string {
  let stop = end;
  while (stop > start && SPACE.test(text.charAt(stop - 1))) stop -= 1;
  let at = stop;
  while (at > start && !SPACE.test(text.charAt(at - 1))) at -= 1;
  return text.slice(at, stop);
}

// Languages writing ordinals with a dot: "im 19. Jahrhundert", "am 3. März".
const ORDINAL_DOT: ReadonlySet<LanguageCode> = new Set(['de']);

/** The first word of a piece, lowercased, past an opening quote or bracket. */
function firstWordOf(piece: string): string {
  return /^["'(]?(\p{L}+)/u.exec(piece)?.[1]?.toLowerCase() ?? '';
}

function shouldJoin(text: string, previous: Span, next: Span, language: LanguageCode): boolean {
  const lastWord = lastWordOf(text, previous.start, previous.end);
  const kind = classifyAbbreviation(lastWord, language);
  if (kind === 'none') {
    // A German ordinal before a noun does not end the sentence; before a function word
    // ("stieg auf 19. Die Polizei…") the number does.
    if (!ORDINAL_DOT.has(language) || !/^\d{1,3}\.$/.test(lastWord)) return false;
    const firstWord = firstWordOf(text.slice(next.start, next.end).trimStart());
    return firstWord !== '' && !isWideStopword(firstWord, language);
  }
  if (kind === 'title') return true;
  const nextTrimmed = text.slice(next.start, next.end).trimStart();
  const startsWithDigit = /^\p{N}/u.test(nextTrimmed);
  if (kind === 'numeric') return startsWithDigit;
  if (startsWithDigit || /^\p{Ll}/u.test(nextTrimmed)) return true;
  // "the U.S. The next day" ends a sentence; "the U.S. Army" does not.
  return !isWideStopword(firstWordOf(nextTrimmed), language);
}

/**
 * French and other typography put a space inside the quotes (« Non. » → `" Non. "`), so the
 * segmenter leaves a closing quote at the start of the next piece (`" Elle a ajouté…`) or
 * alone. A quote that opens a piece and is followed by a space or nothing, after an odd
 * number of quotes in the unit, closes the previous piece and moves back to it.
 */
function reattachClosingQuotes(text: string, pieces: Span[], quoteAt: readonly number[]): Span[] {
  let quotes = 0;
  let prev: Span | undefined;
  for (const piece of pieces) {
    const from = piece.start;
    let at = from;
    while (at < piece.end && SPACE.test(text.charAt(at))) at += 1;
    if (prev !== undefined && quotes % 2 === 1 && text.charAt(at) === '"' && (at + 1 === piece.end || SPACE.test(text.charAt(at + 1)))) {
      prev.end = at + 1;
      piece.start = at + 1;
    }
    for (let q = firstAtOrAfter(quoteAt, from); q < quoteAt.length && (quoteAt[q] ?? 0) < piece.end; q++) quotes += 1;
    prev = piece;
  }
  return pieces;
}

/**
 * The offsets of a text's straight double quotes, ascending: found once by indexOf, where
 * counting a unit's quotes looked at each of its characters (most texts hold few quotes).
 */
function quoteOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) out.push(i);
  return out;
}

/** Index of the first value of an ascending list not below `value`. */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function joinAbbreviations(text: string, pieces: Span[], language: LanguageCode): Span[] {
  const out: Span[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && shouldJoin(text, prev, piece, language)) {
      prev.end = piece.end;
    } else {
      // segmentUnit's spans are this function's own: extended in place, not copied.
      out.push(piece);
    }
  }
  return out;
}

function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end, paragraph: span.paragraph } : undefined;
}

/** Cut at the last comma, else the last space, in the second half of the window, else hard. */
function cutLong(text: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = text.slice(start, start + max);
    const comma = window.lastIndexOf(',');
    const space = window.search(/\s\S*$/);
    let cut = max;
    if (comma >= max / 2) cut = comma + 1;
    else if (space >= max / 2) cut = space;
    const piece = trimSpan(text, { start, end: start + cut, paragraph: span.paragraph });
    if (piece !== undefined) out.push(piece);
    start += cut;
  }
  const rest = trimSpan(text, { start, end: span.end, paragraph: span.paragraph });
  if (rest !== undefined) out.push(rest);
  return out;
}

/**
 * Split text into sentences with their offsets.
 *
 * Paragraphs are blocks separated by blank lines; every line is its own unit unless it is a
 * hard-wrapped continuation. Units are segmented with `Intl.Segmenter` (printable ASCII by a scan
 * of the same rules, sentence-breaks.ts), then breaks after
 * abbreviations ("Mr.", "U.S.", "Jan.", "Prof.", "P.T.", single initials) are undone, and
 * sentences longer than {@link MAX_SENTENCE_LENGTH} are cut at a comma or space.
 *
 * @param text Normalised text (see normalizeText).
 * @param language Language of the text; selects the segmenter locale and abbreviation list
 *   (`und` uses English rules with both the English and Indonesian abbreviations).
 * @returns Trimmed, non-empty sentences in text order; `text.slice(start, end) === text`.
 */
export function splitSentences(text: string, language: LanguageCode): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const quoteAt = quoteOffsets(text);
  for (const unit of lineUnits(text)) {
    const joined = joinAbbreviations(text, reattachClosingQuotes(text, segmentUnit(text, unit, language), quoteAt), language);
    for (const piece of joined) {
      // Trimmed in place: the pieces are this function's own (no object per piece for a trim).
      while (piece.start < piece.end && SPACE.test(text.charAt(piece.start))) piece.start += 1;
      while (piece.end > piece.start && SPACE.test(text.charAt(piece.end - 1))) piece.end -= 1;
      if (piece.end <= piece.start) continue;
      if (piece.end - piece.start <= MAX_SENTENCE_LENGTH) {
        // What cutLong gives a trimmed span that is short enough, without its list.
        sentences.push({ text: text.slice(piece.start, piece.end), start: piece.start, end: piece.end, paragraph: piece.paragraph });
        continue;
      }
      for (const s of cutLong(text, piece, MAX_SENTENCE_LENGTH)) {
        sentences.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end, paragraph: s.paragraph });
      }
    }
  }
  return sentences;
}
