import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import type { LanguageCode } from './types.js';
import { newWordKey, WordTable, type WordKey } from './word-table.js';

/** Maps a lowercase word to its stem. */
export type Stemmer = (word: string) => string;

/**
 * Words remembered per language in each of the memo's two generations; bounds memory on huge
 * corpora (at most twice this many words per language: 8 MB of table rows per generation at
 * this limit, plus the stems; a Map memo took ≈ 8 MB in all for 200,000 words). A memo probe is most of the cost of stemming a word the memo holds, and probes
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
  en: english,
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

const cache = new Map<LanguageCode, Stemmer>();

function stemOrWord(base: Stemmer, word: string): string {
  let stem: string;
  try {
    stem = base(word);
  } catch {
    // A stemmer bug on an odd word must not take the document down; the word stands for itself.
    stem = word;
  }
  return stem.length === 0 ? word : stem;
}

/**
 * Two generations: when the recent one is full it becomes the older one, and words still in use
 * move back to the recent one when met. Emptying a single memo when full made a corpus with a
 * vocabulary a little over the limit (the bench's 68,000 words in 3,000 documents) stem most
 * words again after every emptying. Short Latin-1 words (nearly all) are held in a
 * {@link WordTable}, others in a Map; a generation holds at most `limit` words of both kinds.
 * Exported for its test.
 * @param limit words per generation (memory holds at most twice this many)
 */
export function memoised(base: Stemmer, limit = STEM_MEMO_LIMIT): Stemmer {
  let recent = new Generation(limit);
  // Empty until the first swap (a generation's table is 8 MB at the default limit).
  let older = new Generation(0);
  // One key buffer: a stemmer call never re-enters another.
  const key = newWordKey();
  return (word: string): string => {
    const inTable = WordTable.key(word, key);
    const hit = recent.find(word, inTable, key);
    if (hit !== undefined) return hit;
    const stem = older.find(word, inTable, key) ?? stemOrWord(base, word);
    if (recent.size >= limit) {
      older = recent;
      recent = new Generation(limit);
    }
    recent.add(word, inTable, key, stem);
    return stem;
  };
}

/** One generation of the memo: table words and other words. */
class Generation {
  private readonly table: WordTable<string>;
  private readonly others = new Map<string, string>();

  constructor(limit: number) {
    this.table = new WordTable<string>(limit);
  }

  get size(): number {
    return this.table.size + this.others.size;
  }

  find(word: string, inTable: boolean, key: WordKey): string | undefined {
    return inTable ? this.table.find(key) : this.others.get(word);
  }

  add(word: string, inTable: boolean, key: WordKey, stem: string): void {
    if (inTable) this.table.add(key, stem);
    else this.others.set(word, stem);
  }
}

/**
 * The stemmer of a language (Snowball-style stemmers from @orama/stemmers), memoised.
 *
 * Polish is cut to its first 6 characters; `und` returns words unchanged. Numbers and other
 * tokens without letters come back as they are.
 *
 * @param language A supported language code.
 * @returns A function from a lowercase word to its stem; the same function for the same language.
 */
export function stemmerFor(language: LanguageCode): Stemmer {
  let stem = cache.get(language);
  if (stem === undefined) {
    const base = BASE[language];
    stem = memoised((w) => (/\p{L}/u.test(w) ? base(w) : w));
    cache.set(language, stem);
  }
  return stem;
}
