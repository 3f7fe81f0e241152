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
  const picked = new Uint32Array(n - window + 1);
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
  const sorted = picked.subarray(0, picks).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, distinct);
}
