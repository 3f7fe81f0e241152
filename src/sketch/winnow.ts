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
  const n = shingles.length;
  if (n === 0) return new Uint32Array(0);
  if (n <= window) return Uint32Array.of(Math.min(...shingles));
  const picked = new Set<number>();
  let minPos = -1;
  for (let end = window - 1; end < n; end++) {
    const start = end - window + 1;
    if (minPos < start) {
      minPos = start;
      for (let i = start + 1; i <= end; i++) if ((shingles[i] ?? 0) <= (shingles[minPos] ?? 0)) minPos = i;
    } else if ((shingles[end] ?? 0) <= (shingles[minPos] ?? 0)) {
      minPos = end;
    }
    picked.add(shingles[minPos] ?? 0);
  }
  return Uint32Array.from(picked).sort();
}
