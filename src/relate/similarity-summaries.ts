/**
 * Summaries of a pair's similarities that the pair measures read: the documents' stem cosine,
 * each side's mean best sentence similarity.
 */

/** Cosine of the documents' stem weights (1 + log count). */
export function stemCosine(ca: ReadonlyMap<string, number>, cb: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of ca) { dot += v * (cb.get(k) ?? 0); na += v * v; }
  for (const v of cb.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Per row (or column), the best similarity in a row-major n × m matrix, averaged. */
export function meanBest(sim: Float32Array, n: number, m: number, byRow: boolean): number {
  const count = byRow ? n : m;
  if (count === 0) return 0;
  let total = 0;
  for (let x = 0; x < count; x++) {
    let best = 0;
    const other = byRow ? m : n;
    for (let y = 0; y < other; y++) best = Math.max(best, sim[byRow ? x * m + y : y * m + x] ?? 0);
    total += best;
  }
  return total / count;
}

/** Mean of the values (0 when there are none). */
export function mean(values: Float32Array): number {
  let total = 0;
  for (const v of values) total += v;
  return values.length === 0 ? 0 : total / values.length;
}
