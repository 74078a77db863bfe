/** Objects whose Python class derives from str (a StrEnum member, a `(str, Enum)` member): ==, <, and dict keys use their str. */

/** Set on the prototype of a class whose instances are Python strs. */
export const strSubclassMark: unique symbol = Symbol.for("asyncio-ts.strSubclass");

/** The str a str-subclass instance stands for, or null for anything else. */
export function strSubclassValue(x: unknown): string | null {
  return typeof x === "object" && x !== null && strSubclassMark in x ? String((x as unknown as { value: unknown }).value) : null;
}
