// Polish dictionaries list the nominative singular of nouns and adjectives (prawo, naród,
// prawny), while running text declines them through seven cases: praw, prawa, narodów, prawnej,
// osobie. A word the lexicon does not know is read through the forms it may come from; the
// dictionary decides which one is meant, as for Dutch inflections and Spanish plurals. Polish
// has no Snowball stemmer in our stemmer package, and cutting words to six letters (the
// stand-in) misses short stems (praw ≠ prawo), so 29 % of the content words of the UDHR
// training half were unread.
// Stem changes undone: o ↔ ó in the last syllable (narodów → naród, pokoju → pokój, osób →
// osoba), a soft consonant written with i before a vowel and with an accent at the end
// (pamięci → pamięć, dłoni → dłoń), and before the locative -e: rz → r, dz → g, c → k,
// (kolorze → kolor, drodze → droga, ręce → ręka); the e of -ek, -ec, dropped before an ending
// (środków → środek). Neuters in -e (życie, zadanie, and every verbal noun) take the endings
// of -o neuters (życia, zadaniu, zadaniem, zadań).

import { polishImperfectiveCandidates, polishInfinitiveCandidates } from './read-polish-verb.js';
import type { EndingTable } from './ending-candidates.js';

const MIN_STEM_LETTERS = 2;

/**
 * Case endings, longest first, with the nominative endings a headword of that declension may
 * have: adjectives (-ego, -emu, -ej, -ych, -ym, -ymi … → -y / -i) and nouns (-ami, -ach, -om,
 * -ów, -em, -ie, -y, -i, -u, -a, -ą, -ę, -e, and the zero ending of the genitive plural).
 */
const ENDINGS: EndingTable = [
  ['iego', ['i']], ['ego', ['y', 'i']], ['iemu', ['i']], ['emu', ['y', 'i']],
  ['ymi', ['y']], ['imi', ['i', '']], ['ami', ['', 'a', 'o', 'e']], ['ych', ['y']], ['ich', ['i', '']],
  ['ach', ['', 'a', 'o', 'e']], ['iej', ['i']], ['ej', ['y', 'i', 'a']], ['ym', ['y']], ['im', ['i']],
  ['owi', ['']], ['om', ['', 'a', 'o', 'e']], ['ów', ['', 'o']], ['em', ['', 'e']], ['ie', ['a', '', 'o']],
  ['y', ['a', '', 'y']], ['i', ['a', '', 'i']], ['u', ['', 'o', 'e']], ['a', ['', 'o', 'y', 'e']],
  ['ą', ['a', 'y', 'i']], ['ę', ['a', 'o']], ['e', ['y', 'i', 'a', 'o', '']], ['o', ['']],
];

/** Soft consonants written with i before a vowel and with an accent at the end of a word. */
const SOFT: Readonly<Record<string, string>> = { c: 'ć', n: 'ń', s: 'ś', z: 'ź' };
/** Consonants the locative -e softens, back to their plain form (kolorze → kolor, drodze → droga). */
const LOCATIVE_HARD: readonly (readonly [string, string])[] = [['rz', 'r'], ['dz', 'g'], ['c', 'k'], ['ś', 's'], ['ci', 't']];

/** The stem as written, with ó for o and o for ó in its last syllable. */
function vowelVariants(stem: string): string[] {
  const out = [stem];
  const o = stem.lastIndexOf('o');
  const oo = stem.lastIndexOf('ó');
  if (o >= 0 && o > oo && o >= stem.length - 3) out.push(`${stem.slice(0, o)}ó${stem.slice(o + 1)}`);
  if (oo >= 0 && oo > o) out.push(`${stem.slice(0, oo)}o${stem.slice(oo + 1)}`);
  return out;
}

/**
 * Headwords a Polish declined word may stand for, likeliest first: for each case ending it
 * carries (longest first), the stem with each nominative ending of that case's declensions,
 * with the stem changes above undone; last, the zero ending (praw → prawo, osób → osoba).
 * @param word a lowercased word the lexicon does not know
 * @returns distinct candidates, the word itself excluded
 */
export function polishHeadwordCandidates(word: string): string[] {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x.length >= MIN_STEM_LETTERS + 1 && x !== word && !out.includes(x)) out.push(x);
  };
  const withStem = (stem: string, nominatives: readonly string[]): void => {
    if (stem.length < MIN_STEM_LETTERS) return;
    for (const base of vowelVariants(stem)) for (const end of nominatives) push(`${base}${end}`);
    // The e of -ek, -ec drops before an ending: środków → środek, budynku → budynek.
    if (/[^aeiouyąęó][kc]$/.test(stem) && nominatives.includes('')) push(`${stem.slice(0, -1)}e${stem.slice(-1)}`);
  };
  for (const [ending, nominatives] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    withStem(stem, nominatives);
    // pamięci → pamięć: a soft consonant written with i before the ending.
    if (ending.startsWith('i')) {
      const last = stem.charAt(stem.length - 1);
      const soft = SOFT[last];
      if (soft !== undefined) withStem(`${stem.slice(0, -1)}${soft}`, ['']);
    }
    if (ending === 'e' || ending === 'ie') {
      for (const [soft, hard] of LOCATIVE_HARD) if (stem.endsWith(soft)) withStem(`${stem.slice(0, -soft.length)}${hard}`, ['', 'a', 'o']);
    }
  }
  // The genitive plural has no ending: praw (prawo), osób (osoba), spraw (sprawa), and of the
  // neuters in -nie, -cie it writes the soft consonant with an accent: zadań (zadanie), pojęć (pojęcie).
  withStem(word, ['o', 'a']);
  if (word.endsWith('ń')) push(`${word.slice(0, -1)}nie`);
  if (word.endsWith('ć')) push(`${word.slice(0, -1)}cie`);
  return out;
}

/**
 * Finds the headword a Polish declined or conjugated word stands for: a case ending undone
 * first ({@link polishHeadwordCandidates}), then the infinitive of the word as a verb form, then
 * the infinitive of a declined participle or verbal noun through its nominative (wyrażoną →
 * wyrażony → wyrazić, poszanowania → poszanowanie → poszanować), last the imperfective partner
 * of a perfective infinitive the dictionary lacks ({@link polishImperfectiveCandidates}).
 * @param word a lowercased word the lexicon does not know
 * @param known tells whether a key is in the lexicon with a meaning
 * @returns the first known candidate, or undefined
 */
export function readPolishInflection(word: string, known: (key: string) => boolean): string | undefined {
  const headwords = polishHeadwordCandidates(word);
  const own = polishInfinitiveCandidates(word);
  const found = headwords.find(known) ?? own.find(known);
  if (found !== undefined) return found;
  const infinitives = [...own, ...headwords.flatMap(polishInfinitiveCandidates)];
  return infinitives.find(known) ?? infinitives.flatMap(polishImperfectiveCandidates).find(known);
}
