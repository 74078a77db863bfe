/** Objects whose Python class derives from int (an IntEnum member): ==, <, arithmetic, sum and dict keys use their int. */

/** Set on the prototype of a class whose instances are Python ints (a user class with `__index__` is not one). */
export const intSubclassMark: unique symbol = Symbol.for("asyncio-ts.intSubclass");

/** The int an int-subclass instance stands for (its valueOf), or null for anything else. */
export function intSubclassValue(x: unknown): number | null {
  return typeof x === "object" && x !== null && intSubclassMark in x ? Number((x as { valueOf(): unknown }).valueOf()) : null;
}
