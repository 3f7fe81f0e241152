import type { Bead } from '../align/index.js';
import type { PairDocument } from './pair-document.js';
import type { AlignedBead } from './types.js';

/** Word-sequence similarity from which an aligned sentence is a near-verbatim copy. */
export const NEAR_VERBATIM = 0.8;

/** Longest common subsequence of two token-id sequences, as 2·LCS / (|a| + |b|); 1 when both are empty. */
export function lcsRatio(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = x === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return (2 * (prev[b.length] ?? 0)) / (a.length + b.length);
}

/**
 * How close the wording of a pair's beads is: the same tokens ('identical'), a near-verbatim
 * copy by word sequence ({@link NEAR_VERBATIM}), a paraphrase, or a weak match. Tokens are
 * compared as numbers given per pair (the LCS compared strings cell by cell: a tenth of
 * verifying a pair of near copies), and a bead asked about twice (in both alignments) is
 * worked out once.
 * @param matchSimilarity bead similarity from which a bead is a match (near or paraphrase)
 * @returns the kind of a bead of sentences of `a` (source) and `b` (target)
 */
export function beadKinds(a: PairDocument, b: PairDocument, matchSimilarity: number): (bead: Bead) => AlignedBead['kind'] {
  const ids = new Map<string, number>();
  const sides = [new Map<number, Int32Array>(), new Map<number, Int32Array>()] as const;
  const tokensOf = (d: PairDocument, side: 0 | 1, i: number): Int32Array => {
    let out = sides[side].get(i);
    if (out === undefined) {
      const tokens = d.sentences[i]?.tokens ?? [];
      out = new Int32Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k] ?? '';
        let id = ids.get(token);
        if (id === undefined) ids.set(token, (id = ids.size));
        out[k] = id;
      }
      sides[side].set(i, out);
    }
    return out;
  };
  const joined = (d: PairDocument, side: 0 | 1, indexes: readonly number[]): Int32Array => {
    if (indexes.length === 1) return tokensOf(d, side, indexes[0] ?? 0);
    const parts = indexes.map((i) => tokensOf(d, side, i));
    const out = new Int32Array(parts.reduce((total, part) => total + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const known = new Map<string, AlignedBead['kind']>();
  return (bead) => {
    const match = bead.similarity >= matchSimilarity;
    const key = `${bead.source.join(' ')}|${bead.target.join(' ')}|${match ? 1 : 0}`;
    let kind = known.get(key);
    if (kind === undefined) {
      const ta = joined(a, 0, bead.source);
      const tb = joined(b, 1, bead.target);
      if (sameTokens(ta, tb)) kind = 'identical';
      // 2·LCS / (|a| + |b|) is at most 2·min / (|a| + |b|): below the bar, no LCS is needed.
      else if (match && (2 * Math.min(ta.length, tb.length)) / (ta.length + tb.length) >= NEAR_VERBATIM && lcsRatio(ta, tb) >= NEAR_VERBATIM) kind = 'near';
      else kind = match ? 'paraphrase' : 'weak';
      known.set(key, kind);
    }
    return kind;
  };
}

function sameTokens(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
