import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import type { LanguageCode } from './types.js';
import { StemMemo, type Stemmer } from './stem-memo.js';
import { englishStem } from './english-stem.js';

export type { Stemmer } from './stem-memo.js';

/**
 * Words remembered per language in each of the memo's two generations; bounds memory on huge
 * corpora (at most twice this many words per language: up to 8 MB of table rows per full
 * generation, grown as words come, plus the stems; a Map memo took ≈ 8 MB in all for 200,000 words). A memo probe is most of the cost of stemming a word the memo holds, and probes
 * in a bigger table cost more, yet 100,000 instead of 50,000 made stemming the bench's
 * 68,000-word vocabulary 1.5× faster: fewer words fall out of the recent generation.
 */
export const STEM_MEMO_LIMIT = 100_000;

// Polish has no stemmer in @orama/stemmers; its inflection sits at the end of the word, so
// the first 6 characters are a usable crude stem.
const POLISH_PREFIX = 6;

// Orama's Indonesian stemmer drops "men-"/"pen-" before a vowel without restoring the "t" it
// replaced ("menangkap" -> "angkap" while "ditangkap" -> "tangkap"). Restore it first; a root
// of 4+ letters after the prefix avoids words that merely start that way ("menang", "penuh").
const ID_NASAL_T = /^(me|pe)n([aiueo]\p{L}{3,})$/u;

function indonesianStem(word: string): string {
  const m = ID_NASAL_T.exec(word);
  return indonesian(m === null ? word : `t${m[2] ?? ''}`);
}

const BASE: Record<LanguageCode, Stemmer> = {
  en: englishStem,
  id: indonesianStem,
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
  nl: dutch,
  pl: (w) => w.slice(0, POLISH_PREFIX),
  it: italian,
  ru: russian,
  ar: arabic,
  tr: turkish,
  und: (w) => w,
};

const memos = new Map<LanguageCode, StemMemo>();

/** A memo with the generations of {@link StemMemo}; exported for its test. */
export function memoised(base: Stemmer, limit = STEM_MEMO_LIMIT): Stemmer {
  return new StemMemo(base, limit).stem;
}

/** The memo behind {@link stemmerFor}: the same stems, numbered (see {@link StemMemo}). */
export function stemMemoFor(language: LanguageCode): StemMemo {
  let memo = memos.get(language);
  if (memo === undefined) {
    const base = BASE[language];
    memo = new StemMemo((w) => (/\p{L}/u.test(w) ? base(w) : w), STEM_MEMO_LIMIT);
    memos.set(language, memo);
  }
  return memo;
}

/**
 * The stemmer of a language (Snowball-style stemmers from @orama/stemmers), memoised.
 * English reads irregular plurals as their singulars first ({@link englishStem}).
 *
 * Polish is cut to its first 6 characters; `und` returns words unchanged. Numbers and other
 * tokens without letters come back as they are.
 *
 * @param language A supported language code.
 * @returns A function from a lowercase word to its stem; the same function for the same language.
 */
export function stemmerFor(language: LanguageCode): Stemmer {
  return stemMemoFor(language).stem;
}
