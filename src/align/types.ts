/** What the aligner needs of a sentence: its words, content stems and anchors. */
export interface AlignSentence {
  /** Lowercased word tokens in order, stop words included. */
  tokens: readonly string[];
  /** Content stems (in a shared space: English stems for projected foreign text). */
  stems: readonly string[];
  /** Names, numbers and quoted spans. */
  anchors: readonly string[];
  /** The sentence as written: read for quantities ("almost four weeks") when asked to. */
  text?: string;
}

/** A matched group of sentences: indexes into the source and target lists. */
export interface Bead {
  source: number[];
  target: number[];
  similarity: number;
}
