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
