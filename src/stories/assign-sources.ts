import type { PairEvidence, PairResult } from '../relate/types.js';
import { translationLineage } from './translation-lineage.js';
import type { StoryMember } from './types.js';

/** Preference for a link whose pair direction agrees with the tree (source ranked before target). */
const AGREES_BONUS = 1;
/** Preference for a link whose target says its text came from the other side's outlet. */
const CREDIT_BONUS = 0.5;
/**
 * Links within this much of the strongest are about as strong: among them the member ranked as
 * more likely original is the source (a version of a version resembles both nearly alike).
 */
const TIE_MARGIN = 0.06;

/** Relations that reproduce their source word for word, in whole or in part. */
const VERBATIM: ReadonlySet<PairResult['relation']> = new Set(['copy', 'edited-copy', 'excerpt']);

/** A pair that links two members: any relation but `unrelated`. */
type Link = PairResult & { relation: Exclude<PairResult['relation'], 'unrelated'> };

function isLink(p: PairResult): p is Link {
  return p.relation !== 'unrelated';
}

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
 * Links every member to its most likely source. Members are placed in order of originality
 * (the ranking), each linked to the strongest of its links to members already placed, so that a
 * version's source is found among the versions before it, whatever order the links would be
 * taken in. Strength: the pair's score, plus a bonus when the pair's own direction agrees and
 * when the member credits that source's outlet; links about as strong as the best go to the
 * member ranked earlier. A member whose relatives all rank after it waits until one is placed.
 * @param ranked members from most to least likely original; ranked[0] is the origin
 */
export function assignSources(ranked: readonly string[], pairs: readonly PairResult[]): StoryMember[] {
  const origin = ranked[0];
  if (origin === undefined) return [];
  const rank = new Map(ranked.map((id, i) => [id, i]));
  const placed = new Set([origin]);
  const members: StoryMember[] = [{ document: origin, relation: 'origin', source: null, score: 1, evidence: {} }];
  const linksOf = new Map<string, Link[]>(ranked.map((id) => [id, []]));
  for (const p of pairs) {
    if (!isLink(p) || !rank.has(p.a) || !rank.has(p.b)) continue;
    linksOf.get(p.a)?.push(p);
    linksOf.get(p.b)?.push(p);
  }

  while (placed.size < ranked.length) {
    const next = nextPlacement(ranked, placed, linksOf, rank);
    if (!next) break;
    const { to, from, pair } = next;
    placed.add(to);
    const oriented = pair.source === to ? flipEvidence(pair.evidence) : pair.evidence;
    members.push({ document: to, relation: pair.relation, source: from, score: pair.score, evidence: { ...oriented, reasons: pair.reasons } });
  }
  return members;
}

function linkValue(pair: PairResult, from: string): number {
  // A translation says nothing of its direction in its text (no artefacts, no containment): only
  // dates and credits do, and one undated version leaves the pair without one. The tree's order
  // gives it one then, rather than ranking it below a link whose direction a date supplied.
  const agrees = pair.source === from || (pair.source === null && pair.relation === 'translation');
  return pair.score + (agrees ? AGREES_BONUS : 0) + (agrees && pair.features.creditsSourceText === true ? CREDIT_BONUS : 0);
}

/** The first member in ranking order that is not placed but has a placed relative, with its source. */
function nextPlacement(ranked: readonly string[], placed: ReadonlySet<string>, linksOf: ReadonlyMap<string, readonly Link[]>, rank: ReadonlyMap<string, number>): { to: string; from: string; pair: Link } | undefined {
  for (const to of ranked) {
    if (placed.has(to)) continue;
    const best = bestSource(to, linksOf, placed, rank);
    if (best) return { to, ...best };
  }
  return undefined;
}

/** The placed member that is `to`'s likeliest source, with the pair linking them. */
function bestSource(to: string, linksOf: ReadonlyMap<string, readonly Link[]>, placed: ReadonlySet<string>, rank: ReadonlyMap<string, number>): { from: string; pair: Link } | undefined {
  const candidates = (linksOf.get(to) ?? [])
    .map((pair) => ({ pair, from: pair.a === to ? pair.b : pair.a }))
    .filter((o) => placed.has(o.from));
  // Scores are measured per relation and do not compare across them (a derivative's counts its
  // reused sentences, up to 1). A copy, edited copy or excerpt of a placed member reproduces it
  // word for word, the surest evidence there is: such a link comes before any other.
  const closer = candidates.filter((o) => VERBATIM.has(o.pair.relation));
  const options = (closer.length > 0 ? closer : candidates).map((o) => ({ ...o, value: linkValue(o.pair, o.from) }));
  const strongest = Math.max(...options.map((o) => o.value));
  let best: { from: string; pair: Link } | undefined;
  let bestRank = Infinity;
  for (const o of options) {
    const r = rank.get(o.from) ?? 0;
    if (o.value >= strongest - TIE_MARGIN && r < bestRank) {
      best = { from: o.from, pair: o.pair };
      bestRank = r;
    }
  }
  return best && settleLineage(best, options, rank);
}

/**
 * A translation whose strongest link is to a version ranked after another it also translates:
 * the scores do not compare (each language pair scores on its own scale, pairs with an English
 * side higher), so the sentences each leaves over decide, and the earlier-ranked version, the
 * origin first, when they do not ({@link translationLineage}). Only ever moves a source earlier
 * (the bias favours no later version against an English origin), and never off a version whose
 * outlet the translation credits.
 */
function settleLineage(chosen: { from: string; pair: Link }, options: readonly { from: string; pair: Link }[], rank: ReadonlyMap<string, number>): { from: string; pair: Link } {
  // A translation that names the chosen version's outlet as its source says where it came from.
  if (chosen.pair.relation !== 'translation' || (chosen.pair.source === chosen.from && chosen.pair.features.creditsSourceText === true)) return chosen;
  const rankOf = (id: string): number => rank.get(id) ?? 0;
  const earlier = options.filter((o) => o.pair.relation === 'translation' && rankOf(o.from) < rankOf(chosen.from)).sort((x, y) => rankOf(x.from) - rankOf(y.from));
  const moved = earlier.find((o) => translationLineage({ earlier: o.pair, later: chosen.pair }) === 'earlier');
  return moved ? { from: moved.from, pair: moved.pair } : chosen;
}
