/**
 * The frequent keys of a connection's deepest runs, merged into one list: each key with the sum
 * of its stored counts and a bit per run that stores one. A term lookup at 1M documents asked
 * every run (13) for each of ≈ 170 keys — a Bloom probe and a directory probe each, ≈ 2,200
 * memory misses a query; a key frequent in every deep run now costs one probe here for them all.
 * Runs whose bit is clear are still asked as before (a key with one posting in a run has no
 * stored count there). Built again only when those runs change (a merge into them, a removal
 * from them: either changes a run's id or generation).
 */
import { findKey, keyDirectory, type KeyDirectory } from './sqlite-key-directory.js';
import { deepestLevel, runsSignature, type LoadedRun } from './sqlite-runs.js';

/** Runs a tier can hold: one bit each in a 32-bit mask. */
export const MAX_TIER_RUNS = 32;

/** The merged frequent keys of some runs. */
export class FrequentTier {
  private constructor(
    /** The runs, in the order of their bits. */
    readonly runs: readonly LoadedRun[],
    private readonly keys: Float64Array,
    private readonly counts: Uint32Array,
    private readonly masks: Uint32Array,
    private readonly directory: KeyDirectory,
    /** The runs' identity and version when built. */
    readonly signature: string,
  ) {}

  /**
   * Merges the runs' frequent keys (each list sorted: a merge, no sort).
   * @param runs at most {@link MAX_TIER_RUNS}
   */
  static of(runs: readonly LoadedRun[], signature: string): FrequentTier {
    if (runs.length > MAX_TIER_RUNS) throw new Error(`a frequent tier holds at most ${MAX_TIER_RUNS} runs`);
    const total = runs.reduce((sum, run) => sum + run.frequentKeys.length, 0);
    const keys = new Float64Array(total);
    const counts = new Uint32Array(total);
    const masks = new Uint32Array(total);
    const at = new Array<number>(runs.length).fill(0);
    let n = 0;
    for (;;) {
      let smallest = Number.POSITIVE_INFINITY;
      for (let r = 0; r < runs.length; r++) {
        const key = runs[r]?.frequentKeys[at[r] ?? 0];
        if (key !== undefined && key < smallest) smallest = key;
      }
      if (smallest === Number.POSITIVE_INFINITY) break;
      let count = 0;
      let mask = 0;
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r];
        const i = at[r] ?? 0;
        if (run === undefined || run.frequentKeys[i] !== smallest) continue;
        count += run.frequentCounts[i] ?? 0;
        mask |= 1 << r;
        at[r] = i + 1;
      }
      keys[n] = smallest;
      counts[n] = count;
      masks[n++] = mask;
    }
    const used = keys.subarray(0, n);
    return new FrequentTier(runs, used, counts.subarray(0, n), masks.subarray(0, n), keyDirectory(used), signature);
  }

  /**
   * The sum of `key`'s stored counts in the tier's runs and the bits of the runs that store one
   * (0 and 0 when none does).
   */
  find(key: number): { count: number; mask: number } {
    const at = findKey(this.keys, this.directory, key);
    return at < 0 ? { count: 0, mask: 0 } : { count: this.counts[at] ?? 0, mask: this.masks[at] ?? 0 };
  }
}

/**
 * A connection's {@link FrequentTier} of its two deepest levels (as the resident tables' deep
 * tier: most keys, fewest changes), and the runs it leaves to be asked one by one.
 */
export class DeepTier {
  private seen: readonly LoadedRun[] | undefined;
  private current: { tier: FrequentTier; rest: readonly LoadedRun[] } = { tier: FrequentTier.of([], ''), rest: [] };

  /** The tier of the connection's current runs (the same array while they are unchanged), built again when its runs changed. */
  of(runs: readonly LoadedRun[]): { tier: FrequentTier; rest: readonly LoadedRun[] } {
    if (runs === this.seen) return this.current;
    this.seen = runs;
    const deepest = deepestLevel(runs);
    const deep = runs.filter((run) => run.level >= deepest - 1).slice(0, MAX_TIER_RUNS);
    const signature = runsSignature(deep);
    const tier = signature === this.current.tier.signature ? this.current.tier : FrequentTier.of(deep, signature);
    this.current = { tier, rest: runs.filter((run) => !deep.includes(run)) };
    return this.current;
  }
}
