import { alignPassages, similarityMatrix, vectorize, type Bead } from '../align/index.js';
import type { SynonymMap } from '../synonyms/index.js';
import { contentSentences } from './content-sentences.js';
import type { PairDocument } from './pair-document.js';

/** Content similarity (names out) from which two passages state the same thing. */
const CONTENT_MATCH = 0.3;

/**
 * Order-free passage matching on what the sentences say (names out, quantities read in English).
 * @param a the source side
 * @param b the target side
 * @param synonyms concept links, when loaded
 * @returns the content similarity matrix (row-major, a × b), each sentence's best match, the passages and the sentences they cover
 */
export function measureContent(a: PairDocument, b: PairDocument, synonyms: SynonymMap | undefined): { sim: Float32Array; bestSource: Float32Array; bestTarget: Float32Array; beads: Bead[]; covered: { source: Set<number>; target: Set<number> } } {
  const stripped = contentSentences(a, b);
  const v = vectorize(stripped.a, stripped.b, synonyms, { quantities: a.language === 'en' && b.language === 'en' });
  const sim = similarityMatrix(v.source, v.target, true);
  const passages = alignPassages(v.source, v.target, sim, CONTENT_MATCH);
  return {
    sim,
    bestSource: passages.bestSource,
    bestTarget: passages.bestTarget,
    beads: passages.beads,
    covered: { source: new Set(passages.beads.flatMap((x) => x.source)), target: new Set(passages.beads.flatMap((x) => x.target)) },
  };
}
