import { stemmer } from '@orama/stemmers/english';
import { WORDNET_FILES, type Wordnet, type WordnetFile, type WordnetSynset } from './read-wordnet.js';

/** What goes into the pack; see DEFAULT_SELECT_OPTIONS for the values used. */
export interface SelectOptions {
  /** Senses kept per lemma and part of speech, most frequent first. */
  maxSenses: number;
  /** Synsets with more members than this are too generic to mean "same concept". */
  maxSynsetSize: number;
  /** Stems shorter than this are left out (abbreviations, letters). */
  minStemLength: number;
  /** A head adjective also carries its satellites' synsets ("injured" → "wounded"). */
  similarTo: boolean;
  /** A lemma also carries the synsets its derivationally related forms sit in ("death" → "die"). */
  derivational: boolean;
  /** A verb sense also carries its direct hyponyms' synsets ("kill" → "slay"). */
  verbHyponyms: boolean;
  /** A noun sense also carries its direct hyponyms' synsets ("committee" → "panel"). */
  nounHyponyms: boolean;
  /** Senses with more direct hyponyms than this are not expanded (they are too general). */
  maxHyponyms: number;
}

export const DEFAULT_SELECT_OPTIONS: Readonly<SelectOptions> = Object.freeze({
  maxSenses: 2,
  maxSynsetSize: 25,
  minStemLength: 3,
  similarTo: true,
  derivational: false,
  verbHyponyms: true,
  nounHyponyms: true,
  maxHyponyms: 40,
});

/** stem → synset keys, before renumbering. */
export type StemConcepts = Map<string, Set<string>>;

// Single words only: phrases ("unmanned_aerial_vehicle") would need phrase matching in the
// caller, which gets bags of stems. Hyphens and apostrophes stay, as in the tokenizer.
const SINGLE_WORD = /^[a-z]+(?:['-][a-z]+)*$/;

/**
 * Picks, for every English stem, the WordNet synsets of its most frequent senses.
 * @param wordnet parsed database (see readWordnet)
 * @param exceptions per file, irregular form → base forms ("said" → ["say"]), from `<pos>.exc`
 * @param options see {@link SelectOptions}; defaults in DEFAULT_SELECT_OPTIONS
 * @returns stem → synset keys, keeping only synsets shared by two or more stems
 */
export function selectConcepts(
  wordnet: Wordnet,
  exceptions: ReadonlyMap<WordnetFile, ReadonlyMap<string, readonly string[]>>,
  options: Readonly<SelectOptions> = DEFAULT_SELECT_OPTIONS,
): StemConcepts {
  const byStem: StemConcepts = new Map();
  const add = (stem: string, key: string): void => {
    let set = byStem.get(stem);
    if (set === undefined) byStem.set(stem, (set = new Set()));
    set.add(key);
  };
  for (const file of WORDNET_FILES) {
    const lemmas = wordnet.senses.get(file) ?? new Map<string, string[]>();
    const conceptsOfLemma = (lemma: string): string[] => {
      const keys = lemmas.get(lemma);
      return keys === undefined ? [] : lemmaConcepts(wordnet, lemma, keys, options);
    };
    for (const lemma of [...lemmas.keys()].sort()) {
      if (!SINGLE_WORD.test(lemma)) continue;
      const stem = stemmer(lemma);
      if (stem.length < options.minStemLength) continue;
      for (const key of conceptsOfLemma(lemma)) add(stem, key);
    }
    // Irregular forms stem apart from their base ("said" ≠ "say", "lives" → "live" ≠ "life").
    for (const [form, bases] of [...(exceptions.get(file) ?? new Map<string, string[]>())].sort()) {
      if (!SINGLE_WORD.test(form)) continue;
      const stem = stemmer(form);
      if (stem.length < options.minStemLength) continue;
      for (const base of bases) {
        if (stemmer(base) === stem) continue;
        for (const key of conceptsOfLemma(base)) add(stem, key);
      }
    }
  }
  return dropUnshared(byStem);
}

/** The synsets one lemma of one part of speech stands for, expanded by the chosen links. */
function lemmaConcepts(wordnet: Wordnet, lemma: string, senseKeys: readonly string[], options: Readonly<SelectOptions>): string[] {
  const out: string[] = [];
  const keep = (key: string): void => {
    const synset = wordnet.synsets.get(key);
    if (synset !== undefined && synset.words.length <= options.maxSynsetSize) out.push(key);
  };
  for (const key of senseKeys.slice(0, options.maxSenses)) {
    const synset = wordnet.synsets.get(key);
    if (synset === undefined) continue;
    keep(key);
    const wordNumber = synset.words.indexOf(lemma) + 1;
    const expandDown = isExpansionWanted(synset, options);
    for (const pointer of synset.pointers) {
      if (options.similarTo && synset.type === 'a' && pointer.symbol === '&') keep(pointer.target);
      if (options.derivational && pointer.symbol === '+' && pointer.sourceWord === wordNumber) keep(pointer.target);
      if (expandDown && pointer.symbol === '~') keep(pointer.target);
    }
  }
  return out;
}

// Only the general word takes on its specific ones: "kill" matches "slay" and "execute",
// while "slay" and "execute" (or "monday" and "tuesday") stay apart, which linking each
// word to its hypernym would not allow.
function isExpansionWanted(synset: WordnetSynset, options: Readonly<SelectOptions>): boolean {
  const wanted = (synset.type === 'v' && options.verbHyponyms) || (synset.type === 'n' && options.nounHyponyms);
  if (!wanted) return false;
  let hyponyms = 0;
  for (const pointer of synset.pointers) if (pointer.symbol === '~') hyponyms += 1;
  return hyponyms <= options.maxHyponyms;
}

// A synset held by one stem can never make two different stems match; leaving it out keeps
// the pack small.
function dropUnshared(byStem: StemConcepts): StemConcepts {
  const holders = new Map<string, number>();
  for (const keys of byStem.values()) for (const key of keys) holders.set(key, (holders.get(key) ?? 0) + 1);
  const out: StemConcepts = new Map();
  for (const [stem, keys] of byStem) {
    const shared = [...keys].filter((key) => (holders.get(key) ?? 0) >= 2);
    if (shared.length > 0) out.set(stem, new Set(shared));
  }
  return out;
}
