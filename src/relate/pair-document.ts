import type { LanguageCode, Sentence } from '../text/types.js';

/** What verification needs of a document. */
export interface PairDocument {
  id: string;
  language: LanguageCode;
  contentHash: string;
  date?: string | undefined;
  site?: string | undefined;
  url?: string | undefined;
  /** Cleaned text (boilerplate removed); sentence offsets point into it. */
  text: string;
  /**
   * Sentences. For verification across languages their `stems` must be in one shared space
   * (English stems, after projection of foreign text).
   */
  sentences: readonly Sentence[];
  /** Number of boilerplate lines removed from the page (a content-farm wrapper has many). */
  boilerplateLines: number;
}
