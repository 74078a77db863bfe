/**
 * Lookup tables keyed by names the program wrote (a method, an attribute, a keyword, a module member): with
 * a null prototype, so `table["constructor"]`, `table["__proto__"]` or `"toString" in table` find nothing
 * rather than a member of Object.prototype that would be taken for an entry.
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
