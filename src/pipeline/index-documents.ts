import { documentKeys, flattenKeys, rankCandidates, type CandidateOptions } from '../candidates/index.js';
import type { RawDocument } from '../ingest/types.js';
import { verifyPair, type PairDocument } from '../relate/index.js';
import { sketchTokens } from '../sketch/index.js';
import type { Store, StoredDocument } from '../stores/store.js';
import { analyzeText, buildBoilerplateContext, collectLineKeys, normalizeText } from '../text/index.js';
import type { ProgressEvent } from '../types.js';
import { pairDocumentFromStore, toPairDocument, toStoredDocument } from './document-views.js';
import { hasSharedSpace, indexStems } from './shared-space.js';
import { detectUnsupportedLanguage } from '../crosslingual/index.js';

/** Documents written per store transaction. */
const WRITE_BATCH = 200;
/** Sketch keys (bands, fingerprints) shared by more documents than this are boilerplate, not evidence. */
const MAX_SKETCH_POSTINGS = 500;
/** Terms in more documents than this weigh almost nothing (low IDF): only their count is read. */
const MAX_TERM_POSTINGS = 200;

export interface IndexStepOptions {
  candidates?: CandidateOptions;
  onProgress?: (event: ProgressEvent) => void;
}

export interface IndexStepResult {
  added: string[];
  unchanged: string[];
  pairsVerified: number;
}

/**
 * Analyses, sketches and stores one chunk of read documents, then verifies each new document
 * against its candidates in the whole store. Documents already stored with the same content
 * are left alone; changed ones are replaced and their old pairs dropped.
 */
export async function indexChunk(raws: readonly RawDocument[], store: Store, options: IndexStepOptions = {}): Promise<IndexStepResult> {
  const progress = options.onProgress ?? (() => undefined);
  const existing = await store.getDocuments(raws.map((r) => r.id));
  const fresh = raws.filter((r) => existing.get(r.id)?.contentHash !== r.contentHash);
  const unchanged = raws.filter((r) => existing.get(r.id)?.contentHash === r.contentHash).map((r) => r.id);
  const changed = fresh.filter((r) => existing.has(r.id)).map((r) => r.id);
  if (changed.length > 0) await store.deleteDocuments(changed);

  const context = buildBoilerplateContext(fresh.map((r) => ({ keys: collectLineKeys(normalizeText(r.text)), site: r.site })));
  const views = new Map<string, PairDocument>();
  const stored: StoredDocument[] = [];
  const keysOf = new Map<string, ReturnType<typeof documentKeys>>();
  for (const [i, raw] of fresh.entries()) {
    const input: Parameters<typeof analyzeText>[0] = { text: raw.text };
    if (raw.declaredLanguage !== undefined) input.declaredLanguage = raw.declaredLanguage;
    if (raw.site !== undefined) input.site = raw.site;
    if (raw.title !== undefined) input.title = raw.title;
    const analyzed = analyzeText(input, context);
    // Detection is restricted to languages we support, so Japanese reads as `und` and
    // Vietnamese as a Latin-script language we know: name them and compare by anchors only.
    const unsupported = detectUnsupportedLanguage(analyzed.normalizedText);
    if (unsupported) analyzed.language = 'und';
    const sketch = sketchTokens(analyzed.sentences.flatMap((s) => s.tokens));
    const draft = toStoredDocument(raw, analyzed, sketch.signature, []);
    const noLexicon = unsupported ?? (hasSharedSpace(analyzed.language) ? undefined : analyzed.language);
    if (noLexicon) draft.warnings.push(`no lexicon for language "${noLexicon}": matched across languages by names, numbers and quotes only`);
    const view = toPairDocument(draft, analyzed.sentences);
    const keys = documentKeys(sketch, indexStems(analyzed.sentences, analyzed.language), view.sentences.flatMap((s) => s.anchors));
    draft.keys = flattenKeys(keys);
    keysOf.set(raw.id, keys);
    views.set(raw.id, view);
    stored.push(draft);
    progress({ stage: 'analyze', done: i + 1, total: fresh.length });
  }
  for (let i = 0; i < stored.length; i += WRITE_BATCH) {
    await store.putDocuments(stored.slice(i, i + WRITE_BATCH));
    progress({ stage: 'index', done: Math.min(i + WRITE_BATCH, stored.length), total: stored.length });
  }

  const pairs = await findPairs(stored, keysOf, store, options.candidates);
  const verified = [];
  let done = 0;
  for (const [a, b] of pairs) {
    const va = views.get(a) ?? (await loadView(store, a, views));
    const vb = views.get(b) ?? (await loadView(store, b, views));
    if (va && vb) verified.push(verifyPair(va, vb));
    if (verified.length >= WRITE_BATCH) await store.putPairs(verified.splice(0));
    progress({ stage: 'verify', done: ++done, total: pairs.length });
  }
  await store.putPairs(verified);
  return { added: fresh.map((r) => r.id), unchanged, pairsVerified: pairs.length };
}

async function loadView(store: Store, id: string, cache: Map<string, PairDocument>): Promise<PairDocument | undefined> {
  const doc = (await store.getDocuments([id])).get(id);
  if (!doc) return undefined;
  const view = pairDocumentFromStore(doc);
  cache.set(id, view);
  return view;
}

/** Candidate pairs of the new documents, each once, ordered (a < b), sorted. */
async function findPairs(
  docs: readonly StoredDocument[],
  keysOf: ReadonlyMap<string, ReturnType<typeof documentKeys>>,
  store: Store,
  options: CandidateOptions | undefined,
): Promise<[string, string][]> {
  const total = await store.countDocuments();
  const seen = new Set<string>();
  const out: [string, string][] = [];
  const add = (x: string, y: string): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    if (!seen.has(key) && a !== b) {
      seen.add(key);
      out.push([a, b]);
    }
  };
  const byHash = await store.findByHash([...new Set(docs.map((d) => d.contentHash))]);
  for (const ids of byHash.values()) for (const x of ids) for (const y of ids) add(x, y);
  for (const doc of docs) {
    const keys = keysOf.get(doc.id);
    if (!keys) continue;
    const postings = new Map([
      ...(await store.lookupKeys([...keys.bands, ...keys.fingerprints], MAX_SKETCH_POSTINGS)),
      ...(await store.lookupKeys(keys.terms, MAX_TERM_POSTINGS)),
    ]);
    for (const c of rankCandidates(doc.id, keys, postings, total, options)) add(doc.id, c.id);
  }
  return out.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}
