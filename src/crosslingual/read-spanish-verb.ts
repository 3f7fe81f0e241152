// Spanish dictionaries list verbs by their infinitive (usar, contener, devolver) and adjectives
// by their masculine singular (protegido, pleno), while running text conjugates and agrees:
// usando, usan, utilice, contiene, devuelve, protegidas, plenamente. Snowball's stem of the
// infinitive rarely meets the stem of a conjugated form (usar → usar, usando → us), so such
// words had no reading: on the training half of the Spanish Debian Reference "usando",
// "utilice", "usa", "usan", "devuelve", "contiene" were among the most frequent unread words.
// The reader proposes the forms a word may come from; the dictionary decides, as for plurals.

import { candidatesByEnding, type EndingTable } from './ending-candidates.js';
import { spanishIrregularCandidates } from './spanish-irregular-verbs.js';
import { UNACCENTED } from './strip-spanish-plural.js';

const MIN_STEM_LETTERS = 2;

/** Endings of regular conjugations, longest first, each with the infinitive endings it may come from. */
const VERB_ENDINGS: EndingTable = [
  ['aríamos', ['ar']], ['eríamos', ['er']], ['iríamos', ['ir']],
  ['ábamos', ['ar']], ['áramos', ['ar']], ['iéramos', ['er', 'ir']], ['iésemos', ['er', 'ir']],
  ['aremos', ['ar']], ['eremos', ['er']], ['iremos', ['ir']], ['asteis', ['ar']], ['isteis', ['er', 'ir']],
  ['arían', ['ar']], ['erían', ['er']], ['irían', ['ir']], ['iendo', ['er', 'ir']], ['yendo', ['er', 'ir']],
  ['ieron', ['er', 'ir']], ['yeron', ['er', 'ir']], ['ieran', ['er', 'ir']], ['iesen', ['er', 'ir']],
  ['aría', ['ar']], ['ería', ['er']], ['iría', ['ir']], ['aban', ['ar']], ['aran', ['ar']], ['asen', ['ar']],
  ['ando', ['ar']], ['aron', ['ar']], ['aste', ['ar']], ['iste', ['er', 'ir']], ['iera', ['er', 'ir']], ['iese', ['er', 'ir']],
  ['arán', ['ar']], ['erán', ['er']], ['irán', ['ir']], ['amos', ['ar', 'er', 'ir']], ['emos', ['er', 'ar']], ['imos', ['ir', 'er']],
  ['ados', ['ar']], ['adas', ['ar']], ['idos', ['er', 'ir']], ['idas', ['er', 'ir']], ['ían', ['er', 'ir']],
  ['ará', ['ar']], ['erá', ['er']], ['irá', ['ir']], ['aré', ['ar']], ['eré', ['er']], ['iré', ['ir']],
  ['aba', ['ar']], ['ado', ['ar']], ['ada', ['ar']], ['ido', ['er', 'ir']], ['ida', ['er', 'ir']], ['ía', ['er', 'ir']],
  ['ió', ['er', 'ir']], ['an', ['ar', 'er', 'ir']], ['en', ['er', 'ir', 'ar']], ['as', ['ar', 'er', 'ir']], ['es', ['er', 'ir', 'ar']],
  ['ó', ['ar']], ['é', ['ar']], ['í', ['er', 'ir']],
  ['a', ['ar', 'er', 'ir']], ['e', ['er', 'ir', 'ar']], ['o', ['ar', 'er', 'ir']],
];

/**
 * Stem spellings undone before the infinitive ending: a diphthong of a stressed stem
 * (contiene → contener, devuelve → devolver, juega → jugar), e → i (sigue → seguir), and the
 * spelling that keeps a consonant's sound before e or a (utilice → utilizar, pague → pagar,
 * busque → buscar, proteja → proteger, establezca → establecer, sigue → seguir).
 */
const STEM_CHANGES: readonly (readonly [string, string])[] = [
  ['ie', 'e'], ['ue', 'o'], ['ue', 'u'], ['i', 'e'], ['c', 'z'], ['gu', 'g'], ['qu', 'c'], ['j', 'g'], ['zc', 'c'], ['y', ''],
];

/** Endings of nouns of action with the infinitive endings of their verbs. */
const ACTION_NOUNS: EndingTable = [['ación', ['ar']], ['ición', ['ir', 'er']], ['ución', ['uir']]];

