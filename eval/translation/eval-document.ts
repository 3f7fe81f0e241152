import { documentKeys, type DocumentKeys } from '../../src/candidates/index.js';
import { INDEX_KEY_STEMS_PER_WORD, loadLexicon, projectTokens } from '../../src/crosslingual/index.js';
import { toSharedSpace } from '../../src/pipeline/shared-space.js';
import type { PairDocument } from '../../src/relate/index.js';
import { sketchText } from '../../src/sketch/index.js';
import { analyzeSentences } from '../../src/text/index.js';
import type { LanguageCode } from '../../src/text/types.js';

/** A text prepared the way the pipeline prepares a document: its verification view and index keys. */
export interface EvalDocument {
  view: PairDocument;
  /** Index keys from the first reading of each foreign word ({@link INDEX_KEY_STEMS_PER_WORD}). */
  keys: DocumentKeys;
  /** Index keys from the verification stems (all readings): the comparison for keeping one reading in keys. */
  pipelineKeys: DocumentKeys;
  /** Word tokens (for length filters). */
  words: number;
}

/**
 * Prepares a text as the pipeline does after boilerplate removal: sentences, English
 * shared space (foreign text projected through its lexicon), index keys.
 * @param id document id
 * @param text clean text, paragraphs separated by blank lines
 * @param language the text's language (given, not detected: the data says it)
 * @returns the document
 */
export function toEvalDocument(id: string, text: string, language: LanguageCode): EvalDocument {
  const sentences = analyzeSentences(text, language);
  const shared = toSharedSpace(sentences, language);
  const view: PairDocument = { id, language, contentHash: id, text, sentences: shared, boilerplateLines: 0 };
  const sketch = sketchText(text);
  const anchors = shared.flatMap((s) => s.anchors);
  const pipelineKeys = documentKeys(sketch, shared.flatMap((s) => s.stems), anchors);
  const lexicon = language === 'en' ? undefined : loadLexicon(language);
  const keyStems = lexicon ? sentences.flatMap((s) => projectTokens(s.tokens, language, lexicon, { maxStemsPerWord: INDEX_KEY_STEMS_PER_WORD })) : shared.flatMap((s) => s.stems);
  const keys = documentKeys(sketch, keyStems, anchors);
  return { view, keys, pipelineKeys, words: sentences.reduce((n, s) => n + s.tokens.length, 0) };
}

/** Sentences of a document made of the given sentence texts (one paragraph each), for alignment tests. */
export function sentenceDocument(id: string, sentences: readonly string[], language: LanguageCode): PairDocument {
  return toEvalDocument(id, sentences.join('\n\n'), language).view;
}
