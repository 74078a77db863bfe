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

/** Whether `value` is a named tuple: an instance of a class with `_fields` that iterates its fields. */
export function isNamedTuple(value: unknown): value is Iterable<unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const fields = (value.constructor as { _fields?: unknown } | undefined)?._fields;
  return Array.isArray(fields) && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";
}

/** A named tuple as the plain tuple of its items, so it compares and hashes as that tuple does; any other value as it is. */
export function tupleValue(value: unknown): unknown {
  return isNamedTuple(value) ? markTuple([...value]) : value;
}

/** isinstance(value, tuple) where the value's type is not known: a marked array or a named tuple. */
export function isTupleOrNamedTuple(value: unknown): boolean {
  return isTuple(value) || isNamedTuple(value);
}
