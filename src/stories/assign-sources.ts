import type { PairEvidence, PairResult } from '../relate/types.js';
import type { StoryMember } from './types.js';

/** Preference for a link whose pair direction agrees with the tree (source ranked before target). */
const AGREES_BONUS = 1;
/** Small preference for linking straight to the origin when links are about as strong. */
const ORIGIN_BONUS = 0.06;

function flipEvidence(e: PairEvidence): PairEvidence {
  const swap = { kept: 'kept', altered: 'altered', added: 'dropped', dropped: 'added' } as const;
  return {
    sourceLanguage: e.targetLanguage,
    targetLanguage: e.sourceLanguage,
    beads: e.beads.map((b) => ({ ...b, source: b.target, target: b.source })).sort((x, y) => (x.source[0] ?? 0) - (y.source[0] ?? 0)),
    added: e.dropped,
    dropped: e.added,
    facts: e.facts.map((f) => {
      const flipped: PairEvidence['facts'][number] = { type: f.type, change: swap[f.change] };
      if (f.target !== undefined) flipped.source = f.target;
      if (f.source !== undefined) flipped.target = f.source;
      return flipped;
    }),
    // Artefacts and attributions were found on the other side; they do not describe this one.
    artefacts: [],
    attributions: [],
  };
}

/**
 * Links every member to its most likely source, growing a tree from the origin (Prim's
 * algorithm on link strength): each step takes the strongest link from a placed member to an
 * unplaced one, preferring links whose pair direction agrees and links to the origin.
 * @param ranked members from most to least likely original; ranked[0] is the origin
 */
export function assignSources(ranked: readonly string[], pairs: readonly PairResult[]): StoryMember[] {
  const origin = ranked[0];
  if (origin === undefined) return [];
  const rank = new Map(ranked.map((id, i) => [id, i]));
  const placed = new Set([origin]);
  const members: StoryMember[] = [{ document: origin, relation: 'origin', source: null, score: 1, evidence: {} }];
  const related = pairs.filter((p) => p.relation !== 'unrelated' && rank.has(p.a) && rank.has(p.b));

  while (placed.size < ranked.length) {
    let best: { from: string; to: string; pair: PairResult; value: number } | undefined;
    for (const p of related) {
      const aIn = placed.has(p.a);
      if (aIn === placed.has(p.b)) continue;
      const [from, to] = aIn ? [p.a, p.b] : [p.b, p.a];
      const value = p.score + (p.source === from ? AGREES_BONUS : 0) + (from === origin ? ORIGIN_BONUS : 0);
      const better = !best || value > best.value + 1e-9 ||
        (Math.abs(value - best.value) <= 1e-9 && ((rank.get(to) ?? 0) < (rank.get(best.to) ?? 0) || (to === best.to && (rank.get(from) ?? 0) < (rank.get(best.from) ?? 0))));
      if (better) best = { from, to, pair: p, value };
    }
    if (!best) break;
    const { from, to, pair } = best;
    if (pair.relation === 'unrelated') break;
    placed.add(to);
    const oriented = pair.source === to ? flipEvidence(pair.evidence) : pair.evidence;
    members.push({ document: to, relation: pair.relation, source: from, score: pair.score, evidence: { ...oriented, reasons: pair.reasons } });
  }
  return members;
}
