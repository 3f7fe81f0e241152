import { stemmer as porter2 } from '@orama/stemmers/english';
import { irregularPlurals, singularOfIrregular } from './english-plurals.js';

/**
 * The English stem of a lowercase word: Porter2 (`@orama/stemmers/english`) of the word, an
 * irregular plural first read as its singular ("women" → "woman"), so both numbers share a stem.
 * @param word a lowercase English word
 * @returns its stem
 */
export function englishStem(word: string): string {
  return porter2(singularOfIrregular(word));
}

let oldStems: Map<string, string> | undefined;

/**
 * The stem {@link englishStem} gives for what plain Porter2 stemmed to `stem`: lexicon packs built
 * before irregular plurals were read hold "women" where English text now has "woman".
 * @param stem a Porter2 stem, as a lexicon pack holds it
 * @returns the stem of the singular when `stem` is plain Porter2 of a listed irregular plural, else `stem`
 */
export function currentEnglishStem(stem: string): string {
  if (oldStems === undefined) {
    oldStems = new Map();
    for (const [plural, singular] of irregularPlurals()) {
      const old = porter2(plural);
      const now = porter2(singular);
      if (old !== now) oldStems.set(old, now);
    }
  }
  return oldStems.get(stem) ?? stem;
}
