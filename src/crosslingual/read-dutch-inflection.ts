// Dutch dictionaries list the bare noun, the bare adjective and the infinitive, while running
// text inflects all three: plurals in -en / -s / -eren (mannen, naties, volkeren), adjectives in
// -e with comparative -er and superlative -st (sociale, hogere, grootste), verbs in -t / -d and
// participles with ge- (bestaat, beschermd, gegeven). A fifth of the content words of the UDHR
// training half were unread for this. Dutch spelling changes the stem on the way: a vowel
// doubles in a closed syllable (sociale → sociaal, ogen → oog), a consonant doubles after a
// short vowel (mannen → man), v / z become f / s at the end (slaven → slaaf). This lists the
// forms such a word may come from; the dictionary decides which one is meant, as for
// Indonesian affixes and Spanish plurals.

const VOWELS = 'aeiouy';
const isVowel = (c: string): boolean => c !== '' && VOWELS.includes(c);
const MIN_STEM_LETTERS = 2;
// A verb stem of two letters (bo-den) is more often a piece of a plural noun than a verb.
const MIN_VERB_STEM_LETTERS = 3;
/** Two letters written for one vowel sound: the second of them never doubles. */
const DIGRAPHS = new Set(['aa', 'ee', 'oo', 'uu', 'oe', 'ou', 'au', 'ei', 'ie', 'eu', 'ui', 'ij']);

/** Separable verb particles: their participle puts ge- after them (uitgelegd, toegekend). */
const SEPARABLE_PARTICLES = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'onder', 'op', 'over', 'samen', 'terug', 'toe', 'uit', 'voor', 'weg'];

/**
 * Spellings a bare stem (the word minus its ending) may have as a headword. Before an ending
 * that starts with a vowel, a single vowel before a single consonant was long (its syllable is
 * open) and is written double in the closed syllable of the headword (social → sociaal, hog →
 * hoog, grot → groot), so that reading comes first; the stem as written after it ("ander").
 */
function stemSpellings(stem: string, vowelEnding: boolean): string[] {
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  // Final v and z are written f and s (slav → slaf, reiz → reis).
  const devoiced = last === 'v' ? `${stem.slice(0, -1)}f` : last === 'z' ? `${stem.slice(0, -1)}s` : undefined;
  const plain = devoiced === undefined ? [stem] : [devoiced, stem];
  const out: string[] = [];
  // i never doubles, nor does a vowel that is the second letter of a digraph (oe, ui, ei).
  if (vowelEnding && !isVowel(last) && 'aeou'.includes(before) && before !== '' && !DIGRAPHS.has(stem.slice(-3, -1))) {
    for (const base of plain) out.push(`${base.slice(0, -2)}${before}${before}${base.slice(-1)}`);
  }
  out.push(...plain);
  // A doubled consonant after a short vowel is single at the end of the word (mann → man).
  if (last === before && !isVowel(last)) out.push(stem.slice(0, -1));
  return out;
}

/**
 * Infinitives a verb stem may belong to (noem → noemen, besta → bestaan, behoor → behoren,
 * stel → stellen). A single vowel before a single consonant is short in the closed syllable of
 * the stem, so the consonant doubles before -en (stel → stellen, not stelen) and that comes first.
 */
function infinitives(stem: string): string[] {
  const out: string[] = [];
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  const third = stem.charAt(stem.length - 3);
  if (isVowel(last)) out.push(`${stem}n`);
  if (!isVowel(last) && isVowel(before) && !DIGRAPHS.has(`${third}${before}`)) out.push(`${stem}${last}en`);
  // A final f / s of the stem is v / z in the infinitive (leef → leven, reis → reizen).
  const voiced = last === 'f' ? `${stem.slice(0, -1)}v` : last === 's' ? `${stem.slice(0, -1)}z` : stem;
  // A doubled vowel is single in the open syllable of the infinitive (behoor → behoren, leef → leven).
  if (!isVowel(last) && before === third && isVowel(before)) out.push(`${voiced.slice(0, -2)}${voiced.slice(-1)}en`);
  out.push(`${stem}en`);
  if (voiced !== stem) out.push(`${voiced}en`);
  return out;
}

/** Candidate headwords of a word without its participle prefix: verb forms first, then nouns and adjectives. */
function candidatesOf(word: string, push: (x: string) => void): void {
  // -heden is the plural of -heid (vrijheden → vrijheid).
  if (word.endsWith('heden')) push(`${word.slice(0, -5)}heid`);
  // Verb in -t / -d (third person, participle), -de / -te / -den / -ten (past).
  for (const ending of ['den', 'ten', 'de', 'te', 'dt', 'd', 't']) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_VERB_STEM_LETTERS) for (const inf of infinitives(word.slice(0, -ending.length))) push(inf);
  }
  // Plurals and adjective endings, longest first: -eren (volkeren), -ste / -st, -ere / -er,
  // -en, -e, -s (-'s is split off by the tokenizer).
  // -ën after a vowel (industrieën). A comparative or superlative (hogere, grootste) is read by its base.
  for (const ending of ['eren', 'ën', 'ste', 'st', 'ere', 'er', 'en', 'e', 's']) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM_LETTERS) continue;
    for (const spelling of stemSpellings(word.slice(0, -ending.length), ending.startsWith('e'))) push(spelling);
  }
}

/**
 * Headwords a Dutch inflected word may stand for, likeliest first: the verb's infinitive for
 * -t / -d forms and participles (ge-…-d, with a separable particle before ge-), the bare noun or
 * adjective for plurals, -e, -er, -st, with Dutch spelling rules undone.
 * @param word a lowercased word the lexicon does not know
 * @returns distinct candidates, the word itself excluded
 */
export function dutchHeadwordCandidates(word: string): string[] {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x.length >= MIN_STEM_LETTERS && x !== word && !out.includes(x)) out.push(x);
  };
  // The whole word first: gelijke is gelijk, gebieden the plural of gebied.
  candidatesOf(word, push);
  // A participle: ge- is not part of the headword (gegeven → geven, genoemd → noemen).
  if (word.startsWith('ge') && word.length > 5) {
    const rest = word.slice(2);
    if (rest.endsWith('en')) push(rest);
    candidatesOf(rest, push);
  }
  for (const particle of SEPARABLE_PARTICLES) {
    if (!word.startsWith(`${particle}ge`) || word.length <= particle.length + 5) continue;
    const rest = word.slice(particle.length + 2);
    const found: string[] = [];
    if (rest.endsWith('en')) found.push(rest);
    candidatesOf(rest, (x) => found.push(x));
    for (const x of found) push(`${particle}${x}`);
  }
  return out;
}

/**
 * Finds the headword a Dutch inflected word stands for.
 * @param word a lowercased word the lexicon does not know
 * @param known tells whether a key is in the lexicon with a meaning
 * @returns the first known candidate, or undefined
 */
export function readDutchInflection(word: string, known: (key: string) => boolean): string | undefined {
  return dutchHeadwordCandidates(word).find(known);
}
