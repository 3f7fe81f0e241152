import type { PairEvidence } from '../relate/types.js';

/** One row of a side-by-side view: an aligned bead, a sentence only the target has, or one only the source has. */
export type PairRow =
  | { kind: 'bead'; source: number[]; target: number[]; similarity: number; match: 'identical' | 'near' | 'paraphrase' | 'weak' }
  | { kind: 'added'; target: number }
  | { kind: 'dropped'; source: number };

/**
 * Orders a pair's evidence for reading in the target's order: beads and added sentences by
 * their first target sentence; a dropped sentence right after the bead holding the nearest
 * source sentence before it (first when there is none). Ties go source-first, then by index.
 * A sentence listed both in a bead and as added/dropped is shown once, on its own row.
 * @param evidence beads, added and dropped of a pair (oriented source → target)
 */
export function pairRows(evidence: Pick<PairEvidence, 'beads' | 'added' | 'dropped'>): PairRow[] {
  const dropped = new Set(evidence.dropped);
  const added = new Set(evidence.added);
  const beads = evidence.beads
    .map((b) => {
      const source = b.source.filter((i) => !dropped.has(i));
      const target = b.target.filter((i) => !added.has(i));
      return { ...b, source: source.length > 0 ? source : [...b.source], target: target.length > 0 ? target : [...b.target] };
    })
    .filter((b) => b.source.length + b.target.length > 0);
  const inSource = new Set(beads.flatMap((b) => b.source));
  const inTarget = new Set(beads.flatMap((b) => b.target));

  // Key of a source-only sentence: just after the target position of the bead holding the
  // closest earlier source sentence.
  const afterSource = (s: number): number => {
    let best: { last: number; key: number } | null = null;
    for (const b of beads) {
      if (b.target.length === 0) continue;
      const earlier = b.source.filter((x) => x < s);
      if (earlier.length === 0) continue;
      const last = Math.max(...earlier);
      if (!best || last > best.last) best = { last, key: Math.min(...b.target) + 0.5 };
    }
    return best ? best.key : -0.5;
  };

  const keyed: { key: number; tie: number; row: PairRow }[] = [];
  for (const b of beads) {
    const first = Math.min(...b.source);
    const key = b.target.length > 0 ? Math.min(...b.target) : afterSource(first);
    keyed.push({ key, tie: first, row: { kind: 'bead', source: b.source, target: b.target, similarity: b.similarity, match: b.kind } });
  }
  for (const t of added) if (!inTarget.has(t)) keyed.push({ key: t, tie: Infinity, row: { kind: 'added', target: t } });
  for (const s of dropped) if (!inSource.has(s)) keyed.push({ key: afterSource(s), tie: s, row: { kind: 'dropped', source: s } });
  return keyed.sort((x, y) => x.key - y.key || x.tie - y.tie).map((k) => k.row);
}
