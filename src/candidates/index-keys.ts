import { hex32 } from '../sketch/index.js';
import type { DocumentSketch } from '../sketch/index.js';
import type { NumberedStems } from '../text/index.js';
import { chooseRankedStems, chooseStems, selectAnchors, stemRank, TERM_SELECTION, type TermSelection } from './select-terms.js';
import { sortKeys } from './sort-keys.js';

/** Key prefixes of the four retrieval paths; all live in the store's one key index. */
export const KEY_PREFIX = Object.freeze({ band: 'b', fingerprint: 'f:', term: 't:', anchor: 'a:' });

/** Index keys grouped by retrieval path. */
export interface DocumentKeys {
  bands: string[];
  fingerprints: string[];
  /** A hash-sampled share of the content stems (English stems for projected foreign text) and anchors (names, numbers, quotes), sorted. */
  terms: string[];
}

/**
 * The index keys of a document: LSH bands (copies), winnowed fingerprints (containment) and
 * a bounded, hash-sampled selection of its distinct stems and anchors (rewrites, derivatives,
 * translations). Every stem key of every document used to be indexed: ≈ 300 keys per news
 * article, each read back with up to 200 postings on every lookup, so the term path was most
 * of the lookup cost and of the index, and grew with document length.
 * @param stems content stems in a shared space, or the distinct ones by number in their stem memo
 * @param anchors names, numbers and quoted spans
 * @param selection which stems and anchors become keys (default: the index's {@link TERM_SELECTION})
 */
export function documentKeys(
  sketch: DocumentSketch,
  stems: Iterable<string> | NumberedStems,
  anchors: Iterable<string>,
  selection: Readonly<TermSelection> = TERM_SELECTION,
): DocumentKeys {
  // Sorted in two parts: every anchor key ("a:") sorts before every term key ("t:"), and term
  // keys sort as their stems do, so the chosen stems are sorted unprefixed and not by rank first.
  const anchorKeys: string[] = [];
  for (const a of new Set(anchors)) anchorKeys.push(KEY_PREFIX.anchor + a);
  const terms = sortKeys(selectAnchors(anchorKeys, selection), KEY_PREFIX.anchor.length);
  const chosen = 'memo' in stems ? chooseNumberedStems(stems, selection) : chooseDistinctStems(stems, selection);
  for (const s of sortKeys(chosen)) terms.push(KEY_PREFIX.term + s);
  return {
    bands: sketch.bandKeys,
    fingerprints: Array.from(sketch.fingerprints, (f) => KEY_PREFIX.fingerprint + hex32(f)),
    terms,
  };
}

// Distinct values first, and a prefixed string only for each chosen stem: a text repeats its
// stems many times, and about half of the distinct ones are indexed.
function chooseDistinctStems(stems: Iterable<string>, selection: Readonly<TermSelection>): string[] {
  const distinctStems = new Set<string>();
  for (const s of stems) if (s.length > 1) distinctStems.add(s);
  return chooseStems([...distinctStems], selection, KEY_PREFIX.term);
}

/**
 * The same choice from stems known by number: each stem's rank is computed once and kept in its
 * memo's slot (-1 for a stem too short to index), so only the chosen stems' strings are read.
 * On a large vocabulary reading every stem's string was a cache miss each, ≈ 5 % of the stage.
 */
function chooseNumberedStems({ ids, memo }: NumberedStems, selection: Readonly<TermSelection>): string[] {
  const slots = memo.slots;
  const ranks = new Float64Array(ids.length);
  const kept: number[] = [];
  for (const id of ids) {
    let rank = slots[id] ?? Number.NaN;
    if (Number.isNaN(rank)) {
      const stem = memo.stemOf(id);
      rank = stem.length > 1 ? stemRank(stem, KEY_PREFIX.term) : -1;
      slots[id] = rank;
    }
    if (rank < 0) continue;
    ranks[kept.length] = rank;
    kept.push(id);
  }
  return chooseRankedStems(kept.length, ranks, (i) => memo.stemOf(kept[i] ?? -1), selection);
}

/** All keys of a document in one sorted list, as the store keeps them. */
export function flattenKeys(keys: DocumentKeys): string[] {
  // The terms come sorted from documentKeys (the longest list), the fingerprints too (winnowed
  // hashes sorted as numbers, in fixed-width hex): merged, not sorted again.
  const terms = isSorted(keys.terms) ? keys.terms : sortKeys([...keys.terms]);
  const fingerprints = isSorted(keys.fingerprints) ? keys.fingerprints : sortKeys([...keys.fingerprints]);
  return mergeSorted(mergeSorted(sortKeys([...keys.bands]), fingerprints), terms);
}

// `<` on strings compares UTF-16 code units, as Array.prototype.sort does by default.
function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i] ?? '') < (list[i - 1] ?? '')) return false;
  return true;
}

/** Index of the first string of a sorted list not below `s`. */
function lowerBound(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? '') < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  // A document's band keys sort just before its fingerprint keys, and both between its anchor
  // and term keys: when all of `a` fits in one gap of `b`, it is put there whole.
  if (a.length > 0) {
    const at = lowerBound(b, a[0] ?? '');
    if (at === b.length || (a[a.length - 1] ?? '') <= (b[at] ?? '')) return [...b.slice(0, at), ...a, ...b.slice(at)];
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
    }
  }
  while (i < a.length) out.push(a[i++] ?? '');
  while (j < b.length) out.push(b[j++] ?? '');
  return out;
}

/** Splits a stored key list back into its paths. */
export function groupKeys(keys: readonly string[]): DocumentKeys {
  const out: DocumentKeys = { bands: [], fingerprints: [], terms: [] };
  for (const k of keys) {
    if (k.startsWith(KEY_PREFIX.fingerprint)) out.fingerprints.push(k);
    else if (k.startsWith(KEY_PREFIX.term) || k.startsWith(KEY_PREFIX.anchor)) out.terms.push(k);
    else out.bands.push(k);
  }
  return out;
}
