/** Python's methods of str, list, dict and set, looked up by name at run time, for a value whose type the translation did not know. */
import { isTuple, markTuple } from "./tuple";
import { dictPop, dictUpdate, listIndex, listPop, listRemove, listSort, setDefault, setPop, setRemove } from "./sequences";
import { capitalize, count, lstrip, replaceCount, rsplit, rstrip, split, splitlines, strFind, strIndex, strJoin, strip, title } from "./strings";

type Method<T> = (self: T, ...args: never[]) => unknown;

/** What a method that returns None gives back. */
const none = null;

const strMethods: Record<string, Method<string>> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  strip,
  lstrip,
  rstrip,
  split,
  rsplit,
  splitlines,
  join: (s, items: Iterable<unknown>) => strJoin(s, items),
  replace: replaceCount,
  find: strFind,
  index: strIndex,
  count,
  startswith: (s, prefix: string | readonly string[]) => (typeof prefix === "string" ? [prefix] : prefix).some((p) => s.startsWith(p)),
  endswith: (s, suffix: string | readonly string[]) => (typeof suffix === "string" ? [suffix] : suffix).some((p) => s.endsWith(p)),
  title,
  capitalize,
};

const listMethods: Record<string, Method<unknown[]>> = {
  append: (xs, x: unknown) => (xs.push(x), none),
  extend: (xs, items: Iterable<unknown>) => (xs.push(...items), none),
  insert: (xs, i: number, x: unknown) => (xs.splice(i < 0 ? Math.max(0, xs.length + i) : i, 0, x), none),
  pop: listPop,
  remove: (xs, x: unknown) => (listRemove(xs, x), none),
  index: listIndex,
  count,
  sort: (xs, options?: { key?: ((item: unknown) => unknown) | null; reverse?: boolean }) => (listSort(xs, options), none),
  reverse: (xs) => (xs.reverse(), none),
  clear: (xs) => ((xs.length = 0), none),
  copy: (xs) => [...xs],
};

/** A tuple has only the two methods that do not change it. */
const tupleMethods: Record<string, Method<unknown[]>> = { index: listMethods.index!, count: listMethods.count! };

const dictMethods: Record<string, Method<Map<unknown, unknown>>> = {
  get: (d, key: unknown, fallback: unknown = null) => (d.has(key) ? d.get(key) : fallback),
  keys: (d) => [...d.keys()],
  values: (d) => [...d.values()],
  items: (d) => [...d].map((entry) => markTuple([...entry])),
  pop: (d, key: unknown, ...fallback: unknown[]) => dictPop(d, key, ...(fallback.slice(0, 1) as [unknown] | [])),
  setdefault: (d, key: unknown, value?: unknown) => setDefault(d, key, value ?? null),
  update: (d, other?: ReadonlyMap<unknown, unknown>) => (dictUpdate(d, other), none),
  clear: (d) => (d.clear(), none),
};

const setMethods: Record<string, Method<Set<unknown>>> = {
  add: (s, x: unknown) => (s.add(x), none),
  discard: (s, x: unknown) => (s.delete(x), none),
  remove: (s, x: unknown) => (setRemove(s, x), none),
  pop: setPop,
  clear: (s) => (s.clear(), none),
};

/** `value.name` of a str, list, tuple, dict or set, as a function of the remaining arguments; undefined when the table has no such method. */
export function builtinMethod(value: unknown, name: string): ((...args: unknown[]) => unknown) | undefined {
  const table = typeof value === "string" ? strMethods : Array.isArray(value) ? (isTuple(value) ? tupleMethods : listMethods) : value instanceof Map ? dictMethods : value instanceof Set ? setMethods : undefined;
  const method = table && Object.hasOwn(table, name) ? (table as Record<string, Method<unknown>>)[name] : undefined;
  return method && ((...args: unknown[]) => (method as (self: unknown, ...rest: unknown[]) => unknown)(value, ...args));
}
