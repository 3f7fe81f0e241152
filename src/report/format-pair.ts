import type { PairDocument, PairResult } from '../relate/index.js';
import { MATCH_MARKS } from './match-marks.js';
import type { Style } from './to-terminal.js';

/** How {@link formatPair} lays sentences out. */
export interface PairLayout {
  /** Characters per side of the aligned sentences (default 58, for an 80-column terminal and wider). */
  sideWidth?: number;
  /** Whole sentences, each aligned pair on two lines, nothing clipped. */
  full?: boolean;
}

const DEFAULT_SIDE_WIDTH = 58;
// What the side-by-side row costs besides the two sides: mark, bar, score.
const ROW_OVERHEAD = 14;

/** The side width that fills a terminal of `columns` (never under the default). */
export function sideWidthFor(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns)) return DEFAULT_SIDE_WIDTH;
  return Math.max(DEFAULT_SIDE_WIDTH, Math.floor((columns - ROW_OVERHEAD) / 2));
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** What {@link formatPair} needs of a document: its id and its sentences' text, in the order `evidence` indexes them. */
export type PairSide = Pick<PairDocument, 'id'> & { readonly sentences: readonly { readonly text: string }[] };

/**
 * A verified pair for the terminal: relation and reasons, aligned sentences side by side,
 * sentences added and dropped, facts that changed, MT artefacts and attributions.
 */
export function formatPair(pair: PairResult, source: PairSide, target: PairSide, style: Style, layout: PairLayout = {}): string {
  const width = layout.sideWidth ?? DEFAULT_SIDE_WIDTH;
  let clipped = false;
  const clip = (s: string, at: number): string => {
    const text = flat(s);
    if (layout.full === true || text.length <= at) return text;
    clipped = true;
    return `${text.slice(0, at - 1)}…`;
  };
  const e = pair.evidence;
  const out: string[] = [];
  const headline = pair.relation === 'unrelated'
    ? `${target.id}  and  ${source.id}  are  UNRELATED`
    : `${target.id}  is  ${pair.relation.toUpperCase()}  of  ${source.id}`;
  out.push(style.bold(headline) + `  (score ${pair.score.toFixed(2)})`);
  if (!pair.source) out.push(style.dim('  direction unknown: no clue points either way'));
  for (const r of pair.reasons) out.push(`  - ${r}`);
  const sentence = (doc: PairSide, ids: readonly number[]): string => ids.map((i) => doc.sentences[i]?.text ?? '').join(' ');
  if (e.beads.length > 0) {
    // The terminal shows a weak bead as reworded: its legend has three marks.
    const markOf = (kind: string): string => MATCH_MARKS[kind === 'weak' ? 'paraphrase' : kind]?.mark ?? '';
    out.push('', style.bold(`Aligned sentences (${e.beads.length}):`) + style.dim(`  source left; ${markOf('identical')} identical  ${markOf('near')} near-identical  ${markOf('paraphrase')} reworded or translated`));
    for (const b of e.beads) {
      const mark = b.kind === 'identical' || b.kind === 'near' ? style.green(markOf(b.kind)) : style.yellow(markOf(b.kind));
      const score = style.dim(b.similarity.toFixed(2));
      if (layout.full === true) {
        out.push(`  ${mark} ${score}  ${flat(sentence(source, b.source))}`, `         │ ${flat(sentence(target, b.target))}`);
      } else {
        out.push(`  ${mark} ${clip(sentence(source, b.source), width).padEnd(width)} │ ${clip(sentence(target, b.target), width)}  ${score}`);
      }
    }
  }
  // Added, dropped and facts lines span both sides (110 characters at the default width).
  const lineWidth = 2 * width - 6;
  if (e.added.length > 0) {
    out.push('', style.bold(`Added in ${target.id} (${e.added.length}):`));
    for (const i of e.added) out.push(style.green(`  + ${clip(sentence(target, [i]), lineWidth)}`));
  }
  if (e.dropped.length > 0) {
    out.push('', style.bold(`Dropped from ${source.id} (${e.dropped.length}):`));
    for (const i of e.dropped) out.push(style.red(`  - ${clip(sentence(source, [i]), lineWidth)}`));
  }
  const changed = e.facts.filter((f) => f.change !== 'kept');
  const kept = e.facts.filter((f) => f.change === 'kept');
  out.push('', style.bold(`Facts: ${kept.length} kept, ${changed.length} changed`));
  for (const f of changed) {
    const text = f.change === 'altered' ? `${f.source ?? ''} → ${f.target ?? ''}` : f.source ?? f.target ?? '';
    out.push(`  ${f.change.padEnd(8)} ${f.type.padEnd(7)} ${clip(text, lineWidth - 10)}`);
  }
  if (e.artefacts.length > 0) {
    out.push('', style.bold(`Machine-translation artefacts in ${target.id}:`));
    for (const a of e.artefacts) out.push(`  ${a}`);
  }
  if (e.attributions.length > 0) {
    out.push('', style.bold('Attributions:'));
    for (const a of e.attributions) out.push(`  "${a}"`);
  }
  if (clipped) out.push('', style.dim('Long sentences are cut short (…); --full shows them whole.'));
  return out.join('\n');
}
