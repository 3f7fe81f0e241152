// Dictionaries write stress marks (Russian до́м) and vowel signs (Arabic بَيْت) that running
// text leaves out, so both the lexicon keys and the text go through the same folding.
const RUSSIAN_STRESS_MARKS = /[\u0300\u0301]/g;
const PLAIN = /^[a-z0-9'.,-]*$/;
const ARABIC_VOWEL_SIGNS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * Folds a foreign word or phrase to the form lexicon keys are stored in: NFC, lowercase,
 * curly apostrophes straightened; Russian: stress marks removed and ё → е; Arabic: vowel
 * signs and tatweel removed. Accented Latin letters are kept (é is a different letter in fr).
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
  return folded;
}
