// Spanish plurals are regular (-s, -es, -ces for -z, and a written accent that comes and goes:
// nación / naciones, inglés / ingleses), but dictionaries list the singular, and the Snowball
// stemmer does not cut both alike ("libertad" → libert, "libertades" → libertad), so the plural
// of a headword was not found: "libertades" seven times on the UDHR training half. Which reading
// is right is decided by the dictionary, as for Indonesian affixes.

const MIN_SINGULAR_LETTERS = 2;
/** Unaccented vowel → with the written accent a singular in -n or -s takes when its plural adds -es. */
const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
/** Accented vowel → plain. */
/** Spanish accented vowels and their plain forms (a plural or an attached pronoun moves the stress mark). */
export const UNACCENTED: Readonly<Record<string, string>> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/**
 * Singular forms a Spanish plural may stand for, most likely first: -ces → -z (voces → voz),
 * -es with the last vowel accented (naciones → nación, ingleses → inglés), -es (mujeres → mujer),
 * -es with the accent of the stem dropped (imágenes → imagen),
 * -s (actos → acto).
 * @param word a lowercased word
 * @returns candidate singulars, distinct, the word itself excluded
 */
export function spanishSingularCandidates(word: string): string[] {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x.length >= MIN_SINGULAR_LETTERS && x !== word && !out.includes(x)) out.push(x);
  };
  if (!word.endsWith('s')) return out;
  if (word.endsWith('ces')) push(`${word.slice(0, -3)}z`);
  if (word.endsWith('es')) {
    const stem = word.slice(0, -2);
    // -ones → -ón, -eses → -és: the accent falls on the last vowel of a singular ending in n or s.
    const last = stem.charAt(stem.length - 1);
    const vowel = stem.charAt(stem.length - 2);
    const accented = ACCENTED[vowel];
    if ((last === 'n' || last === 's') && accented !== undefined) push(`${stem.slice(0, -2)}${accented}${last}`);
    push(stem);
    // imágenes → imagen, jóvenes → joven: the plural writes the accent the singular does not need.
    const unaccented = stem.replace(/[áéíóú]/, (v) => UNACCENTED[v] ?? v);
    if (unaccented !== stem) push(unaccented);
  }
  push(word.slice(0, -1));
  return out;
}

/**
 * Finds the singular headword a Spanish plural stands for.
 * @param word a lowercased word the lexicon does not know
 * @param known tells whether a key is in the lexicon with a meaning
 * @returns the first known candidate, or undefined
 */
export function stripSpanishPlural(word: string, known: (key: string) => boolean): string | undefined {
  return spanishSingularCandidates(word).find(known);
}
