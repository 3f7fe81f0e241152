// The shape of a line, judged without any phrase list: how many words, whether it ends like a
// sentence, whether it reads like a title or a link. Boilerplate rules build on these.

import { startsWithLetter, startsWithUppercase } from './first-char.js';

/** Lines longer than this read as prose even without a final stop. */
export const SHORT_LINE_WORDS = 8;
/** Lines up to this long without a final stop read as titles (headlines, related-article links). */
export const TITLE_LINE_WORDS = 15;
/** Lines ending with ":" up to this long are labels ("Share this:", "Tags:"). */
export const LABEL_LINE_WORDS = 4;

// A stop, possibly inside closing quotes or brackets; a bare ")" ends "(dpr/rku)", not a sentence.
const TERMINAL = /[.!?\u061F\u3002\u2026]["')\]]*$/u;
const WORD = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu;
// "READ: Police Arrest Suspect", "BACA JUGA: ...": an all-caps label of 1-3 words and a colon.
const CROSS_LINK = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}:\s+(\S.*)$/u;

/** Features of one trimmed line. */
export interface LineShape {
  words: number;
  hasLetters: boolean;
  /** Ends like a sentence: . ! ? … (Arabic and CJK stops too), possibly before closing quotes or brackets. */
  terminal: boolean;
  /**
   * Most longer words capitalised, as in "Fire Destroys Central Market". Judged for lines of up
   * to {@link TITLE_LINE_WORDS} words only (false beyond): nothing longer can read as a title.
   */
  titleCase: boolean;
  /** Reads as a title, label or link rather than a sentence. */
  titleLike: boolean;
  /** Reads as story prose. */
  prose: boolean;
  /** A label in capitals and a colon followed by a headline: a link to another article. */
  crossLink: boolean;
}

function isTitleCase(words: readonly string[]): boolean {
  // Short words ("of", "di", "in") are lowercase in title case too, so only longer ones count.
  let long = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.length < 4 || !startsWithLetter(w)) continue;
    long += 1;
    if (startsWithUppercase(w)) capitalised += 1;
  }
  if (long === 0) return words.some(startsWithUppercase);
  return capitalised / long >= 0.6;
}

function wordCount(line: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  // `test` steps over each word as `match` does, without a string per word.
  while (WORD.test(line)) count += 1;
  return count;
}

/**
 * Judge the shape of a line.
 *
 * Title-like: up to {@link TITLE_LINE_WORDS} words, not ending in `.`, `,` or `;`, and either
 * title-cased, or without terminal punctuation, or a label of up to {@link LABEL_LINE_WORDS}
 * words ending in `:`. Prose: not title-like and
 * either more than {@link SHORT_LINE_WORDS} words or a terminal mark after 2+ words.
 *
 * @param line A trimmed line of normalised text.
 * @returns Its shape.
 */
export function lineShape(line: string): LineShape {
  const count = wordCount(line);
  const terminal = TERMINAL.test(line);
  // The words themselves only where title case can matter: a string per word of every prose
  // line was the largest allocation of boilerplate removal.
  const titleCase = count <= TITLE_LINE_WORDS && isTitleCase(line.match(WORD) ?? []);
  const label = line.endsWith(':') && count <= LABEL_LINE_WORDS;
  // Sentence-case headlines ("Storm closes harbour as gusts reach 130 km/h") are as common as
  // title-case ones, so any line up to TITLE_LINE_WORDS without a final stop reads as a title.
  const titleLike = count <= TITLE_LINE_WORDS && !/[.,;]$/.test(line) && (titleCase || !terminal || label);
  const prose = !titleLike && (count > SHORT_LINE_WORDS || (terminal && count >= 2));
  const link = CROSS_LINK.exec(line);
  const rest = link?.[1] ?? '';
  const crossLink = link !== null && !/[.!?]$/.test(rest) && (rest.match(WORD)?.length ?? 0) <= TITLE_LINE_WORDS;
  return { words: count, hasLetters: /\p{L}/u.test(line), terminal, titleCase, titleLike, prose, crossLink };
}
