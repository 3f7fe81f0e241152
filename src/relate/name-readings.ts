import { loadLexicon, projectTokens } from '../crosslingual/index.js';
import { stemmerFor } from '../text/index.js';
import { nameWords } from './fact-names.js';

/** For each word of a name, the English stems it may stand for (itself included). */
export type NameReadings = (name: string) => ReadonlySet<string>[];

/**
 * How a language's name words read in English, for pairing names across languages ("Cruz
 * Roja" with "Red Cross", "Selat Marrow" with "Marrow Strait"): English words by their stem,
 * other words through the language's lexicon, word by word (the readings of a whole name
 * given to each of its words paired "Kepala Badan…", the agency's head, with the agency).
 * Undefined for a language with no lexicon: its names pair by spelling only.
 */
export function nameReadingsFor(language: string): NameReadings | undefined {
  if (language === 'en') {
    const stem = stemmerFor('en');
    return (name) => nameWords(name).map((w) => new Set([w, stem(w)]));
  }
  const lexicon = loadLexicon(language);
  if (lexicon === undefined) return undefined;
  return (name) => nameWords(name).map((w) => new Set([w, ...projectTokens([w], language, lexicon)]));
}
