// Arabic writes conjunctions (و "and", ف "so"), prepositions (ب "with", ك "like", ل "for")
// and the article ال as part of the next word, so والحريات ("and the freedoms") is not a
// dictionary key while الحريات is. Dictionaries list nouns both with and without ال. Which
// reading is right is decided by the dictionary, as for Indonesian affixes.

const MIN_STEM_LETTERS = 2;
/** Proclitics, longest first: conjunction, then preposition, then article. */
const PROCLITICS = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];
/** Person and number endings of verbs (they -ون, the two -ان, you f. -ين, they (past) -وا), longest first. */
const VERB_SUFFIXES = ['ون', 'ان', 'ين', 'وا'];
/** Person prefixes of the imperfect other than ي (she/you ت, we ن, I ا/أ): dictionaries list verbs with ي. */
const IMPERFECT_PREFIXES = ['ت', 'ن', 'أ', 'ا'];
const MIN_VERB_LETTERS = 4;
/** Person endings of the past tense (they وا, the two تا, you (pl.) تم, she/you ت), longest first. */
const PAST_SUFFIXES = ['وا', 'تا', 'تم', 'ت'];
/** Imperfect person prefixes taken off to reach a past-tense headword (he ي, she/you ت, we ن). */
const PAST_PERSON_PREFIXES = ['ي', 'ت', 'ن'];
/** The future particle, written onto the imperfect verb, and the person prefixes it can precede. */
const FUTURE = 'س';
const PERSON_PREFIXES = ['ي', ...IMPERFECT_PREFIXES];
/** Attached pronouns, longest first (هم "their", ها "her", ه "his" …). */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك', 'ي'];
/**
 * Noun and adjective endings and what the dictionary form ends in instead, longest first:
 * feminine plural ات (حافلات → حافلة), feminine dual تان/تين, masculine plural ون/ين and dual ان,
 * the feminine ة of an adjective (متساوية → متساوي) and the accusative alef of an indefinite noun
 * or adverb (يوما, علنيا). Only tried when the shorter form is a dictionary key.
 */
const NOUN_SUFFIXES: readonly (readonly [string, string])[] = [['تان', 'ة'], ['تين', 'ة'], ['ات', 'ة'], ['ات', ''], ['ون', ''], ['ين', ''], ['ان', ''], ['ة', ''], ['ا', '']];
const MIN_NOUN_STEM_LETTERS = 3;

/**
 * Readings of an Arabic word with its clitics removed, most likely first: proclitics alone,
 * then with the article restored (لل → ال), then attached pronouns removed as well (a final
 * ت restored to ة, as before a pronoun), then noun and adjective endings off (plural, dual,
 * feminine, accusative alef: حافلات → حافلة, علنيا → علني), then verb person affixes read as the dictionary's
 * third person imperfect (تدفع → يدفع, يحاولون → يحاول), also after the future particle
 * (وستغلق → يغلق).
 * @param word a folded Arabic word (see normalizeForeign)
 * @returns candidate keys, without the word itself, distinct
 */
export function arabicCliticCandidates(word: string): string[] {
  const { out, bases, push } = cliticForms(word);
  for (const base of bases) {
    for (const [suffix, replacement] of NOUN_SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= MIN_NOUN_STEM_LETTERS) push(base.slice(0, -suffix.length) + replacement);
    }
  }
  // Verbs last (the rarest reading): the dictionary form is the third person imperfect يفعل,
  // so تدفع "she pays" → يدفع, and يحاولون "they try" → يحاول.
  // The future particle س sits before the person prefix (ستغلق "she will close", سيغلق).
  for (const base of [...bases]) {
    if (!base.startsWith(FUTURE) || !PERSON_PREFIXES.includes(base.charAt(1)) || base.length - 1 < MIN_VERB_LETTERS) continue;
    const verb = base.slice(1);
    bases.push(verb);
    if (verb.startsWith('ي')) push(verb);
  }
  for (const base of bases) {
    const stems = [base, ...VERB_SUFFIXES.filter((x) => base.endsWith(x) && base.length - x.length >= MIN_VERB_LETTERS - 1).map((x) => base.slice(0, -x.length))];
    for (const stem of stems) {
      if (stem.length < MIN_VERB_LETTERS - 1) continue;
      if (stem !== base && stem.startsWith('ي')) push(stem);
      const prefix = IMPERFECT_PREFIXES.find((x) => stem.startsWith(x));
      if (prefix !== undefined && stem.length >= MIN_VERB_LETTERS) push(`ي${stem.slice(prefix.length)}`);
    }
  }
  // FreeDict lists many verbs in the past tense instead (طوّر "develop", أكّد "assert"): the
  // imperfect without its person prefix (يطور → طور, يتعهد → تعهد), with the alef of forms
  // IV, VII, VIII and X put back (يستخدم → استخدم, يرسل → أرسل); and the past without its
  // person ending (أكدت "she asserted" → أكد, قالوا "they said" → قال).
  for (const base of bases) {
    for (const suffix of PAST_SUFFIXES) {
      if (base.endsWith(suffix) && base.length - suffix.length >= MIN_VERB_LETTERS - 1) push(base.slice(0, -suffix.length));
    }
    const stems = [base, ...VERB_SUFFIXES.filter((x) => base.endsWith(x)).map((x) => base.slice(0, -x.length))];
    for (const stem of stems) {
      if (stem.length < MIN_VERB_LETTERS || !PAST_PERSON_PREFIXES.includes(stem.charAt(0))) continue;
      for (const form of pastForms(stem.slice(1))) push(form);
    }
  }
  return out;
}

