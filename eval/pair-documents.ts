import { buildDocument, resolveIngestOptions, type RawDocument } from '../src/ingest/index.js';
import { toPairDocument, toStoredDocument } from '../src/pipeline/document-views.js';
import type { PairDocument } from '../src/relate/index.js';
import { analyzeText, buildBoilerplateContext, collectLineKeys, normalizeText } from '../src/text/index.js';
import type { AnalyzedText } from '../src/text/types.js';

/** A text to evaluate: an id, its text and optionally what the input declares about it. */
export interface EvalText {
  id: string;
  text: string;
  declaredLanguage?: string;
  title?: string;
}

/** A text as the pipeline sees it: the verification view and the analysis behind it (for offsets). */
export interface EvalDocument {
  raw: RawDocument;
  analyzed: AnalyzedText;
  view: PairDocument;
}

/**
 * Builds verification views of a batch of texts the way the pipeline's indexing step does
 * (buildDocument → analyzeText with a boilerplate context over the batch → toStoredDocument →
 * toPairDocument), so the evaluation measures the code the CLI runs.
 * @param texts the batch; boilerplate lines are counted across it, as in one indexing run
 * @returns documents by id; texts that are empty are left out and named in `warnings`
 */
export function buildEvalDocuments(texts: readonly EvalText[]): { documents: Map<string, EvalDocument>; warnings: string[] } {
  const options = resolveIngestOptions();
  const raws: RawDocument[] = [];
  const warnings: string[] = [];
  for (const t of texts) {
    const item = buildDocument({ id: t.id, text: t.text, format: 'txt', declaredLanguage: t.declaredLanguage, title: t.title }, options);
    if (item.kind === 'document') raws.push(item.document);
    else warnings.push(`${item.warning.document}: ${item.warning.message}`);
  }
  const context = buildBoilerplateContext(raws.map((r) => ({ keys: collectLineKeys(normalizeText(r.text)), site: r.site })));
  const documents = new Map<string, EvalDocument>();
  for (const raw of raws) {
    const analyzed = analyzeText({ text: raw.text, declaredLanguage: raw.declaredLanguage, site: raw.site, title: raw.title }, context);
    const view = toPairDocument(toStoredDocument(raw, analyzed, new Uint32Array(0), []), analyzed.sentences);
    documents.set(raw.id, { raw, analyzed, view });
  }
  return { documents, warnings };
}
