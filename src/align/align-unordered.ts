import type { Bead } from './types.js';

/**
 * Order-free 1-1 matching for rewrites, which reorder sentences: greedily takes the most
 * similar free pair until none reaches `minSimilarity`. Ties break by position, so the result
 * is deterministic.
 * @param sim similarity matrix, row-major (n source × m target)
 * @returns matched pairs sorted by target index
 */
export function alignUnordered(n: number, m: number, sim: Float32Array, minSimilarity: number): Bead[] {
  const cells: number[] = [];
  for (let k = 0; k < n * m; k++) if ((sim[k] ?? 0) >= minSimilarity) cells.push(k);
  cells.sort((x, y) => (sim[y] ?? 0) - (sim[x] ?? 0) || x - y);
  const usedSource = new Uint8Array(n);
  const usedTarget = new Uint8Array(m);
  const beads: Bead[] = [];
  for (const k of cells) {
    const i = Math.floor(k / m);
    const j = k % m;
    if (usedSource[i] || usedTarget[j]) continue;
    usedSource[i] = 1;
    usedTarget[j] = 1;
    beads.push({ source: [i], target: [j], similarity: sim[k] ?? 0 });
  }
  return beads.sort((a, b) => (a.target[0] ?? 0) - (b.target[0] ?? 0));
}

/**
 * Share of matched pairs that keep their relative order (Kendall's concordance), 1 for fewer
 * than two pairs.
 */
export function orderAgreement(beads: readonly Bead[]): number {
  if (beads.length < 2) return 1;
  let concordant = 0;
  let total = 0;
  for (let x = 0; x < beads.length; x++) {
    for (let y = x + 1; y < beads.length; y++) {
      const ds = (beads[x]?.source[0] ?? 0) - (beads[y]?.source[0] ?? 0);
      const dt = (beads[x]?.target[0] ?? 0) - (beads[y]?.target[0] ?? 0);
      total++;
      if (ds * dt > 0) concordant++;
    }
  }
  return concordant / total;
}
