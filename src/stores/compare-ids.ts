/**
 * Orders ids by UTF-16 code units, the order of JavaScript's default sort. Every backend sorts
 * with this in JavaScript rather than trusting its own collation (SQLite compares UTF-8 bytes,
 * which disagrees for characters above U+FFFF), so all backends list ids in the same order.
 * @returns negative, zero or positive, like any comparator
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns the distinct values, sorted with `compareIds`.
 * @param values any strings, duplicates allowed
 * @returns a new sorted array without duplicates
 */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareIds);
}

/**
 * The distinct values sorted with `compareIds`, as {@link sortedUnique} gives them, but the
 * array itself when it already is (a document's keys are stored sorted, so a lookup of them
 * skips a Set and a sort).
 * @param values any strings, duplicates allowed
 */
export function ascendingUnique(values: readonly string[]): readonly string[] {
  for (let i = 1; i < values.length; i++) if (compareIds(values[i - 1] ?? '', values[i] ?? '') >= 0) return sortedUnique(values);
  return values;
}

/** Room for {@link hasRepeats} to sort many values, kept between calls (grown as needed). */
let sortRoom = new Float64Array(256);

/**
 * Whether a value occurs twice: pairwise for a few values, else sorted in a kept typed array (no
 * Set and no array made per call: a lookup asks it for each of its ≈ 108 sketch keys' hashes).
 * @param values finite numbers
 */
export function hasRepeats(values: readonly number[]): boolean {
  const n = values.length;
  if (n <= 64) {
    for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (values[i] === values[j]) return true;
    return false;
  }
  if (sortRoom.length < n) sortRoom = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) sortRoom[i] = values[i] ?? 0;
  const sorted = sortRoom.subarray(0, n).sort();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) return true;
  return false;
}
