// Dictionaries write stress marks (Russian до́м) and vowel signs (Arabic بَيْت) that running
// text leaves out, so both the lexicon keys and the text go through the same folding.
const RUSSIAN_STRESS_MARKS = /[\u0300\u0301]/g;
const PLAIN = /^[a-z0-9'.,-]*$/;
const ARABIC_VOWEL_SIGNS = /[\u064B-\u065F\u0670\u0640]/g;
// Hamza on or under alef, madda and wasla are written or left out at will (اخرى / أخرى in one
// dictionary), and final ى stands for ي in Egyptian spelling (فى / في). Ta marbuta ة is kept:
// as ه it would look like the pronoun suffix that clitic stripping removes.
const ARABIC_ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ARABIC_ALEF_MAQSURA = /\u0649/g;
// Dutch dictionaries write the digraph ij as the ligature ĳ (vrĳheid); running text does not.
const DUTCH_IJ_LIGATURE = /\u0133/g;

/**
 * Folds a foreign word or phrase to the form lexicon keys are stored in: NFC, lowercase,
 * curly apostrophes straightened; Russian: stress marks removed and ё → е; Arabic: vowel
 * signs and tatweel removed; Dutch: the ligature ĳ spelt ij.
 * Accented Latin letters are kept (é is a different letter in fr).
 * @param text a word or space-joined phrase
 * @param lang ISO 639-1 code of the text
 * @returns the folded text
 */
export function normalizeForeign(text: string, lang: string): string {
  // Most running words are already folded (lowercase ASCII from the tokenizer): skip the
  // NFC, lowercase and replace passes, which cost more than the lexicon lookup itself.
  if (PLAIN.test(text)) return text;
  let folded = text.normalize('NFC').toLowerCase().replace(/’/g, "'");
  if (lang === 'ru') folded = folded.normalize('NFD').replace(RUSSIAN_STRESS_MARKS, '').normalize('NFC').replace(/ё/g, 'е');
  if (lang === 'ar') folded = folded.replace(ARABIC_VOWEL_SIGNS, '');
  else if (lang === 'nl') folded = folded.replace(DUTCH_IJ_LIGATURE, 'ij');
  return folded;
}

/** True when {@link foldSpelling} can change words of the language. */
export function hasSpellingVariants(lang: string): boolean {
  return lang === 'ar';
}

/**
 * Folds spelling variants that a dictionary and running text may each write their own way,
 * for a second-chance lookup after the exact key failed: Arabic alef forms (أ إ آ ٱ → ا) and
 * alef maqsura (ى → ي), as Arabic retrieval folds them. Not part of {@link normalizeForeign}:
 * on the UDHR training half, folding every key and word merged distinct entries (one alef form
 * per sense) and cost more than it gained; as a fallback it only reads words otherwise unknown.
 * @param word a word folded by normalizeForeign
 * @param lang ISO 639-1 code
 * @returns the folded spelling (the word itself for other languages)
 */
export function foldSpelling(word: string, lang: string): string {
  if (lang !== 'ar') return word;
  return word.replace(ARABIC_ALEF_FORMS, '\u0627').replace(ARABIC_ALEF_MAQSURA, '\u064a');
}
