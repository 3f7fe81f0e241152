import { createRequire } from 'node:module';
import { foreignFunctionWords } from './foreign-function-words.js';
import { normalizeForeign } from './normalize-foreign.js';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[] | undefined>;
const cache = new Map<string, ReadonlySet<string>>();
// Single letters are initials and list markers, as in the English list.
const SINGLE_LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

function build(lang: string): ReadonlySet<string> {
  const own = foreignFunctionWords(lang);
  if (own !== undefined) return new Set([...own, ...SINGLE_LETTERS]);
  return new Set((stopwordsIso[lang] ?? []).map((word) => normalizeForeign(word, lang)));
}

/**
 * Gives the stop words projection drops for a language, folded like lexicon keys: its
 * closed-class list of function words where it has one (de, es, fr, it, nl, pl, pt; see
 * foreign-function-words.ts) with the single letters, else stopwords-iso's list. stopwords-iso
 * is built for search and also drops content words (es estado, trabajo; de Recht; it mondo,
 * vita); language detection keeps reading it (src/text/stopwords.ts), not this.
 * @param lang ISO 639-1 code
 * @returns the set (empty for an unknown language), cached
 */
export function foreignStopWords(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (set === undefined) {
    set = build(lang);
    cache.set(lang, set);
  }
  return set;
}
