/** The parts of one dictionary article that the lexicon compiler uses. */
export interface ParsedEntry {
  /** Headword, lowercased, spaces collapsed; '' when it is not a usable word or phrase. */
  headword: string;
  /**
   * Every headword of the article: an Arabic headword line may list several, separated by the
   * Arabic comma (لادغ، شائك); elsewhere just the headword. Unusable pieces are left out.
   */
  headwords: string[];
  /** Translations in article order, each cleaned and lowercased, at most `maxWords` words. */
  translations: string[];
}

/** Longest key or translation kept, in words. */
export const MAX_PHRASE_WORDS = 3;

// A numbered sense line: "1. x, y", "I.  <N> 1.  x" (eng-pol), " 2.  [dom] x".
const NUMBERED_SENSE = /^\s*(?:[IVX]+\.\s+)?(?:<[^>]*>\s*)?\d+\.\s+(\S.*)$/;
// Lines that carry examples, cross references or notes rather than translations (Ding, eng-pol).
const NOT_A_TRANSLATION = /^\s*(?:"|see:|Synonyms?:|Note:|- |\d+\.\s*$)/;
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g;
// Translations are separated by commas and semicolons, Latin or Arabic (، ؛): eng-ara writes
// "State → الحالة، الدولة، يقرّ", three translations, which read as one phrase were lost.
const TRANSLATION_SEPARATORS = /[,;\u060C\u061B]/;
const ARABIC_SEPARATORS = /[\u060C\u061B]/;
// eng-ara glosses a name or a rare word after a spaced dash: "أديس أبابا - عاصمة أثيوبيا"
// (Addis Ababa - capital of Ethiopia). The translation is the part before it; whole, the piece
// is too long to keep and the name was lost.
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const SPACED_DASH = /\s+-\s+/;

function withoutGloss(piece: string): string {
  return ARABIC_LETTER.test(piece) ? (piece.split(SPACED_DASH)[0] ?? '') : piece;
}
// Word tokens the same way the text stage cuts them: letters/digits with inner ' or -.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Cuts a phrase into lowercased word tokens, the way running text is tokenised.
 * @param text a headword or translation
 * @returns the tokens, in order
 */
export function phraseWords(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().replace(/’/g, "'").match(WORD) ?? []);
}

/**
 * Cleans one translation or headword: drops bracketed notes, quotes and trailing
 * punctuation, and rejects pieces that read like sentences or abbreviations.
 * @param piece raw text between separators
 * @param maxWords longest phrase kept (default 3)
 * @returns the phrase as space-joined lowercased tokens, or '' when unusable
 */
export function cleanPhrase(piece: string, maxWords = MAX_PHRASE_WORDS): string {
  const text = piece.replace(BRACKETED, ' ').replace(/\s+\d+\.\s*$/, '').trim().replace(/[.!?:]+$/, '');
  if (text === '' || /[.…/=+&|~]/.test(text)) return '';
  const words = phraseWords(text);
  if (words.length === 0 || words.length > maxWords) return '';
  return words.join(' ');
}

function splitTranslations(line: string, maxWords: number): string[] {
  // Separators inside brackets must not split, so remove the brackets first.
  return line
    .replace(BRACKETED, ' ')
    .split(TRANSLATION_SEPARATORS)
    .map((piece) => cleanPhrase(withoutGloss(piece), maxWords))
    .filter((phrase) => phrase !== '');
}

/**
 * Parses a dictd article rendered from FreeDict TEI (WikDict, Ding, classic FreeDict):
 * headword line with `/pron/` and `<pos>`, then either numbered senses or one
 * translation line, each sense possibly followed by a definition (gloss) line that is skipped.
 * @param body the article text
 * @param maxWords longest phrase kept (default 3)
 * @returns headword and translations in order of appearance, duplicates removed
 */
export function parseEntry(body: string, maxWords = MAX_PHRASE_WORDS): ParsedEntry {
  const lines = body.split('\n');
  const headLine = lines[0] ?? '';
  const rawHead = headLine.split(/\s+[/<]/)[0] ?? '';
  const headword = cleanPhrase(rawHead, maxWords);
  const headwords = ARABIC_SEPARATORS.test(rawHead)
    ? [...new Set(rawHead.split(ARABIC_SEPARATORS).map((piece) => cleanPhrase(piece, maxWords)).filter((piece) => piece !== ''))]
    : headword === '' ? [] : [headword];
  const translationLines: string[] = [];
  for (const line of lines.slice(1)) {
    const numbered = NUMBERED_SENSE.exec(line);
    if (numbered?.[1] !== undefined) translationLines.push(numbered[1]);
  }
  if (translationLines.length === 0) {
    // Unnumbered articles have one translation line, right after the headword.
    const first = lines.slice(1).find((line) => line.trim() !== '');
    if (first !== undefined && !NOT_A_TRANSLATION.test(first)) translationLines.push(first);
  }
  const translations = [...new Set(translationLines.flatMap((line) => splitTranslations(line, maxWords)))];
  return { headword, headwords, translations };
}
