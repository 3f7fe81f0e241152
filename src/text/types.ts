/** Languages storytrace knows (ISO 639-1); `und` when unsure. */
export type LanguageCode =
  | 'en' | 'id' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'pl' | 'it' | 'ru' | 'ar' | 'tr'
  | 'und';

/** A sentence of the cleaned text, with its place in it. */
export interface Sentence {
  /** Position among the document's sentences, from 0. */
  index: number;
  /** The sentence as it reads in the cleaned text. */
  text: string;
  /** Character offsets in the cleaned text: `cleanText.slice(start, end) === text`. */
  start: number;
  end: number;
  /** Paragraph number (from 0) the sentence belongs to. */
  paragraph: number;
  /** Lowercased word tokens, stop words included, in order. */
  tokens: string[];
  /** Snowball stems of the content tokens (stop words dropped), in order. */
  stems: string[];
  /** Anchors: names (capitalised tokens not at sentence start, lowercased), numbers, quoted spans. */
  anchors: string[];
}

/** A line removed as boilerplate, kept so evidence can show it. */
export interface BoilerplateLine {
  text: string;
  /** Character offsets in the normalised raw text. */
  start: number;
  end: number;
  /** Why it was taken for boilerplate: repeated across documents, or a short non-sentence line at an edge or between paragraphs. */
  reason: 'repeated' | 'non-sentence';
}

/** A document after the text stage. */
export interface AnalyzedText {
  language: LanguageCode;
  /** Normalised text before boilerplate removal. */
  normalizedText: string;
  /** Text with boilerplate lines removed; sentence offsets refer to it. */
  cleanText: string;
  boilerplate: BoilerplateLine[];
  sentences: Sentence[];
  warnings: string[];
  /** The headline line recognised at the top of the text (it stays in cleanText). */
  title?: string;
  /** Offset map from cleanText back to normalizedText, one entry per kept line, in order. */
  keptSpans?: KeptSpan[];
  /**
   * franc's ranking of the language sample over the supported languages and
   * `AnalyzeTextInput.alsoRank` (of its first-pass pieces when they decided, which they do
   * only with a supported language first); present only when other languages were asked for.
   */
  languageScores?: readonly (readonly [string, number])[];
}

/** A kept line's place in the clean text and in the normalised text (same length in both). */
export interface KeptSpan {
  cleanStart: number;
  normalizedStart: number;
  length: number;
}
