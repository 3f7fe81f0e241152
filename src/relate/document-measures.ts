import { quantitiesOfText, type Quantity } from '../align/index.js';
import { distinctSorted, shingleHashes } from '../sketch/index.js';
import { dominantScript, type Script } from './dominant-script.js';
import { findAttributions, type Attribution } from './attribution.js';
import { findMtArtefacts } from './mt-artefacts.js';
import type { PairDocument } from './pair-document.js';

/** Words a quote needs to count as a reused quote. */
const QUOTE_MIN_WORDS = 5;

/**
 * What pair measurement reads of one document whatever it is paired with. A document is
 * verified against many candidates; these were measured again for every pair.
 */
export interface DocumentMeasures {
  /** Distinct sorted word 5-gram shingle hashes of all its tokens. */
  shingles: Uint32Array;
  /** Quotes of {@link QUOTE_MIN_WORDS}+ words (without the `q:` prefix). */
  quotes: ReadonlySet<string>;
  /** Anchors that are not quotes. */
  nonQuoteAnchors: ReadonlySet<string>;
  /** Event numbers: not years, not below 10. */
  eventNumbers: ReadonlySet<string>;
  /** Stem → 1 + log(count), for the document cosine. */
  stemWeights: ReadonlyMap<string, number>;
  attributions: readonly Attribution[];
  /** MT artefacts, computed when first asked for (same-language pairs only). */
  artefacts(): string[];
  /** Distinct quantities in reading order, one per distinct interval (English pairs only; when first asked for). */
  quantities(): readonly Quantity[];
  /** Each sentence's quantities (English pairs only; when first asked for). */
  sentenceQuantities(): readonly (readonly Quantity[])[];
  /** The script most of its letters are in (pairs with an undetermined language only; when first asked for). */
  script(): Script;
}

// Keyed by the sentence list, which fixes all but the text-based measures; the text is checked
// too. Views are shared by every pair they are in and never changed (see ViewCache).
const cache = new WeakMap<PairDocument['sentences'], { text: string; measures: DocumentMeasures }>();

/** The {@link DocumentMeasures} of a document, computed once per view. */
export function measuresOf(d: PairDocument): DocumentMeasures {
  const hit = cache.get(d.sentences);
  if (hit !== undefined && hit.text === d.text) return hit.measures;
  const measures = measureDocument(d);
  cache.set(d.sentences, { text: d.text, measures });
  return measures;
}

function measureDocument(d: PairDocument): DocumentMeasures {
  let artefacts: string[] | undefined;
  let quantities: Quantity[] | undefined;
  let bySentence: (readonly Quantity[])[] | undefined;
  const sentenceQuantities = (): (readonly Quantity[])[] => (bySentence ??= d.sentences.map((s) => quantitiesOfText(s.text)));
  let script: Script | undefined;
  return {
    shingles: distinctSorted(shingleHashes(d.sentences.flatMap((s) => s.tokens))),
    quotes: quotesOf(d),
    nonQuoteAnchors: new Set(d.sentences.flatMap((s) => s.anchors.filter((a) => !a.startsWith('q:')))),
    eventNumbers: eventNumbers(d),
    stemWeights: stemWeights(d),
    attributions: findAttributions(d.text),
    // A copy each time: callers own the list they get (it goes into the pair's evidence).
    artefacts: () => [...(artefacts ??= findMtArtefacts(d.text, d.sentences))],
    quantities: () => (quantities ??= distinctQuantities(sentenceQuantities())),
    sentenceQuantities,
    script: () => (script ??= dominantScript(d.sentences)),
  };
}

/** Distinct quantities in reading order, one per distinct interval. */
export function distinctQuantities(lists: readonly (readonly Quantity[])[]): Quantity[] {
  const seen = new Set<string>();
  const out: Quantity[] = [];
  for (const list of lists) {
    for (const q of list) {
      const key = `${q.dimension}:${q.low}:${q.high}`;
      if (!seen.has(key)) { seen.add(key); out.push(q); }
    }
  }
  return out;
}

function stemWeights(d: PairDocument): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of d.sentences) for (const t of s.stems) m.set(t, (m.get(t) ?? 0) + 1);
  for (const [k, v] of m) m.set(k, 1 + Math.log(v));
  return m;
}

function quotesOf(d: PairDocument): Set<string> {
  const out = new Set<string>();
  for (const s of d.sentences) for (const a of s.anchors) if (a.startsWith('q:') && a.split(/\s+/).length >= QUOTE_MIN_WORDS) out.add(a.slice(2));
  return out;
}

/** Numbers that identify an event: counts, amounts, casualties; not years, not small counts. */
function eventNumbers(d: PairDocument): Set<string> {
  const out = new Set<string>();
  for (const s of d.sentences) {
    for (const a of s.anchors) {
      const m = /^\d[\d.]*/.exec(a);
      if (!m) continue;
      const value = Number(m[0]);
      if (!Number.isFinite(value) || value < 10 || (Number.isInteger(value) && value >= 1900 && value <= 2100)) continue;
      out.add(m[0]);
    }
  }
  return out;
}
