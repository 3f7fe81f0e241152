// Polish dictionaries list verbs by their infinitive (używać, wykonywać, dążyć, podjąć), while
// running text conjugates them (używa, wykonuje, dążyły, podjęły), makes participles of them
// (wyrażony, zakazane, używając) and nouns (poszanowanie, głoszenia, obalenia). None of these was
// read: the declension reader only undoes case endings, and Polish has no Snowball stemmer. On
// the training halves of UDHR and of manpages-pl, conjugated forms, participles and verbal nouns
// were most of the Polish content words left without a reading (wypisuje, używa, powoduje,
// usuwa, wykonuje, zwraca, obejmuje). As for the declension reader, the dictionary decides.

import { candidatesByEnding, type EndingTable } from './ending-candidates.js';

const MIN_STEM_LETTERS = 2;
/** Infinitive endings of the -ić, -yć, -eć verbs, whose present and participles look alike. */
const I_Y_E = ['ić', 'yć', 'eć', 'ieć'];

/**
 * Endings of conjugated forms, participles and verbal nouns (longest first) with the infinitive
 * endings they may come from: -uje … → -ować / -ywać, -a … → -ać, -i / -y … → -ić / -yć / -eć,
 * the past in -ł- → -ć, passive participles (-any → -ać, -ony → -ić, -ęty → -ąć, -ty → -ć),
 * verbal nouns (-anie → -ać, -enie → -ić, -ęcie → -ąć, -cie → -ć), -nie … → -nąć.
 */
const ENDINGS: EndingTable = [
  ['liśmy', ['ć']], ['łyśmy', ['ć']], ['ujecie', ['ować', 'ywać', 'iwać']], ['ujemy', ['ować', 'ywać', 'iwać']],
  ['ujesz', ['ować', 'ywać', 'iwać']], ['ujący', ['ować', 'ywać', 'iwać']], ['ując', ['ować', 'ywać', 'iwać']],
  ['ający', ['ać']], ['iący', I_Y_E], ['ący', [...I_Y_E, 'ać']], ['anie', ['ać']], ['enie', I_Y_E], ['ęcie', ['ąć']],
  ['ając', ['ać']], ['iesz', ['ieć']], ['niesz', ['nąć']], ['acie', ['ać']], ['icie', I_Y_E], ['ycie', I_Y_E],
  ['łeś', ['ć']], ['łaś', ['ć']], ['łem', ['ć']], ['łam', ['ć']], ['łby', ['ć']], ['liby', ['ć']],
  ['uje', ['ować', 'ywać', 'iwać']], ['ują', ['ować', 'ywać', 'iwać']], ['uję', ['ować', 'ywać', 'iwać']],
  ['ają', ['ać']], ['amy', ['ać']], ['asz', ['ać']], ['imy', I_Y_E], ['isz', I_Y_E], ['ymy', I_Y_E], ['ysz', I_Y_E],
  ['iąc', I_Y_E], ['ąc', I_Y_E], ['any', ['ać']], ['ony', I_Y_E], ['ęty', ['ąć']], ['ano', ['ać']], ['ono', I_Y_E], ['ęto', ['ąć']],
  ['cie', ['ć']], ['eje', ['eć']], ['nie', ['nąć']], ['nę', ['nąć']], ['ną', ['nąć']],
  ['ty', ['ć']], ['to', ['ć']], ['ła', ['ć']], ['ło', ['ć']], ['li', ['ć']], ['ły', ['ć']], ['ł', ['ć']],
  ['am', ['ać']], ['ią', I_Y_E], ['ię', I_Y_E], ['a', ['ać']], ['i', I_Y_E], ['y', I_Y_E], ['ą', I_Y_E], ['e', ['ać']],
];

/**
 * Consonants a stem changes before the endings of the present and of verbal nouns, back to the
 * infinitive's (pisze → pisać, wyrażony → wyrazić, głoszenie → głosić, skacze → skakać), and
 * the nasal vowel of the past and participles (podjęły → podjąć).
 */
const ALTERNATIONS: readonly (readonly [string, string])[] = [['sz', 's'], ['ż', 'z'], ['ż', 'g'], ['cz', 'k'], ['cz', 'c'], ['rz', 'r'], ['ę', 'ą']];

/** The stem, then the stem with the last consonant or nasal vowel change undone. */
function stemVariants(stem: string): string[] {
  const out = [stem];
  for (const [written, base] of ALTERNATIONS) if (stem.endsWith(written)) out.push(`${stem.slice(0, -written.length)}${base}`);
  return out;
}

/**
 * Infinitives a Polish verb form, participle or verbal noun may come from, likeliest first.
 * Declined participles and verbal nouns are read through their nominative: the caller passes
 * the declension reader's candidates through here too.
 * @param word a lowercased word
 * @returns distinct candidate infinitives, the word itself excluded
 */
export function polishInfinitiveCandidates(word: string): string[] {
  return candidatesByEnding(word, ENDINGS, MIN_STEM_LETTERS, stemVariants);
}

/** A perfective stem's last consonant as its imperfective partner writes it (wyrazić → wyrażać, ogłosić → ogłaszać). */
const IMPERFECTIVE_CONSONANT: Readonly<Record<string, string>> = { z: 'ż', s: 'sz', t: 'c', d: 'dz' };

/**
 * Imperfective partners of a perfective infinitive, which dictionaries list more often (the
 * perfective zakazać, obalić, wyrazić are missing where zakazywać, obalać, wyrażać are there):
 * -ać → -ywać / -iwać, -ić / -yć → -ać with the stem's consonant changed or kept, -ić → -iać.
 * @param infinitive a candidate infinitive
 * @returns distinct partner infinitives, the infinitive itself excluded
 */
export function polishImperfectiveCandidates(infinitive: string): string[] {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x !== infinitive && !out.includes(x)) out.push(x);
  };
  if (infinitive.endsWith('ać')) {
    const stem = infinitive.slice(0, -2);
    if (stem.length >= MIN_STEM_LETTERS) for (const end of ['ywać', 'iwać']) push(`${stem}${end}`);
  }
  if (infinitive.endsWith('ić') || infinitive.endsWith('yć')) {
    const stem = infinitive.slice(0, -2);
    if (stem.length < MIN_STEM_LETTERS) return out;
    const changed = IMPERFECTIVE_CONSONANT[stem.charAt(stem.length - 1)];
    if (changed !== undefined) push(`${stem.slice(0, -1)}${changed}ać`);
    push(`${stem}ać`);
    // A soft consonant keeps its i: zapewnić → zapewniać.
    if (infinitive.endsWith('ić')) push(`${stem}iać`);
  }
  return out;
}
