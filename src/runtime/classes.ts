/** Python's issubclass(cls, base) over JavaScript classes (a tuple of bases is any of them). */

/** issubclass(cls, base): cls is base or derives from it. */
export function issubclass(cls: unknown, base: unknown): boolean {
  if (Array.isArray(base)) return base.some((b) => issubclass(cls, b));
  if (typeof cls !== "function" || typeof base !== "function") return false;
  return cls === base || (cls as { prototype: unknown }).prototype instanceof base;
}
