/** Python tuples: a tuple and a list are both JS arrays, so tuples made at run time are remembered here to print as `(1, 2)`. */

/** Arrays that stand for Python tuples (a WeakSet, so remembering them never keeps them alive). */
export const tupleArrays: WeakSet<readonly unknown[]> = new WeakSet();

/**
 * Mark an array as a Python tuple and return it unchanged. The `| []` makes TypeScript infer a tuple type:
 * `markTuple([1, "a"])` is `[number, string]`, not `(string | number)[]`.
 */
export function markTuple<T extends readonly unknown[] | []>(items: T): T {
  tupleArrays.add(items);
  return items;
}

/** True when `value` is an array marked as a tuple. */
export function isTuple(value: unknown): boolean {
  return Array.isArray(value) && tupleArrays.has(value);
}
