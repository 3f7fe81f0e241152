// Whether a text reads as the article its title names. A scraper that failed keeps the page's
// title but not its story: the body is then a site's legal disclaimer, a cookie or ad-blocker
// notice, a subscription box or another article's text, and none of the title's words occur in
// it. A real article restates its headline's subject somewhere in the body.

import { tokenize } from './tokenize.js';

/** A title with fewer content words than this says too little to judge a body by. */
export const MIN_TITLE_WORDS = 2;
/**
 * Title and body words sharing their first this many letters are one word: a stemmer leaves
 * suffixed forms apart ("Sivas'ta" / "Sivas", "koronavirüsten" / "koronavirüs").
 */
export const SHARED_PREFIX = 5;
/** A "title" of this many comma-separated parts or more is a page's keyword list, not a headline. */
const KEYWORD_LIST_PARTS = 4;

/**
 * Whether none of a title's content words occurs in the body.
 *
 * @param title the document's known title
 * @param contentStem the stem of a lowercase token, or `undefined` for a stop word (the text
 *   stage's own stemmer and stop list, so the title is read as the body was)
 * @param bodyStems the stems of the body's sentences, headline left out
 * @returns true when the title has at least {@link MIN_TITLE_WORDS} content words and none of
 *   them occurs in the body (by stem, or by a shared start of {@link SHARED_PREFIX} letters);
 *   false otherwise, and for a title that is a list of keywords ("Türkiye, haber, haberleri, …")
 */
export function titleMissingFromBody(title: string, contentStem: (token: string) => string | undefined, bodyStems: Iterable<string>): boolean {
  const titleStems = titleContentStems(title, contentStem);
  return titleStems !== undefined && bodyMissesTitle(titleStems, bodyStems);
}

/**
 * The distinct content stems of a title that can be judged ({@link titleMissingFromBody}), as
 * `contentStem` gives them.
 * @returns undefined for a keyword list or a title of fewer than {@link MIN_TITLE_WORDS} content words
 */
export function titleContentStems(title: string, contentStem: (token: string) => string | undefined): Set<string> | undefined {
  if (title.split(',').length >= KEYWORD_LIST_PARTS) return undefined;
  const titleStems = new Set<string>();
  for (const t of tokenize(title)) {
    if (!/\p{L}/u.test(t.token)) continue;
    const stem = contentStem(t.token);
    if (stem !== undefined) titleStems.add(stem);
  }
  return titleStems.size < MIN_TITLE_WORDS ? undefined : titleStems;
}

/** Whether no body stem is one of the title's stems or shares its first {@link SHARED_PREFIX} letters with one. */
export function bodyMissesTitle(titleStems: ReadonlySet<string>, bodyStems: Iterable<string>): boolean {
  // A title has a handful of prefixes: comparing each in place costs less than a slice (a new
  // string, then its hash) per body stem.
  const prefixes = new Set<string>();
  for (const s of titleStems) if (s.length >= SHARED_PREFIX) prefixes.add(s.slice(0, SHARED_PREFIX));
  const prefixList = [...prefixes];
  for (const s of bodyStems) {
    if (titleStems.has(s) || (s.length >= SHARED_PREFIX && startsWithAny(s, prefixList))) return false;
  }
  return true;
}

/** Whether `word` starts with one of `prefixes`. */
function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** {@link prefixCode} of a stem shorter than {@link SHARED_PREFIX}. */
export const SHORT_STEM = -1;
/** {@link prefixCode} of a stem with a character above U+00FF in its first {@link SHARED_PREFIX}. */
export const WIDE_PREFIX = -2;

/**
 * A stem's first {@link SHARED_PREFIX} characters as one number, exact when they are all
 * Latin-1 (8 bits each, 40 bits in all): two stems share their prefix exactly when their codes
 * are equal and not negative. {@link SHORT_STEM} or {@link WIDE_PREFIX} otherwise.
 */
export function prefixCode(stem: string): number {
  if (stem.length < SHARED_PREFIX) return SHORT_STEM;
  let code = 0;
  for (let i = 0; i < SHARED_PREFIX; i++) {
    const c = stem.charCodeAt(i);
    if (c > 0xff) return WIDE_PREFIX;
    code = code * 256 + c;
  }
  return code;
}

/**
 * The warning given for a document whose text does not read as its title.
 * @param title the document's title
 */
export function offTitleWarning(title: string): string {
  return `the text does not read as the article titled "${title}": a failed scrape (a site's notice or another article's text)?`;
}
