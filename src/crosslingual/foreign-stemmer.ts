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

// Polish has no Snowball stemmer in @orama/stemmers; cutting to 6 letters was the
// stand-in measured in the research note.
const POLISH_PREFIX_LENGTH = 6;
const cutPolish = (word: string): string => word.slice(0, POLISH_PREFIX_LENGTH);

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  ar: arabic, nl: dutch, fr: french, de: german, id: indonesian, it: italian, pt: portuguese,
  ru: russian, es: spanish, tr: turkish, pl: cutPolish,
};

/**
 * Gives the Snowball stemmer of a foreign language (Polish: first 6 letters).
 * @param lang ISO 639-1 code
 * @returns the stemmer, or undefined for a language without one
 */
export function foreignStemmer(lang: string): ((word: string) => string) | undefined {
  return STEMMERS[lang];
}
