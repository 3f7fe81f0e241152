import type { ConceptBag } from '../synonyms/index.js';
import type { ConceptPostings } from './concept-postings.js';

/**
 * {@link conceptBagSimilarity} of one bag against many, a matrix row at a time. Compared pair
 * by pair, every target bag's concepts were walked for every source sentence it was compared
 * with (hundreds of WordNet ids a news sentence, most of them shared with nothing); here the
 * work is per concept the row's bag shares with a target, found through the target side's
 * postings, and per stem it shares, found through a table of the target side's stems.
 * The marks are the pairwise comparison's, so the values are exactly its values.
 */
export interface ConceptRows {
  /**
   * Fills `out[j]` for each of the first `count` entries `j` of `candidates` (distinct target
   * indexes) with the similarity of `bag` to target `j`'s bag (0 when that target has none);
   * other entries of `out` are left as they were.
   */
  row(bag: ConceptBag, candidates: Int32Array, count: number, out: Float64Array): void;
}

// Scratch shared by all rows and matrices, grown on demand. A mark is live when it holds the
// current row's stamp, so nothing is cleared between rows: a new row takes a new stamp.
let stamp = 0;
let inRow = new Int32Array(256);
let marksA = new Int32Array(4096);
let marksB = new Int32Array(4096);
let countA = new Int32Array(256);
let countB = new Int32Array(256);

function nextStamp(): number {
  if (stamp === 0x7fffffff) {
    stamp = 0;
    inRow.fill(0);
    marksA.fill(0);
    marksB.fill(0);
  }
  return (stamp += 1);
}

/** A table at least `size` long, keeping the live entries (stamps) of the old one. */
function grown(table: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (table.length >= size) return table;
  const out = new Int32Array(Math.max(size, table.length * 2));
  out.set(table);
  return out;
}

/**
 * What {@link conceptRows} needs of the target side besides its postings, built once per side
 * and kept with it (see target-index.ts): where each target's stem marks start, and which
 * targets hold each stem.
 */
export interface ConceptRowTarget {
  /** Target j's stem marks are `offsets[j]` to `offsets[j + 1]`. */
  readonly offsets: Int32Array;
  /** Stem → (target, index of the stem in that target's bag) pairs, flat. */
  readonly holders: ReadonlyMap<string, readonly number[]>;
}

/**
 * The target side's stems for {@link conceptRows}.
 * @param bags the target sentences' bags, by target index (undefined: the sentence has none)
 */
export function conceptRowTarget(bags: readonly (ConceptBag | undefined)[]): ConceptRowTarget {
  const offsets = new Int32Array(bags.length + 1);
  const holders = new Map<string, number[]>();
  bags.forEach((bag, j) => {
    const stems = bag?.stems ?? [];
    offsets[j + 1] = (offsets[j] ?? 0) + stems.length;
    stems.forEach((stem, h) => {
      const list = holders.get(stem);
      if (list === undefined) holders.set(stem, [j, h]);
      else list.push(j, h);
    });
  });
  return { offsets, holders };
}

/**
 * Prepares the target side of a similarity matrix for row-batched concept similarity.
 * @param bags the target sentences' bags, by target index (undefined: the sentence has none)
 * @param concepts postings of the same bags' concept ids (see indexConcepts); used by every row,
 *   so they must stay valid (not cleared) while rows are computed
 * @param target {@link conceptRowTarget} of the same bags, when kept from an earlier matrix
 * @returns the rows' computer; valid as long as the postings are
 */
export function conceptRows(bags: readonly (ConceptBag | undefined)[], concepts: ConceptPostings, target: ConceptRowTarget = conceptRowTarget(bags)): ConceptRows {
  const m = bags.length;
  const { offsets, holders } = target;
  inRow = grown(inRow, m);
  countA = grown(countA, m);
  countB = grown(countB, m);
  return {
    row(bag, candidates, count, out) {
      const size = bag.stems.length;
      const now = nextStamp();
      marksA = grown(marksA, m * size);
      marksB = grown(marksB, offsets[m] ?? 0);
      for (let c = 0; c < count; c++) {
        const j = candidates[c] ?? 0;
        inRow[j] = now;
        countA[j] = 0;
        countB[j] = 0;
      }
      // Stem h of the row's bag (mark j·size + h), and stem h of target j (mark offsets[j] + h),
      // matched: each counted once. Written out in the loops, not as closures: a closure made per
      // row costs a call each (and, run through tsx, a naming call per row).
      // The same stem on both sides.
      for (let h = 0; h < size; h++) {
        const list = holders.get(bag.stems[h] ?? '');
        if (list === undefined) continue;
        for (let p = 0; p < list.length; p += 2) {
          const j = list[p] ?? 0;
          if (inRow[j] !== now) continue;
          const own = j * size + h;
          if (marksA[own] !== now) {
            marksA[own] = now;
            countA[j] = (countA[j] ?? 0) + 1;
          }
          const theirs = (offsets[j] ?? 0) + (list[p + 1] ?? 0);
          if (marksB[theirs] !== now) {
            marksB[theirs] = now;
            countB[j] = (countB[j] ?? 0) + 1;
          }
        }
      }
      // A concept on both sides: all its holders on each side.
      const ids = bag.conceptIds;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] ?? 0;
        const n = concepts.count(id);
        if (n === 0) continue;
        const start = concepts.start(id);
        const own = bag.stemsOfConcept[k] ?? [];
        for (let p = start; p < start + n; p++) {
          const j = concepts.sentences[p] ?? 0;
          if (inRow[j] !== now) continue;
          const base = j * size;
          for (const h of own) {
            if (marksA[base + h] === now) continue;
            marksA[base + h] = now;
            countA[j] = (countA[j] ?? 0) + 1;
          }
          const offset = offsets[j] ?? 0;
          for (const h of bags[j]?.stemsOfConcept[concepts.positions[p] ?? 0] ?? []) {
            if (marksB[offset + h] === now) continue;
            marksB[offset + h] = now;
            countB[j] = (countB[j] ?? 0) + 1;
          }
        }
      }
      for (let c = 0; c < count; c++) {
        const j = candidates[c] ?? 0;
        const other = bags[j];
        const total = size + (other?.stems.length ?? 0);
        out[j] = other === undefined || total === 0 ? 0 : ((countA[j] ?? 0) + (countB[j] ?? 0)) / total;
      }
    },
  };
}
