/** Python's unpacking assignment `a, b = xs` and `a, *rest, b = xs`: the length is checked (ValueError), where JS destructuring silently fills in undefined. */
import { PyTypeError, ValueError } from "./exceptions";

/** `a, b = xs`: exactly `count` items, else CPython's ValueError. */
export function unpack<T>(values: Iterable<T>, count: number): T[] {
  const items = [...values];
  if (items.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
  if (items.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
  return items;
}

/** `a, *middle, z = xs`: `before` items, a list of the rest, then `after` items. */
export function unpackStar<T>(values: Iterable<T>, before: number, after: number): (T | T[])[] {
  const items = [...values];
  if (items.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = items.slice(before, items.length - after);
  return [...items.slice(0, before), middle, ...items.slice(items.length - after)];
}

/** `for a, b in items` where the items' type is not known here: each item unpacked as `a, b = item` is. */
export function* unpackEach(items: Iterable<unknown>, count: number): Generator<unknown[], void, undefined> {
  for (const item of items) yield unpack(item as Iterable<unknown>, count);
}

/** `Point._make(items)`: the items, exactly `count` of them, else CPython's TypeError. */
export function namedTupleItems(items: unknown, count: number): unknown[] {
  const values = [...(items as Iterable<unknown>)];
  if (values.length !== count) throw new PyTypeError(`Expected ${count} arguments, got ${values.length}`);
  return values;
}