/**
 * Past-tense headwords an imperfect stem (person prefix off) may stand for, by the shapes of the
 * verb forms written without vowels: فعل فعّل فاعل تفعّل تفاعل as they are (3–5 letters), أفعل
 * (form IV) from a three-letter stem, انفعل افتعل (VII, VIII) from four letters of their shape and استفعل (X)
 * from five beginning ست. A noun that merely starts like an imperfect (تكاليف "costs") then does
 * not turn into an unrelated headword (أكاليف "acalephs").
 */
function pastForms(stem: string): string[] {
  const forms: string[] = [];
  if (stem.length >= 3 && stem.length <= 5) forms.push(stem);
  // VII is ان + root, VIII root + ت (ط د after some letters) + root: يلمار (كيلمار "Kelmar" less
  // its ك) is neither, and ا + لمار would read as the article on مار.
  const seventhOrEighth = stem.length === 4 && (stem.startsWith('ن') || 'تطد'.includes(stem.charAt(1)));
  if (seventhOrEighth || (stem.length === 5 && stem.startsWith('ست'))) forms.push(`ا${stem}`);
  if (stem.length === 3) forms.push(`أ${stem}`);
  return forms;
}

/** The word's readings with proclitics and attached pronouns removed, and the bases verbs and endings are tried on. */
function cliticForms(word: string): { out: string[]; bases: string[]; push: (x: string) => void } {
  const out: string[] = [];
  const push = (x: string): void => {
    if (x.length >= MIN_STEM_LETTERS && x !== word && !out.includes(x)) out.push(x);
  };
  const bases = [word];
  for (const p of PROCLITICS) {
    if (!word.startsWith(p) || word.length - p.length < MIN_STEM_LETTERS) continue;
    const rest = word.slice(p.length);
    bases.push(rest);
    push(rest);
    // With the article put back (بكتاب → الكتاب; لل "for the" → ال).
    push(`ال${rest}`);
  }
  for (const base of bases) {
    for (const e of ENCLITICS) {
      if (!base.endsWith(e) || base.length - e.length < MIN_STEM_LETTERS) continue;
      const rest = base.slice(0, -e.length);
      push(rest);
      if (rest.endsWith('ت')) push(`${rest.slice(0, -1)}ة`);
    }
  }
  return { out, bases, push };
}

/**
 * True when the word is a function word with clitics on it (ولما "and when", وإلى "and to", أنه
 * "that he", لهذه "for this"): a proclitic or attached pronoun off leaves a stop word. Read as
 * content words they met the dictionary through their clitics (وإلى → "followup-to", لهذه →
 * "ergo") and put noise into every Arabic document's keys.
 * @param word a folded Arabic word
 * @param stopWords the language's stop words
 */
export function isArabicFunctionWord(word: string, stopWords: ReadonlySet<string>): boolean {
  return cliticForms(word).out.some((form) => stopWords.has(form));
}

/**
 * Finds the dictionary key an Arabic word stands for once its clitics are removed.
 * @param word a folded Arabic word
 * @param known tells whether a key is in the lexicon with a meaning
 * @returns the first known candidate, or undefined
 */
export function stripArabicClitics(word: string, known: (key: string) => boolean): string | undefined {
  return arabicCliticCandidates(word).find(known);
}
