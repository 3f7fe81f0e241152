// The text stage: from a document's raw text to cleaned, sentence-split, tokenised and
// stemmed text with anchors. analyzeText is the stage's main function.
export { analyzeText, analyzeSentences, cleanToNormalizedOffset, LANGUAGE_UNSURE_WARNING, type AnalyzeTextInput } from './analyze-text.js';
export { normalizeText } from './normalize.js';
export { splitSentences, MAX_SENTENCE_LENGTH, type SentenceSpan } from './split-sentences.js';
export { classifyAbbreviation, type AbbreviationKind } from './abbreviations.js';
export { tokenize, type Token } from './tokenize.js';
export { stopwordsFor, wideStopwordsFor, isStopword, isWideStopword } from './stopwords.js';
export { stemmerFor, stemMemoFor, type Stemmer } from './stem.js';
export { DistinctStems, StemMemo, type NumberedStems } from './stem-memo.js';
export {
  detectLanguage, rankLanguages, parseDeclaredLanguage, SUPPORTED_LANGUAGES,
  FRANC_WINDOW, type DetectedLanguage, type LanguageScores, type RankedLanguage,
} from './detect-language.js';
export { extractAnchors, extractQuotes, normalizeNumber, type QuoteSpan } from './anchors.js';
export {
  lineKey, collectLineKeys, buildBoilerplateContext, mergeBoilerplateContexts,
  type BoilerplateContext, type LineKeysOfDocument,
} from './boilerplate-context.js';
export { removeBoilerplate, repeatedLinesOf, type BoilerplateOptions, type BoilerplateResult } from './boilerplate.js';
export { lineShape, type LineShape } from './line-shape.js';
export type { AnalyzedText, BoilerplateLine, KeptSpan, LanguageCode, Sentence } from './types.js';
