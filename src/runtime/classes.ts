/** Python's issubclass(cls, base) over JavaScript classes (a tuple of bases is any of them; a type object from typeOf stands for its class). */
import { PyType } from "./convert";

/** issubclass(cls, base): cls is base or derives from it. */
export function issubclass(cls: unknown, base: unknown): boolean {
  if (Array.isArray(base)) return base.some((b) => issubclass(cls, b));
  const asClass = (x: unknown): unknown => (x instanceof PyType ? (x.cls ?? x) : x);
  const c = asClass(cls);
  const b = asClass(base);
  if (c === b) return true;
  if (typeof c !== "function" || typeof b !== "function") return false;
  return (c as { prototype: unknown }).prototype instanceof b;
}
