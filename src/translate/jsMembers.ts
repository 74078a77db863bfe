/** Member names JavaScript gives values that Python's do not have: what a Python attribute name must never reach. */

/**
 * Member names JavaScript or the runtime gives a meaning: a Python method `toString` must not become
 * what `str()` calls, `then` must not make objects thenable (an `await` would call it), `constructor`
 * is the class's constructor, `prototype` a class's own. A program's attribute of one of these names gets a
 * trailing `_` (memberName); no Python object has one of its own, so on any other value it is AttributeError.
 * The runtime's pythonAttribute (names.ts) keeps the same list.
 */
export const jsMeaningfulMembers: ReadonlySet<string> = new Set([
  "constructor", "toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
  "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "prototype", "then",
  "pythonName", "pythonModule",
]);

