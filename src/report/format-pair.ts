import type { PairDocument, PairResult } from '../relate/index.js';
import type { Style } from './to-terminal.js';

const WIDTH = 58;

function clip(s: string, width = WIDTH): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/**
 * A verified pair for the terminal: relation and reasons, aligned sentences side by side,
 * sentences added and dropped, facts that changed, MT artefacts and attributions.
 */
export function formatPair(pair: PairResult, source: PairDocument, target: PairDocument, style: Style): string {
  const e = pair.evidence;
  const out: string[] = [];
  const headline = pair.relation === 'unrelated'
    ? `${target.id}  and  ${source.id}  are  UNRELATED`
    : `${target.id}  is  ${pair.relation.toUpperCase()}  of  ${source.id}`;
  out.push(style.bold(headline) + `  (score ${pair.score.toFixed(2)})`);
  if (!pair.source) out.push(style.dim('  direction unknown: no clue points either way'));
  for (const r of pair.reasons) out.push(`  - ${r}`);
  const sentence = (doc: PairDocument, ids: readonly number[]): string => ids.map((i) => doc.sentences[i]?.text ?? '').join(' ');
  if (e.beads.length > 0) {
    out.push('', style.bold(`Aligned sentences (${e.beads.length}):`) + style.dim('  source left; = identical  ~ near-identical  ≈ reworded or translated'));
    for (const b of e.beads) {
      const mark = b.kind === 'identical' ? style.green('=') : b.kind === 'near' ? style.green('~') : style.yellow('≈');
      out.push(`  ${mark} ${clip(sentence(source, b.source)).padEnd(WIDTH)} │ ${clip(sentence(target, b.target))}  ${style.dim(b.similarity.toFixed(2))}`);
    }
  }
  if (e.added.length > 0) {
    out.push('', style.bold(`Added in ${target.id} (${e.added.length}):`));
    for (const i of e.added) out.push(style.green(`  + ${clip(sentence(target, [i]), 110)}`));
  }
  if (e.dropped.length > 0) {
    out.push('', style.bold(`Dropped from ${source.id} (${e.dropped.length}):`));
    for (const i of e.dropped) out.push(style.red(`  - ${clip(sentence(source, [i]), 110)}`));
  }
  const changed = e.facts.filter((f) => f.change !== 'kept');
  const kept = e.facts.filter((f) => f.change === 'kept');
  out.push('', style.bold(`Facts: ${kept.length} kept, ${changed.length} changed`));
  for (const f of changed) {
    const text = f.change === 'altered' ? `${f.source ?? ''} → ${f.target ?? ''}` : f.source ?? f.target ?? '';
    out.push(`  ${f.change.padEnd(8)} ${f.type.padEnd(7)} ${clip(text, 100)}`);
  }
  if (e.artefacts.length > 0) {
    out.push('', style.bold(`Machine-translation artefacts in ${target.id}:`));
    for (const a of e.artefacts) out.push(`  ${a}`);
  }
  if (e.attributions.length > 0) {
    out.push('', style.bold('Attributions:'));
    for (const a of e.attributions) out.push(`  "${a}"`);
  }
  return out.join('\n');
}
