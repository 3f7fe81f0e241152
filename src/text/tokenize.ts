import { startsWithCapital } from './first-char.js';

/** A word token with its place in the tokenised text. */
export interface Token {
  /** Lowercased token text. */
  token: string;
  /** Offsets in the tokenised text: `text.slice(start, end)` is the token as written. */
  start: number;
  end: number;
  /** Whether the token as written starts with an uppercase or titlecase letter. */
  capitalized: boolean;
}

// One regex pass, alternatives tried in this order at each position:
// 1. numbers with inner separators: "2.5", "1,200", "1.200.000" (the separator must sit
//    between digits, so "2024." or "5, 2024" stay apart; "19th" falls through to words);
// 2. a currency prefix of 1-3 letters glued to a separated amount;
// 3. dotted initialisms of single letters: "U.S", "P.T", "e.g" (the final dot is punctuation);
// 4. words of letters, marks and digits, with inner apostrophes or hyphens: "don't",
//    "O'Brien", "Covid-19", "well-known".
const TOKEN = new RegExp(
  [
    // The lookahead-and-backreference makes the number atomic: "19th" must not give "1".
    String.raw`(?=(\p{N}+(?:[.,]\p{N}+)*))\1(?![\p{L}\p{M}])`,
    // A short currency prefix glued to an amount ("Rp1.200.000", "US5,000") is a word of its own.
    String.raw`(?<![\p{L}\p{M}\p{N}])\p{L}{1,3}(?=\p{N}+[.,]\p{N})`,
    String.raw`\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*`,
  ].join('|'),
  'gu',
);
/** Kana and kanji (and halfwidth katakana): scripts written without spaces between words. */
const UNSPACED_LETTER = String.raw`[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]`;
const UNSPACED = new RegExp(`${UNSPACED_LETTER}+`, 'g');
const HAS_UNSPACED = new RegExp(UNSPACED_LETTER);
// ICU's dictionary word breaker (built into Node) splits Japanese and Chinese runs into words.
const UNSPACED_WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Split text into word tokens in one regex pass. Runs of kana and kanji, which have no spaces
 * between words, are split by ICU's word breaker instead, so that a Latin name or a number
 * glued to them ("Brookfield市議会", "3.5キロ") is a token of its own.
 *
 * @param text Normalised text (straight apostrophes; see normalizeText).
 * @returns Tokens in text order, lowercased, with offsets and an initial-capital flag.
 */
export function tokenize(text: string): Token[] {
  if (!HAS_UNSPACED.test(text)) return tokenizeSpaced(text, 0, text.length, []);
  const tokens: Token[] = [];
  let from = 0;
  for (const run of text.matchAll(UNSPACED)) {
    tokenizeSpaced(text, from, run.index, tokens);
    for (const word of UNSPACED_WORDS.segment(run[0])) {
      if (word.isWordLike !== true) continue;
      const start = run.index + word.index;
      tokens.push({ token: word.segment.toLowerCase(), start, end: start + word.segment.length, capitalized: false });
    }
    from = run.index + run[0].length;
  }
  return tokenizeSpaced(text, from, text.length, tokens);
}

// The same alternatives anchored where a token starts: `test` gives its end (lastIndex) without
// a match array per token, which was the largest allocation of the text stage. Every
// alternative starts with a letter, mark or number, and the last one matches any of them, so a
// token starts at the first such character after the previous token: the scan finds the same
// tokens as `exec` on TOKEN.
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
const BETWEEN_TOKENS = /[^\p{L}\p{M}\p{N}]*/uy;

// ASCII letters and digits: the only ASCII characters in [\p{L}\p{M}\p{N}].
const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_WORD[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 2;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * The end of the token at `start` when the scan settles it without the regex: a run of ASCII
 * letters followed by the end or by an ASCII character that is no letter, digit, apostrophe,
 * hyphen or dot. Then no number starts there, a 1–3 letter currency prefix needs a digit after
 * it, an initialism needs a dot after its first letter, and the word alternative stops at the
 * run's end: the regex would give the same token. -1 when the regex must decide.
 */
function asciiWordEnd(part: string, start: number): number {
  if (ASCII_WORD[part.charCodeAt(start)] !== 2) return -1;
  let end = start + 1;
  while (end < part.length && ASCII_WORD[part.charCodeAt(end)] === 2) end++;
  if (end === part.length) return end;
  const next = part.charCodeAt(end);
  return next < 0x80 && ASCII_WORD[next] === 0 && next !== APOSTROPHE && next !== HYPHEN && next !== DOT ? end : -1;
}

function tokenizeSpaced(text: string, from: number, to: number, tokens: Token[]): Token[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  // Nothing in the loop tokenises, so the regexes' lastIndex is this loop's alone.
  let at = 0;
  while (at < part.length) {
    // ASCII between tokens is skipped by a scan (the same characters BETWEEN_TOKENS skips);
    // the regex takes over at the first other character.
    let start = at;
    while (start < part.length) {
      const c = part.charCodeAt(start);
      if (c >= 0x80 || ASCII_WORD[c] !== 0) break;
      start++;
    }
    if (start < part.length && part.charCodeAt(start) >= 0x80) {
      BETWEEN_TOKENS.lastIndex = start;
      BETWEEN_TOKENS.test(part);
      start = BETWEEN_TOKENS.lastIndex;
    }
    if (start >= part.length) break;
    let end = asciiWordEnd(part, start);
    if (end < 0) {
      TOKEN_AT.lastIndex = start;
      if (!TOKEN_AT.test(part)) {
        // Unreachable by the argument above; stepping on keeps the loop finite regardless.
        at = start + 1;
        continue;
      }
      end = TOKEN_AT.lastIndex;
    }
    const written = part.slice(start, end);
    tokens.push({
      token: written.toLowerCase(),
      start: from + start,
      end: from + end,
      capitalized: startsWithCapital(written),
    });
    at = end;
  }
  return tokens;
}
