import { englishStem } from '../../src/text/english-stem.js';
import { stopwordsFor } from '../../src/text/stopwords.js';
import { phraseWords } from './parse-entry.js';

// The English stop list of the text stage (stopwords-iso's function words): a translation is
// read with the same words left out as the English text it is compared with, so a foreign word
// meaning "free" or "make" meets the English word, and one meaning "the" or "which" is a stop word.
const ENGLISH_STOP_WORDS = stopwordsFor('en');

/**
 * Turns an English translation into stems of its content words (the text stage's English stemmer).
 * @param phrase a cleaned translation such as "to destroy" or "dental bridge"
 * @returns stems in order, duplicates removed; [] when only stop words remain
 */
export function englishStems(phrase: string): string[] {
  const stems = phraseWords(phrase)
    .filter((word) => !ENGLISH_STOP_WORDS.has(word))
    .map((word) => englishStem(word));
  return [...new Set(stems)];
}
