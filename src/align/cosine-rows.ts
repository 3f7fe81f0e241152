/**
 * Dot product of two L2-normalised stem weight maps (their cosine), summed over the smaller
 * map in its order (the larger is looked up); the first map counts as the smaller on a tie.
 * @returns 0 when they share no stem
 */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  return dot;
}

/**
 * {@link cosine} of one sentence's weights against many, a matrix row at a time: where the
 * row's sentence is the smaller, its stems are looked up once for the row in a table of the
 * target side's stems, instead of once for every candidate (a projected news sentence has
 * dozens of stems). The products are summed in the same order as {@link cosine} sums them
 * (stems shared with nothing add 0), so the values are exactly its values.
 */
export interface CosineRows {
  /**
   * Fills `out[j]` with the cosine of `weights` and target `j`'s weights, for each of the
   * first `count` entries `j` of `candidates` (distinct target indexes).
   */
  row(weights: ReadonlyMap<string, number>, candidates: Int32Array, count: number, out: Float64Array): void;
}

// Which targets the current row sums from its own side: those holding the row's stamp.
let stamp = 0;
let summed = new Int32Array(256);

/**
 * Prepares the target side of a similarity matrix for {@link CosineRows}.
 * @param targets the target sentences' weights, by target index
 */
export function cosineRows(targets: readonly ReadonlyMap<string, number>[]): CosineRows {
  // stem → (target, weight) pairs, flat.
  const holders = new Map<string, number[]>();
  targets.forEach((weights, j) => {
    for (const [stem, w] of weights) {
      const list = holders.get(stem);
      if (list === undefined) holders.set(stem, [j, w]);
      else list.push(j, w);
    }
  });
  if (summed.length < targets.length) summed = new Int32Array(Math.max(targets.length, summed.length * 2));
  return {
    row(weights, candidates, count, out) {
      if (stamp === 0x7fffffff) {
        stamp = 0;
        summed.fill(0);
      }
      const now = (stamp += 1);
      let batched = 0;
      for (let c = 0; c < count; c++) {
        const j = candidates[c] ?? 0;
        const other = targets[j];
        if (other !== undefined && weights.size <= other.size) {
          summed[j] = now;
          out[j] = 0;
          batched += 1;
        } else out[j] = other === undefined ? 0 : cosine(weights, other);
      }
      if (batched === 0) return;
      for (const [stem, w] of weights) {
        const list = holders.get(stem);
        if (list === undefined) continue;
        for (let p = 0; p < list.length; p += 2) {
          const j = list[p] ?? 0;
          if (summed[j] === now) out[j] = (out[j] ?? 0) + w * (list[p + 1] ?? 0);
        }
      }
    },
  };
}
