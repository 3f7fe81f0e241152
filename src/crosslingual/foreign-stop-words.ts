import { createRequire } from 'node:module';
import { normalizeForeign } from './normalize-foreign.js';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[] | undefined>;
const cache = new Map<string, ReadonlySet<string>>();

/**
 * Gives the stop words of a language from stopwords-iso, folded like lexicon keys.
 * @param lang ISO 639-1 code
 * @returns the set (empty for an unknown language), cached
 */
export function foreignStopWords(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (set === undefined) {
    set = new Set((stopwordsIso[lang] ?? []).map((word) => normalizeForeign(word, lang)));
    cache.set(lang, set);
  }
  return set;
}
