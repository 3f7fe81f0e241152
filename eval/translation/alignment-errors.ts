import type { MonotoneOptions } from '../../src/align/index.js';
import type { LanguageCode } from '../../src/text/types.js';
import { alignmentTrials, type AlignmentTrial } from './alignment-eval.js';

/** Wrong and missed links of the deletion trials, summed over trials, by kind. */
export interface AlignmentErrors {
  /** Wrong links of a sentence whose counterpart was deleted: an orphan linked to a neighbour. */
  orphanLinks: number;
  /** Wrong links between two sentences whose counterparts are both still there. */
  shiftedLinks: number;
  /** Sure links (both sentences kept) the aligner did not make. */
  missedLinks: number;
  /** Distinct missed links over all trials: few distinct ones missed in most trials point at the gold, not at deletions. */
  distinctMissed: number;
}

function split(link: string): [number, number] {
  const [a, b] = link.split('-').map(Number);
  return [a ?? -1, b ?? -1];
}

/** Classifies one trial's errors (adds into `into`; `missed` collects the missed links). */
export function classifyTrial(trial: AlignmentTrial, into: AlignmentErrors, missed: Set<string>): void {
  const aliveF = new Set(trial.keptForeign.map((s) => s.index));
  const aliveE = new Set(trial.keptEnglish.map((s) => s.index));
  const partnerOfF = new Map<number, number>();
  const partnerOfE = new Map<number, number>();
  for (const link of trial.sure) {
    const [f, e] = split(link);
    partnerOfF.set(f, e);
    partnerOfE.set(e, f);
  }
  for (const link of trial.links) {
    if (trial.sure.has(link) || trial.possible.has(link)) continue;
    const [f, e] = split(link);
    const fPartner = partnerOfF.get(f);
    const ePartner = partnerOfE.get(e);
    const orphan = (fPartner !== undefined && !aliveE.has(fPartner)) || (ePartner !== undefined && !aliveF.has(ePartner));
    if (orphan) into.orphanLinks++;
    else into.shiftedLinks++;
  }
  for (const link of trial.sure) {
    const [f, e] = split(link);
    if (!aliveF.has(f) || !aliveE.has(e) || trial.links.has(link)) continue;
    into.missedLinks++;
    missed.add(link);
  }
}

/**
 * Error breakdown of {@link alignmentTrials}: which links go wrong when sentences are deleted,
 * for choosing aligner mechanisms on the development half without reading the test half.
 * @returns counts summed over the trials, or undefined when UDHR is absent
 */
export function alignmentErrors(lang: LanguageCode, deleteSide: 'foreign' | 'english', half: 'train' | 'test' = 'train', aligner?: MonotoneOptions): AlignmentErrors | undefined {
  const trials = alignmentTrials(lang, deleteSide, half, aligner);
  if (!trials) return undefined;
  const errors: AlignmentErrors = { orphanLinks: 0, shiftedLinks: 0, missedLinks: 0, distinctMissed: 0 };
  const missed = new Set<string>();
  for (const trial of trials) classifyTrial(trial, errors, missed);
  errors.distinctMissed = missed.size;
  return errors;
}
