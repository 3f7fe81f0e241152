import type { PairResult } from '../relate/types.js';
import type { StoryOrigin } from './types.js';

/** What origin finding needs of a member besides its pairs. */
export interface MemberInfo {
  id: string;
  date?: string | undefined;
  sentences: number;
}

/** Bonus for the earliest known publication date in the story (in pair votes). */
const EARLIEST_BONUS = 1.5;

/** Members ranked from the most to the least likely original, and the origin with its reasons. */
export interface OriginRanking {
  ranked: string[];
  origin: StoryOrigin;
}

/**
 * Ranks a story's members by how likely each is the original. Every related pair votes for its
 * source side (decided from dates, credits, containment, MT artefacts and boilerplate
 * wrappers); the earliest known date adds a bonus. Confidence grows with the share of the
 * origin's pairs that point to it and with agreement between dates and content; it stays low
 * when the evidence is thin.
 */
export function findOrigin(members: readonly MemberInfo[], pairs: readonly PairResult[]): OriginRanking {
  const score = new Map(members.map((m) => [m.id, 0]));
  const pairsOf = new Map(members.map((m) => [m.id, [] as PairResult[]]));
  for (const p of pairs) {
    pairsOf.get(p.a)?.push(p);
    pairsOf.get(p.b)?.push(p);
    if (!p.source) continue;
    const target = p.source === p.a ? p.b : p.a;
    score.set(p.source, (score.get(p.source) ?? 0) + 1);
    score.set(target, (score.get(target) ?? 0) - 1);
  }
  const dated = members.filter((m) => Number.isFinite(Date.parse(m.date ?? '')));
  const earliestTime = Math.min(...dated.map((m) => Date.parse(m.date ?? '')));
  const earliest = dated.filter((m) => Date.parse(m.date ?? '') === earliestTime);
  if (earliest.length === 1 && earliest[0]) score.set(earliest[0].id, (score.get(earliest[0].id) ?? 0) + EARLIEST_BONUS);

  const info = new Map(members.map((m) => [m.id, m]));
  const strength = linkStrength(pairsOf);
  const ranked = members
    .map((m) => m.id)
    .sort((x, y) =>
      (score.get(y) ?? 0) - (score.get(x) ?? 0) ||
      timeOr(info.get(x)?.date) - timeOr(info.get(y)?.date) ||
      (strength.get(y) ?? 0) - (strength.get(x) ?? 0) ||
      (info.get(y)?.sentences ?? 0) - (info.get(x)?.sentences ?? 0) ||
      x.localeCompare(y));
  const top = ranked[0] ?? '';
  const own = pairsOf.get(top) ?? [];
  const pointing = own.filter((p) => p.source === top);
  const against = own.filter((p) => p.source !== null && p.source !== top);

  const reasons: string[] = [];
  if (pointing.length > 0) reasons.push(`${pointing.length} of ${own.length} related versions derive from it`);
  if (against.length > 0) reasons.push(`but ${against.length} pair(s) point the other way`);
  const isEarliest = earliest.length === 1 && earliest[0]?.id === top;
  if (isEarliest) reasons.push(`earliest publication date in the story (${info.get(top)?.date ?? ''})`);
  else if (dated.length === 0) reasons.push('no publication dates known: decided from content only');
  else if (!info.get(top)?.date) reasons.push('its publication date is unknown');
  for (const r of pointingReasons(pointing, top)) reasons.push(r);

  const agreement = own.length === 0 ? 0 : (pointing.length - against.length) / own.length;
  const second = score.get(ranked[1] ?? '') ?? 0;
  const lead = (score.get(top) ?? 0) - second;
  let confidence = 0.15 + 0.45 * Math.max(0, agreement) + (isEarliest ? 0.2 : 0) + Math.min(0.15, lead * 0.05);
  if (dated.length === 0) confidence = Math.min(confidence, 0.6);
  if (pointing.length === 0) confidence = Math.min(confidence, 0.3);
  if (pointing.length === 0 && !isEarliest) reasons.push('thin evidence: no pair gives a direction');
  return { ranked, origin: { document: top, confidence: Math.round(Math.min(0.95, confidence) * 100) / 100, reasons } };
}

/**
 * Per member, the summed scores of its related pairs. When no pair gives a direction (undated
 * translations into several languages), the original is the hub: each version was made from
 * it, so it relates to all of them and more closely than they relate to each other (two
 * translations compared with each other carry both translators' changes). Rounded so that
 * float noise does not decide.
 */
function linkStrength(pairsOf: ReadonlyMap<string, readonly PairResult[]>): Map<string, number> {
  return new Map([...pairsOf].map(([id, own]) => [id, Math.round(own.reduce((total, p) => total + p.score, 0) * 1000) / 1000]));
}

function timeOr(date: string | undefined): number {
  const t = Date.parse(date ?? '');
  return Number.isFinite(t) ? t : Number.MAX_SAFE_INTEGER;
}

/** The distinct content clues (not dates) behind the pairs that point to the origin. */
function pointingReasons(pointing: readonly PairResult[], origin: string): string[] {
  const clues = new Set<string>();
  for (const p of pointing) {
    for (const r of p.reasons) {
      const namesAVersion = r.includes(p.a) || r.includes(p.b);
      if (namesAVersion && /credits|artefacts|boilerplate|contained in|attributes|more complete/.test(r) && !r.startsWith(origin)) clues.add(r);
    }
  }
  return [...clues].sort().slice(0, 4);
}
