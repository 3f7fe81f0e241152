import { documentKeys, flattenKeys } from '../candidates/index.js';
import { detectUnsupportedLanguageOf, UNSUPPORTED_LANGUAGE_RANKING } from '../crosslingual/index.js';
import type { RawDocument } from '../ingest/types.js';
import type { PairDocument } from '../relate/index.js';
import { sketchText } from '../sketch/index.js';
import type { StoredDocument } from '../stores/store.js';
import { analyzeSentences, analyzeText, buildBoilerplateContext, collectLineKeys, DistinctStems, LANGUAGE_UNSURE_WARNING, normalizeText } from '../text/index.js';
import type { BoilerplateContext } from '../text/index.js';
import { toPairDocument, toStoredDocument } from './document-views.js';
import { foreignLexicon, hasSharedSpace, indexStems, sharedSpaceAnchors } from './shared-space.js';

/** A read document after the text and sketch stages: what is stored (with its index keys) and its verification view. */
export interface AnalyzedDocument {
  stored: StoredDocument;
  /** Absent when analysed in a worker thread: the view is rebuilt where pairs are verified. */
  view: PairDocument | undefined;
}

/**
 * The line counts that tell boilerplate from story text, over one batch of documents. A batch is
 * the unit of analysis: the same batch gives the same documents wherever it is analysed.
 */
export function batchBoilerplateContext(raws: readonly RawDocument[]): BoilerplateContext {
  return buildBoilerplateContext(raws.map((r) => ({ keys: collectLineKeys(normalizedTextOf(r)), site: r.site })));
}

// The context normalises every text of the batch; analysing it in the same thread reuses that
// (a worker keeps the documents it counted from \`count-lines\` to \`analyze\`, so it too
// normalises each text once).
const normalizedTexts = new WeakMap<RawDocument, { text: string; normalized: string }>();

function normalizedTextOf(raw: RawDocument): string {
  const normalized = normalizeText(raw.text);
  normalizedTexts.set(raw, { text: raw.text, normalized });
  return normalized;
}

/** The normalised text the batch context made of this very text, if it did. */
function knownNormalizedText(raw: RawDocument): string | undefined {
  const known = normalizedTexts.get(raw);
  return known !== undefined && known.text === raw.text ? known.normalized : undefined;
}

/**
 * Text stage, sketch and index keys of one document. Pure: the same document and context give
 * the same result in any process.
 */
export function analyzeDocument(raw: RawDocument, context: BoilerplateContext): AnalyzedDocument {
  // The sentences' distinct stems by number: the index keys then read only the chosen stems' strings.
  const distinct = new DistinctStems();
  const input: Parameters<typeof analyzeText>[0] = { text: raw.text, alsoRank: UNSUPPORTED_LANGUAGE_RANKING, normalizedText: knownNormalizedText(raw), distinctStems: distinct };
  if (raw.declaredLanguage !== undefined) input.declaredLanguage = raw.declaredLanguage;
  if (raw.site !== undefined) input.site = raw.site;
  if (raw.title !== undefined) input.title = raw.title;
  const analyzed = analyzeText(input, context);
  // Detection is restricted to languages we support, so Japanese reads as `und` and
  // Vietnamese as a Latin-script language we know: name them and compare by anchors only.
  // franc ranked them in the detection pass, over its prose-line sample.
  const unsupported = detectUnsupportedLanguageOf(analyzed.normalizedText, analyzed.languageScores);
  if (unsupported && analyzed.language !== 'und') {
    analyzed.language = 'und';
    // As verification will read it back from the store: split and stemmed as `und`.
    analyzed.sentences = analyzeSentences(analyzed.cleanText, 'und', distinct);
  }
  // The sketch scans the clean text itself (no string per word): 2× faster than hashing the
  // text stage's tokens, and near-duplicate detection needs no abbreviation or number rules.
  const sketch = sketchText(analyzed.cleanText);
  const stored = toStoredDocument(raw, analyzed, sketch.signature, []);
  const noLexicon = unsupported ?? (hasSharedSpace(analyzed.language) ? undefined : analyzed.language);
  if (noLexicon) {
    // A language we recognise but have no lexicon for is not "unsure": one warning says what it is.
    if (unsupported) stored.warnings = stored.warnings.filter((w) => w !== LANGUAGE_UNSURE_WARNING);
    stored.warnings.push(`no lexicon for language "${noLexicon}": matched across languages by names, numbers and quotes only`);
  }
  const view = toPairDocument(stored, analyzed.sentences);
  // Not the view's sentences: reading them would project every foreign sentence now (see toPairDocument).
  // Text with no lexicon is indexed under its own stems, which the collector holds, distinct.
  const ownStems = foreignLexicon(analyzed.language) === undefined ? distinct.numbered() : undefined;
  const keys = documentKeys(sketch, ownStems ?? indexStems(analyzed.sentences, analyzed.language), sharedSpaceAnchors(analyzed.sentences, analyzed.language));
  stored.keys = flattenKeys(keys);
  // The grouped keys are not kept: the store holds the flat list, and a worker thread would
  // copy them back to the main thread a second time.
  return { stored, view };
}
