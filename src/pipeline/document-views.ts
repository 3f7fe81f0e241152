import type { RawDocument } from '../ingest/types.js';
import type { PairDocument } from '../relate/pair-document.js';
import type { StoredDocument } from '../stores/store.js';
import { analyzeSentences } from '../text/index.js';
import type { AnalyzedText, Sentence } from '../text/types.js';
import type { DocumentSummary } from '../types.js';
import { toSharedSpace } from './shared-space.js';

/** The stored form of a read and analysed document. */
export function toStoredDocument(raw: RawDocument, analyzed: AnalyzedText, signature: Uint32Array, keys: string[]): StoredDocument {
  const doc: StoredDocument = {
    id: raw.id,
    contentHash: raw.contentHash,
    format: raw.format,
    language: analyzed.language,
    text: raw.text,
    cleanText: analyzed.cleanText,
    boilerplate: analyzed.boilerplate,
    warnings: [...raw.warnings, ...analyzed.warnings],
    signature,
    keys,
  };
  if (raw.title !== undefined) doc.title = raw.title;
  if (raw.url !== undefined) doc.url = raw.url;
  if (raw.date !== undefined) doc.date = raw.date;
  if (raw.site !== undefined) doc.site = raw.site;
  return doc;
}

/**
 * The verification view of a document whose sentences are known. Foreign sentences are put in
 * the shared space (projected through the lexicon) when the view's sentences are first read:
 * only documents that get candidates are verified, and projecting every sentence of every
 * foreign document at index time was a quarter of its text stage. The same sentences come
 * back on every read.
 */
export function toPairDocument(doc: StoredDocument, sentences: readonly Sentence[]): PairDocument {
  const language = doc.language;
  let own: readonly Sentence[] | undefined = sentences;
  let shared: readonly Sentence[] | undefined;
  return {
    id: doc.id,
    language,
    contentHash: doc.contentHash,
    date: doc.date,
    site: doc.site,
    url: doc.url,
    text: doc.cleanText,
    get sentences(): readonly Sentence[] {
      if (shared === undefined) {
        shared = toSharedSpace(own ?? [], language);
        own = undefined;
      }
      return shared;
    },
    boilerplateLines: doc.boilerplate.length,
  };
}

/** The verification view of a stored document: its clean text is split again (deterministic). */
export function pairDocumentFromStore(doc: StoredDocument): PairDocument {
  return toPairDocument(doc, analyzeSentences(doc.cleanText, doc.language));
}

/** The document as the analysis result reports it. */
export function toSummary(doc: StoredDocument): DocumentSummary {
  return {
    id: doc.id,
    language: doc.language,
    title: doc.title ?? null,
    date: doc.date ?? null,
    site: doc.site ?? null,
    url: doc.url ?? null,
    contentHash: doc.contentHash,
    boilerplate: doc.boilerplate.map((b) => b.text),
    warnings: doc.warnings,
  };
}
