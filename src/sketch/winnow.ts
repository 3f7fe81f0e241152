/** Window of the winnowing fingerprint selection: every run of 12 shingles keeps one. */
export const DEFAULT_WINNOW_WINDOW = 12;

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): the minimum hash of every window of `window`
 * consecutive shingles (rightmost on ties), deduplicated. Any passage of at least
 * `window + k - 1` words shared by two texts yields at least one common fingerprint, so
 * fingerprints find a short text inside a long one (containment) where Jaccard cannot.
 * @returns distinct fingerprints, sorted ascending
 */
export function winnow(shingles: Uint32Array, window = DEFAULT_WINNOW_WINDOW): Uint32Array {
  return winnowOf(shingles, shingles.length, window);
}

/** {@link winnow} over the first `count` values of `shingles` (a reused buffer). */
export function winnowOf(shingles: Uint32Array, count: number, window = DEFAULT_WINNOW_WINDOW): Uint32Array {
  const n = count;
  if (n === 0) return new Uint32Array(0);
  if (n <= window) {
    let min = shingles[0] ?? 0;
    for (let i = 1; i < n; i++) min = Math.min(min, shingles[i] ?? 0);
    return Uint32Array.of(min);
  }
  // A window's pick is recorded once, when the minimum position moves: at most n picks.
  if (pickScratch.length < n) pickScratch = new Uint32Array(n * 2);
  const picked = pickScratch;
  let picks = 0;
  let minPos = -1;
  let minValue = 0;
  for (let end = window - 1; end < n; end++) {
    const start = end - window + 1;
    if (minPos < start) {
      minPos = start;
      minValue = shingles[start] ?? 0;
      for (let i = start + 1; i <= end; i++) {
        const v = shingles[i] ?? 0;
        if (v <= minValue) {
          minValue = v;
          minPos = i;
        }
      }
      picked[picks++] = minValue;
    } else {
      const v = shingles[end] ?? 0;
      if (v <= minValue) {
        minValue = v;
        minPos = end;
        picked[picks++] = minValue;
      }
    }
  }
  return sortedDistinct(picked, picks);
}

// The picks of one call, reused across calls (grown on demand).
let pickScratch = new Uint32Array(4096);

/**
 * The distinct values of `values[0, count)`, sorted ascending, in a new array: one copy, sorted
 * in place, deduplicated in place, and cut only when a value repeated (rare for fingerprints).
 */
function sortedDistinct(values: Uint32Array, count: number): Uint32Array {
  const sorted = values.slice(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] ?? 0;
  }
  return distinct === count ? sorted : sorted.slice(0, distinct);
}
