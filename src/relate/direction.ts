import { creditsOutlet } from './attribution.js';
import type { Classification } from './classify.js';
import type { PairDocument } from './pair-document.js';
import type { PairStats, SideStats } from './pair-stats.js';

/** Weights of the clues for "this side is the source". Evidence, not proof: they add up. */
export const DIRECTION_WEIGHTS = Object.freeze({
  relationSays: 4,
  credited: 3,
  earlierDate: 2,
  artefacts: 2,
  wrapper: 1,
  completeness: 1,
  genericAttribution: 0.5,
});

/** Hours between two dates below which the order of publication is not used. */
const DATE_TOLERANCE_HOURS = 1;
/** Boilerplate lines more than the other side that mark a content-farm wrapper. */
const WRAPPER_LINES = 3;

export interface Direction {
  /** 'a' or 'b': the side taken for the source; null when no clue points either way. */
  source: 'a' | 'b' | null;
  /** Total weight for a minus total weight for b. */
  margin: number;
  reasons: string[];
}

const other = (s: 'a' | 'b'): 'a' | 'b' => (s === 'a' ? 'b' : 'a');

/**
 * Which of two related documents is the source of the other, with the reasons. Clues: the
 * relation itself (the short side of an excerpt), credit to the other's outlet, the earlier
 * publication date, MT artefacts or a boilerplate wrapper on one side only, and completeness
 * (the derived side is mostly inside the other).
 */
export function decideDirection(docs: { a: PairDocument; b: PairDocument }, stats: PairStats, c: Classification): Direction {
  let margin = 0;
  const reasons: string[] = [];
  const vote = (side: 'a' | 'b', weight: number, reason: string): void => {
    margin += side === 'a' ? weight : -weight;
    reasons.push(reason);
  };
  const name = (s: 'a' | 'b'): string => docs[s].id;

  if (c.derived) {
    const why = c.relation === 'excerpt' ? `is contained in ${name(other(c.derived))}`
      : c.relation === 'translation' ? `translates part of ${name(other(c.derived))}`
      : 'carries the machine-translation artefacts';
    vote(other(c.derived), DIRECTION_WEIGHTS.relationSays, `${name(c.derived)} ${why}`);
  }

  for (const s of ['a', 'b'] as const) {
    const them = docs[other(s)];
    const mine: SideStats = stats[s];
    if (creditsOutlet(mine.attributions, them)) {
      vote(other(s), DIRECTION_WEIGHTS.credited, `${name(s)} credits ${them.site ?? them.url ?? them.id}: "${mine.attributions[0]?.phrase ?? ''}"`);
    } else if (stats.sameLanguage && mine.attributions.length > 0 && stats[other(s)].attributions.length === 0) {
      // Only within one language: the cues are listed for a few languages, so across languages
      // "according to NorthLine" in an English original against a German translation's
      // "nach Angaben von NorthLine" said the translation was the source.
      vote(other(s), DIRECTION_WEIGHTS.genericAttribution, `${name(s)} attributes the story to another outlet ("${mine.attributions[0]?.phrase ?? ''}")`);
    }
  }

  const ta = Date.parse(docs.a.date ?? '');
  const tb = Date.parse(docs.b.date ?? '');
  if (Number.isFinite(ta) && Number.isFinite(tb) && Math.abs(ta - tb) >= DATE_TOLERANCE_HOURS * 3_600_000) {
    const earlier = ta < tb ? 'a' : 'b';
    vote(earlier, DIRECTION_WEIGHTS.earlierDate, `${name(earlier)} was published earlier (${docs[earlier].date} vs ${docs[other(earlier)].date})`);
  }

  const artA = stats.a.artefacts.length;
  const artB = stats.b.artefacts.length;
  if (artA !== artB && Math.max(artA, artB) >= 2) {
    const clean = artA < artB ? 'a' : 'b';
    vote(clean, DIRECTION_WEIGHTS.artefacts, `${name(other(clean))} shows ${Math.max(artA, artB)} machine-translation artefacts, ${name(clean)} ${Math.min(artA, artB)}`);
  }

  const wrapA = docs.a.boilerplateLines;
  const wrapB = docs.b.boilerplateLines;
  if (Math.abs(wrapA - wrapB) >= WRAPPER_LINES) {
    const plain = wrapA < wrapB ? 'a' : 'b';
    vote(plain, DIRECTION_WEIGHTS.wrapper, `${name(other(plain))} is wrapped in ${Math.max(wrapA, wrapB)} boilerplate lines (a content-farm page)`);
  }

  const gap = stats.a.coverage - stats.b.coverage;
  if (!c.derived && Math.abs(gap) >= 0.2 && c.relation !== 'derivative') {
    const complete = gap < 0 ? 'a' : 'b';
    vote(complete, DIRECTION_WEIGHTS.completeness, `${name(other(complete))} is mostly contained in ${name(complete)}, which is more complete`);
  }

  return { source: margin > 0 ? 'a' : margin < 0 ? 'b' : null, margin, reasons };
}
