import { loadLexicon, projectTokens } from '../crosslingual/index.js';
import type { LanguageCode, Sentence } from '../text/types.js';

/** True when text of this language can be compared word by word with English text. */
export function hasSharedSpace(language: LanguageCode): boolean {
  return language === 'en' || language === 'und' || loadLexicon(language) !== undefined;
}

/**
 * Puts sentence stems into the space all documents are compared in: English stems. English
 * text is already there; foreign text is projected through its lexicon. A language with no
 * lexicon keeps its own stems, so only names, numbers and quotes (anchors) can match across
 * languages; the caller warns about it.
 */
export function toSharedSpace(sentences: readonly Sentence[], language: LanguageCode): readonly Sentence[] {
  if (language === 'en' || language === 'und') return sentences;
  const lexicon = loadLexicon(language);
  if (!lexicon) return sentences;
  return sentences.map((s) => ({ ...s, stems: projectTokens(s.tokens, language, lexicon) }));
}
