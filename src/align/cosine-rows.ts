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
 * What {@link cosineRows} needs of the target side besides the weights (which depend on the
 * pair: IDF), built once per side and kept with it (see target-index.ts): which targets hold
 * each stem, and where that stem's weight lies in the side's weights laid end to end (each
 * target's in its map's order).
 */
export interface CosineTarget {
  /** Stem → (target, place in the flat weights) pairs, flat. */
  readonly holders: ReadonlyMap<string, readonly number[]>;
  /** How many weights each target has (the keys it was built from); the flat weights are as long as their sum. */
  readonly sizes: Int32Array;
}

/**
 * The target side's stems for {@link cosineRows}.
 * @param stems each target's stems, in the order its weight map holds them
 */
export function cosineTarget(stems: readonly (readonly string[])[]): CosineTarget {
  const holders = new Map<string, number[]>();
  const sizes = new Int32Array(stems.length);
  let at = 0;
  stems.forEach((list, j) => {
    sizes[j] = list.length;
    for (const stem of list) {
      const holder = holders.get(stem);
      if (holder === undefined) holders.set(stem, [j, at]);
      else holder.push(j, at);
      at += 1;
    }
  });
  return { holders, sizes };
}

/**
 * Prepares the target side of a similarity matrix for {@link CosineRows}.
 * @param targets the target sentences' weights, by target index
 * @param target {@link cosineTarget} of the same targets' stems in their maps' order, when kept
 *   from an earlier matrix (the maps may hold other weights, not other stems or another order)
 */
export function cosineRows(targets: readonly ReadonlyMap<string, number>[], target: CosineTarget = cosineTarget(targets.map((weights) => [...weights.keys()]))): CosineRows {
  const { holders } = target;
  // This pair's weights, laid end to end in the order the holders count them.
  let total = 0;
  for (const weights of targets) total += weights.size;
  const flat = new Float64Array(total);
  let at = 0;
  for (const weights of targets) for (const w of weights.values()) flat[at++] = w;
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
          if (summed[j] === now) out[j] = (out[j] ?? 0) + w * (flat[list[p + 1] ?? 0] ?? 0);
        }
      }
    },
  };
}
