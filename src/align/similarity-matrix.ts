import { installConcepts } from './concept-postings.js';
import { conceptRows } from './concept-rows.js';
import { cosineRows } from './cosine-rows.js';
import { scoreSentences } from './sentence-similarity.js';
import { lookupFeatures, type SentenceVector } from './sentence-vectors.js';
import { targetIndex } from './target-index.js';

/**
 * Similarity matrix, row-major: `m[i * target.length + j]`. Only sentence pairs that share a
 * stem, an anchor, a synonym concept (or, for stop-word sentences, a character 4-gram) found
 * in at most a quarter of the target sentences are scored (an inverted index over the target
 * side, kept for the next matrix with the same target: see {@link targetIndex}); the others
 * are 0, which keeps long documents cheap.
 */
export function similarityMatrix(source: readonly SentenceVector[], target: readonly SentenceVector[], sameScript = true): Float32Array {
  const m = new Float32Array(source.length * target.length);
  const index = targetIndex(target);
  const postings = index.features;
  const bags = target.map((t) => t.concepts);
  const concepts = installConcepts(index.concepts);
  // A feature in most target sentences ("said", the story's main name) finds no particular
  // counterpart; pairs that share only such features are left at 0.
  const common = Math.max(8, target.length / 4);
  const seen = new Int32Array(target.length).fill(-1);
  // A row's sentences to compare, and their stem cosine and concept similarity, computed for the row at once.
  const candidates = new Int32Array(target.length);
  const stems = new Float64Array(target.length);
  const conceptShare = new Float64Array(target.length);
  try {
    const cosines = cosineRows(target.map((t) => t.weights), index.cosines);
    const rows = conceptRows(bags, concepts, index.conceptRows);
    for (let i = 0; i < source.length; i++) {
      const s = source[i];
      if (!s) continue;
      let count = 0;
      for (const f of s.features ?? lookupFeatures(s)) {
        const list = postings.get(f);
        if (!list || list.length > common) continue;
        for (const j of list) {
          if (seen[j] === i) continue;
          seen[j] = i;
          candidates[count++] = j;
        }
      }
      for (const id of s.concepts?.conceptIds ?? []) {
        const n = concepts.count(id);
        if (n === 0 || n > common) continue;
        const start = concepts.start(id);
        for (let k = start; k < start + n; k++) {
          const j = concepts.sentences[k] ?? 0;
          if (seen[j] === i) continue;
          seen[j] = i;
          candidates[count++] = j;
        }
      }
      cosines.row(s.weights, candidates, count, stems);
      if (s.concepts) rows.row(s.concepts, candidates, count, conceptShare);
      for (let c = 0; c < count; c++) {
        const j = candidates[c] ?? 0;
        const t = target[j];
        if (t) m[i * target.length + j] = scoreSentences(s, t, sameScript, stems[j] ?? 0, conceptShare[j] ?? 0);
      }
    }
  } finally {
    concepts.clear();
  }
  return m;
}