/** Object pronouns attached to an infinitive or gerund (dedicarse, protegerlos, haciéndolo). */
const ENCLITICS = ['selo', 'sela', 'selos', 'selas', 'les', 'los', 'las', 'nos', 'se', 'le', 'lo', 'la', 'me', 'te'];

/** Stems with one change of {@link STEM_CHANGES} undone in their last syllable, the stem itself first. */
function stemVariants(stem: string): string[] {
  const out = [stem];
  for (const [written, base] of STEM_CHANGES) {
    const at = stem.lastIndexOf(written);
    // The change sits in the last syllable: nothing but consonants (and the silent u of gu, qu) may follow it.
    if (at < 0 || /[aeiouáéíóú]/.test(stem.slice(at + written.length).replace(/(?<=[gq])u/g, ''))) continue;
    out.push(`${stem.slice(0, at)}${base}${stem.slice(at + written.length)}`);
  }
  return out;
}

/**
 * Infinitives a conjugated Spanish form may come from, likeliest first (longest ending first).
 * @param word a lowercased word
 * @returns distinct candidate infinitives, the word itself excluded
 */
export function spanishInfinitiveCandidates(word: string): string[] {
  return candidatesByEnding(word, VERB_ENDINGS, MIN_STEM_LETTERS, stemVariants);
}

/**
 * Base forms a Spanish word may stand for, likeliest first: the masculine of a feminine
 * (protegida → protegido, plena → pleno), the adjective of an adverb in -mente (plenamente →
 * pleno, libremente → libre), an infinitive or gerund without its pronoun (dedicarse →
 * dedicar), the infinitive of a conjugated form ({@link spanishInfinitiveCandidates}), then
 * the verb of a noun of action (visualización → visualizar), then the infinitive of an
 * irregular verb's form ({@link spanishIrregularCandidates}: hagan → hacer).
 * Plurals are {@link stripSpanishPlural}'s: the caller tries them first.
 * @param word a lowercased word the lexicon does not know
 * @returns distinct candidates, the word itself excluded
 */
export function spanishBaseCandidates(word: string): string[] {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x.length > MIN_STEM_LETTERS && x !== word && !out.includes(x)) out.push(x);
  };
  const singular = word.endsWith('as') ? word.slice(0, -1) : word;
  if (singular.endsWith('a')) push(`${singular.slice(0, -1)}o`);
  if (word.endsWith('mente')) {
    const adjective = word.slice(0, -'mente'.length);
    push(adjective);
    if (adjective.endsWith('a')) push(`${adjective.slice(0, -1)}o`);
  }
  for (const clitic of ENCLITICS) {
    if (!word.endsWith(clitic)) continue;
    const bare = word.slice(0, -clitic.length);
    const host = bare.replace(/[áéíóú](?=[a-zñ]*$)/, (v) => UNACCENTED[v] ?? v);
    if (/(ar|er|ir)$/.test(host)) push(host);
    else if (/(ando|iendo)$/.test(host)) for (const inf of spanishInfinitiveCandidates(host)) push(inf);
    // An imperative with its pronoun writes the stress the bare form leaves out (asegúrese, instálelos, ayúdenos).
    else if (host !== bare) for (const inf of spanishInfinitiveCandidates(host)) push(inf);
  }
  for (const inf of spanishInfinitiveCandidates(word)) push(inf);
  // A noun of action whose verb the dictionary has and it lacks (visualización → visualizar, compartición → compartir).
  for (const [ending, verbs] of ACTION_NOUNS) if (word.endsWith(ending)) for (const verb of verbs) push(`${word.slice(0, -ending.length)}${verb}`);
  // Irregular stems last: "ir" is shorter than any regular candidate may be.
  for (const inf of spanishIrregularCandidates(word)) if (!out.includes(inf)) out.push(inf);
  return out;
}

/**
 * Finds the base form (infinitive, masculine, adjective) a Spanish word stands for.
 * @param word a lowercased word the lexicon does not know
 * @param known tells whether a key is in the lexicon with a meaning
 * @returns the first known candidate, or undefined
 */
export function readSpanishVerb(word: string, known: (key: string) => boolean): string | undefined {
  return spanishBaseCandidates(word).find(known);
}
