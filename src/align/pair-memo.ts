/**
 * Memoises a function of two objects by their identity: the second call with the same two
 * objects returns the first call's result. Entries go with their keys (weak on both), so the
 * inputs must never change and callers must not change the results.
 * @param f the function; called at most once per pair of objects still alive
 * @returns the memoised function
 */
export function pairMemo<K extends object, V>(f: (a: K, b: K) => V): (a: K, b: K) => V {
  const memo = new WeakMap<K, WeakMap<K, V>>();
  return (a, b) => {
    let inner = memo.get(a);
    if (inner === undefined) memo.set(a, (inner = new WeakMap()));
    let value = inner.get(b);
    if (value === undefined) inner.set(b, (value = f(a, b)));
    return value;
  };
}
