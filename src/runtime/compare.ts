/** Python's ==, <, truthiness and len(): deep equality of lists/dicts/sets, lexicographic ordering of lists, tuples and strings (by code point), TypeError for mixed types. */
import { PyTypeError, pythonTypeName } from "./exceptions";
import { isTuple } from "./tuple";
import { intSubclassValue } from "./intSubclass";
import { strSubclassValue } from "./strSubclass";

/**
 * Python's NotImplemented: what a comparison method (`__eq__`, `__lt__`) returns for an operand it
 * does not handle, so that Python tries the other operand, then falls back (identity for ==, a
 * TypeError for <). A @dataclass's methods return it for an instance of another class.
 */
export const NotImplemented: unique symbol = Symbol("NotImplemented");
export type NotImplementedType = typeof NotImplemented;

/**
 * Python's a == b: numbers (True == 1), strings, lists/tuples item by item, dicts and sets by content, else
 * __eq__, else identity. Not identity first: `nan == nan` is False, and so is `obj == obj` when its __eq__ says so.
 */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a instanceof Number) a = a.valueOf(); // a whole float kept as a float (pyFloat)
  if (b instanceof Number) b = b.valueOf();
  a = asIndex(a); // an IntEnum member is an int, a StrEnum member a str
  b = asIndex(b);
  if (a == null && b == null) return true; // None is null or undefined (a function's missing return)
  // a.__eq__(b), then the builtin comparison, then b.__eq__(a) (Python's reflected try when a's method or
  // the builtin type returns NotImplemented: 1 == obj and [1] == obj ask obj), else identity.
  const mine = callEq(a, b);
  if (mine !== NotImplemented) return Boolean(mine);
  const builtin = builtinEquals(a, b);
  if (builtin !== NotImplemented) return builtin;
  const theirs = callEq(b, a);
  return theirs !== NotImplemented ? Boolean(theirs) : Object.is(a, b);
}

/**
 * How Python compares items inside containers (list and tuple ==, `in`, index, count, remove, dict values):
 * identity first, then ==, so `[x] == [x]` and `x in [x]` hold for a nan or an object whose __eq__ says False.
 * JavaScript has one NaN, so two nans made apart (`float("nan")` twice), which Python keeps apart, count as one.
 */
export function itemEquals(a: unknown, b: unknown): boolean {
  return Object.is(a instanceof Number ? a.valueOf() : a, b instanceof Number ? b.valueOf() : b) || pyEquals(a, b);
}

/** x.__eq__(y) when x is an object with that method, else NotImplemented. */
function callEq(x: unknown, y: unknown): unknown {
  const method = typeof x === "object" && x !== null ? (x as { __eq__?: unknown }).__eq__ : undefined;
  return typeof method === "function" ? (method.call(x, y) as unknown) : NotImplemented;
}

/** == of two builtin values of kinds that compare (numbers and bools, strings, lists, tuples, dicts, sets), else NotImplemented. */
function builtinEquals(a: unknown, b: unknown): boolean | typeof NotImplemented {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (typeof a === "string" && typeof b === "string") return a === b;
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    return a.length === b.length && a.every((item: unknown, i) => itemEquals(item, b[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !itemEquals(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const item of a) if (!b.has(item)) return false;
    return true;
  }
  return NotImplemented;
}

/** A number or a bool: Python compares them as numbers (True == 1, False < 2). */
function isNumeric(x: unknown): x is number | boolean {
  return typeof x === "number" || typeof x === "boolean";
}

/** An int- or str-subclass instance (an IntEnum or StrEnum member) as its int or str; anything else as it is. */
function asIndex(x: unknown): unknown {
  return intSubclassValue(x) ?? strSubclassValue(x) ?? x;
}

/**
 * Compare for <, <=, >, >= (and sorting, min, max): negative, zero or positive. Numbers and bools compare
 * as numbers, strings by code point, lists and tuples item by item; anything else raises TypeError with
 * CPython's message (`op` is the operator to name in it).
 */
export function pyCompare(a: unknown, b: unknown, op: "<" | "<=" | ">" | ">=" = "<"): number {
  if (a instanceof Number) a = a.valueOf(); // a whole float kept as a float (pyFloat)
  if (b instanceof Number) b = b.valueOf();
  a = asIndex(a); // an IntEnum member is an int, a StrEnum member a str
  b = asIndex(b);
  if (isNumeric(a) && isNumeric(b)) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0; // NaN compares as "neither", like Python's comparisons
  }
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!itemEquals(a[i], b[i])) return pyCompare(a[i], b[i], op);
    }
    return a.length - b.length;
  }
  if (typeof a === "object" && a !== null) {
    const lt = (a as { __lt__?: unknown }).__lt__;
    const less: unknown = typeof lt === "function" ? lt.call(a, b) : NotImplemented;
    if (less !== NotImplemented) {
      if (less === true) return -1;
      const gt = (b as { __lt__?: unknown } | null)?.__lt__;
      return typeof gt === "function" && gt.call(b, a) === true ? 1 : 0;
    }
  }
  throw new PyTypeError(`'${op}' not supported between instances of '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
}

/** Strings in code point order (JS compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  if (!/[\uD800-\uDFFF]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) ?? 0) - (y[i].codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Python's a < b (and friends) as booleans, with the same TypeError for mixed types. */
export function pyLess(a: unknown, b: unknown): boolean {
  return pyCompare(a, b, "<") < 0;
}

/** Python truthiness: 0, "", None, empty list/dict/set are false; objects use __bool__ then __len__. */
export function truthy(x: unknown): boolean {
  if (x === null || x === undefined) return false;
  if (typeof x === "number") return x !== 0; // NaN is true in Python too
  if (x instanceof Number) return x.valueOf() !== 0; // a whole float kept as a float (pyFloat)
  if (typeof x === "string") return x.length > 0;
  if (typeof x === "boolean") return x;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  const bool = (x as { __bool__?: unknown }).__bool__;
  if (typeof bool === "function") return Boolean(bool.call(x));
  const length = (x as { __len__?: unknown }).__len__;
  if (typeof length === "function") return Number(length.call(x)) > 0;
  return true;
}

/** `a or b` in Python: `a` when it is true (in Python's sense), else `b()`; `b` is not evaluated otherwise. */
export function pyOr<A, B>(a: A, b: () => B): A | B {
  return truthy(a) ? a : b();
}

/** `a and b` in Python: `a` when it is false (in Python's sense), else `b()`. */
export function pyAnd<A, B>(a: A, b: () => B): A | B {
  return truthy(a) ? b() : a;
}

/** len(x): code points for strings ("😀" has length 1), items for lists, dicts and sets, else __len__. */
export function len(x: unknown): number {
  if (typeof x === "string") return /[\uD800-\uDFFF]/.test(x) ? [...x].length : x.length;
  if (Array.isArray(x)) return x.length;
  if (x instanceof Map || x instanceof Set) return x.size;
  const length = typeof x === "object" && x !== null ? (x as { __len__?: unknown }).__len__ : undefined;
  if (typeof length === "function") return Number(length.call(x));
  throw new PyTypeError(`object of type '${pythonTypeName(x)}' has no len()`);
}
