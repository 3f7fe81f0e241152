// Tests of a word's first character, asked for every token of every document. Unicode property
// regexes are slow next to a code-unit comparison, and most words of most texts start with an
// ASCII character, whose class a comparison settles exactly: only other characters reach the regex.

const LETTER = /^\p{L}/u;
const NUMBER = /^\p{N}/u;
const UPPERCASE = /^\p{Lu}/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** Whether `word` starts with a letter (`\p{L}`). */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) : LETTER.test(word);
}

/** Whether `word` starts with a number character (`\p{N}`: digits of any script, numerals). */
export function startsWithNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : NUMBER.test(word);
}

/** Whether `word` starts with an uppercase letter (`\p{Lu}`; titlecase letters are not). */
export function startsWithUppercase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPERCASE.test(word);
}

/** Whether `word` starts with an uppercase or titlecase letter (`[\p{Lu}\p{Lt}]`). */
export function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL.test(word);
}
