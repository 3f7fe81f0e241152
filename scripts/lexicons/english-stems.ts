import { createRequire } from 'node:module';
import { stemmer } from '@orama/stemmers/english';
import { phraseWords } from './parse-entry.js';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[] | undefined>;

// stopwords-iso's English list (1,298 words) is built for web search and holds many words
// that are the whole meaning of a dictionary sense: numbers ("tiga" → three), and nouns
// and verbs news reports turn on ("fire", "bill", "state"). Dropping them would turn such
// foreign words into unknown tokens, so they stay content words here.
const CONTENT_WORDS_TO_KEEP = new Set(`
  zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
  forty fifty sixty seventy eighty ninety hundred thousand million billion trillion half
  first second third fifth
  act adopted affected announce area areas ask asked back bill big bottom buy call cause computer copy
  cry date detail early effect end face fact fire fill find fix follow free front full general
  give good goods great group help high home important information interest invention join keep
  kind know large last length line little long low man men member members mill move name need new
  novel number old open order page part past place point present problem proud research result
  right ring room run said say section see self sent serious show side site small state states stop
  system take tell test text thick thin thing thought tip top turn use value want web website
  welcome wish word words work world year years young
`.split(/\s+/).filter((word) => word !== ''));

const ENGLISH_STOP_WORDS = new Set((stopwordsIso.en ?? []).filter((word) => !CONTENT_WORDS_TO_KEEP.has(word)));

/** True when the English word is a function word dropped from translations. */
export function isEnglishStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word);
}

/**
 * Turns an English translation into Porter2 stems of its content words.
 * @param phrase a cleaned translation such as "to destroy" or "dental bridge"
 * @returns stems in order, duplicates removed; [] when only stop words remain
 */
export function englishStems(phrase: string): string[] {
  const stems = phraseWords(phrase)
    .filter((word) => !ENGLISH_STOP_WORDS.has(word))
    .map((word) => stemmer(word));
  return [...new Set(stems)];
}
