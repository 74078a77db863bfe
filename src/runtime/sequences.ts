/** Python indexing and list/dict methods with their errors: negative indices, slices with a step, IndexError/KeyError/ValueError with CPython's messages. */
import { IndexError, KeyError, PyTypeError, ValueError, missingKey, pythonTypeName } from "./exceptions";
import { itemEquals, pyCompare, truthy } from "./compare";
import { repr } from "./repr";
import { iter } from "./iterables";
import { isTuple } from "./tuple";

/** What a sequence is, for the error message: "list index out of range" vs "tuple ..." vs "string ...". */
export type SequenceKind = "list" | "tuple" | "str";

export function sequenceKind(seq: unknown, kind?: SequenceKind | string): SequenceKind {
  if (kind === "list" || kind === "tuple" || kind === "str") return kind;
  if (kind?.startsWith("tuple")) return "tuple";
  if (kind?.startsWith("list")) return "list";
  if (typeof seq === "string") return "str";
  return isTuple(seq) ? "tuple" : "list";
}

/** seq[i] with Python's negative indices; IndexError when out of range. Strings index by code point. */
export function getIndex<T>(seq: readonly T[], i: number, kind?: SequenceKind | string): T;
export function getIndex(seq: string, i: number, kind?: SequenceKind | string): string;
export function getIndex<T>(seq: readonly T[] | string, i: number, kind?: SequenceKind | string): T | string {
  const items: readonly (T | string)[] = typeof seq === "string" ? (/[\uD800-\uDFFF]/.test(seq) ? [...seq] : seq.split("")) : seq;
  const index = i < 0 ? i + items.length : i;
  if (index < 0 || index >= items.length) {
    const name = sequenceKind(seq, kind);
    throw new IndexError(`${name === "str" ? "string" : name} index out of range`);
  }
  return items[index];
}

/**
 * `x[key]` where the translator does not know what `x` is (an item taken from an untyped queue): a dict
 * looks the key up, a list, tuple or str indexes by an int, an object with `__getitem__` answers; anything
 * else raises CPython's TypeError.
 */
export function getItem(container: unknown, key: unknown): unknown {
  if (container instanceof Map) return dictGet(container, key);
  if (typeof container === "object" && container !== null && typeof (container as { __getitem__?: unknown }).__getitem__ === "function") {
    return (container as { __getitem__(k: unknown): unknown }).__getitem__(key);
  }
  if (typeof container === "string" || Array.isArray(container)) {
    const index = typeof key === "boolean" ? Number(key) : key;
    if (typeof index === "number" && Number.isInteger(index)) return getIndex(container as readonly unknown[], index);
    const kind = sequenceKind(container as readonly unknown[] | string);
    throw new PyTypeError(kind === "str" ? `string indices must be integers, not '${pythonTypeName(key)}'` : `${kind} indices must be integers or slices, not ${pythonTypeName(key)}`);
  }
  throw new PyTypeError(`'${pythonTypeName(container)}' object is not subscriptable`);
}

/** seq[i] = value for lists, with negative indices and IndexError. */
export function setIndex<T>(list: T[], i: number, value: T): void {
  const index = i < 0 ? i + list.length : i;
  if (index < 0 || index >= list.length) throw new IndexError("list assignment index out of range");
  list[index] = value;
}

/** seq[start:stop:step] for a step other than 1 (None is written null), using Python's slice.indices rules. */
export function sliceStep<T>(seq: readonly T[], start: number | null, stop: number | null, step: number | null): T[];
export function sliceStep(seq: string, start: number | null, stop: number | null, step: number | null): string;
export function sliceStep<T>(seq: readonly T[] | string, start: number | null, stop: number | null, step: number | null): T[] | string {
  const items: readonly (T | string)[] = typeof seq === "string" ? [...seq] : seq;
  const n = items.length;
  const s = step ?? 1;
  if (s === 0) throw new ValueError("slice step cannot be zero");
  const clamp = (value: number | null, whenNull: number): number => {
    if (value === null) return whenNull;
    let v = value < 0 ? value + n : value;
    if (v < 0) v = s < 0 ? -1 : 0;
    else if (v >= n) v = s < 0 ? n - 1 : n;
    return v;
  };
  const from = clamp(start, s < 0 ? n - 1 : 0);
  const to = clamp(stop, s < 0 ? -1 : n);
  const out: (T | string)[] = [];
  for (let i = from; s > 0 ? i < to : i > to; i += s) out.push(items[i]);
  return typeof seq === "string" ? out.join("") : (out as T[]);
}

/** d[key]: KeyError with the key's repr when missing, unless the dict has __missing__ (defaultdict, Counter). */
export function dictGet<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  if (!map.has(key)) {
    const missing = (map as { __missing__?: (key: K) => V }).__missing__;
    if (typeof missing === "function") return missing.call(map, key);
    throw missingKey(key);
  }
  return map.get(key) as V;
}

/** d.pop(key[, default]). */
export function dictPop<K, V, D = V>(map: Map<K, V>, key: K, ...fallback: [D] | []): V | D {
  if (!map.has(key)) {
    if (fallback.length > 0) return fallback[0] as D;
    throw missingKey(key);
  }
  const value = map.get(key) as V;
  map.delete(key);
  return value;
}

/** list.index(x): the first position of an equal item; ValueError "x is not in list" otherwise. */
export function listIndex<T>(list: readonly T[], x: T): number {
  const i = list.findIndex((item) => itemEquals(item, x));
  if (i < 0) throw new ValueError(`${repr(x)} is not in list`);
  return i;
}

/** list.remove(x): removes the first equal item. */
export function listRemove<T>(list: T[], x: T): void {
  const i = list.findIndex((item) => itemEquals(item, x));
  if (i < 0) throw new ValueError("list.remove(x): x not in list");
  list.splice(i, 1);
}

/** list.pop(i=-1). */
export function listPop<T>(list: T[], i = -1): T {
  if (list.length === 0) throw new IndexError("pop from empty list");
  const index = i < 0 ? i + list.length : i;
  if (index < 0 || index >= list.length) throw new IndexError("pop index out of range");
  return list.splice(index, 1)[0];
}

/** x in container: Python equality for lists and tuples, keys for dicts, substrings for strings. */
export function pyContains(container: unknown, x: unknown): boolean {
  if (typeof container === "string") return typeof x === "string" && container.includes(x);
  if (container instanceof Map || container instanceof Set) return container.has(x);
  if (Array.isArray(container)) return container.some((item: unknown) => itemEquals(item, x));
  const includes = typeof container === "object" && container !== null ? (container as { includes?: unknown }).includes : undefined;
  if (typeof includes === "function") return Boolean(includes.call(container, x)); // range
  const contains = typeof container === "object" && container !== null ? (container as { __contains__?: unknown }).__contains__ : undefined;
  if (typeof contains === "function") return truthy(contains.call(container, x));
  // Python falls back on iteration, and a value that cannot be iterated cannot be searched.
  if (typeof container === "object" && container !== null && (Symbol.iterator in container || "__iter__" in container)) {
    for (const item of iter(container as Iterable<unknown>)) if (itemEquals(item, x)) return true;
    return false;
  }
  throw new PyTypeError(`argument of type '${pythonTypeName(container)}' is not iterable`);
}

/** del list[i]. */
export function listDelete<T>(list: T[], i: number): void {
  const index = i < 0 ? i + list.length : i;
  if (index < 0 || index >= list.length) throw new IndexError("list assignment index out of range");
  list.splice(index, 1);
}

/** list.sort(key=..., reverse=...) in place: stable, Python ordering (TypeError for mixed types). */
export function listSort<T>(list: T[], options: { key?: ((item: T) => unknown) | null; reverse?: boolean } = {}): void {
  const key = options.key ?? ((x: T) => x);
  const decorated = list.map((item, index) => ({ item, index, k: key(item) }));
  const sign = options.reverse ? -1 : 1;
  decorated.sort((a, b) => sign * pyCompare(a.k, b.k) || a.index - b.index);
  decorated.forEach((d, i) => (list[i] = d.item));
}

/** del d[key]: KeyError when missing. */
export function dictDelete<K, V>(map: Map<K, V>, key: K): void {
  if (!map.delete(key)) throw missingKey(key);
}

/** d.setdefault(key, default=None): the value, inserting the default first when the key is missing. */
export function setDefault<K, V>(map: Map<K, V>, key: K, value: V = null as V): V {
  if (!map.has(key)) map.set(key, value);
  return map.get(key) as V;
}

/** d.update(other): another dict, or (key, value) pairs. */
export function dictUpdate<K, V>(map: Map<K, V>, other: ReadonlyMap<K, V> | Iterable<readonly [K, V]> = []): void {
  for (const [k, v] of other) map.set(k, v);
}

/** set.remove(x): KeyError when missing (set.discard is JS delete). */
export function setRemove<T>(set: Set<T>, x: T): void {
  if (!set.delete(x)) throw missingKey(x);
}

/** set.pop(): the first member in the set's order (CPython's own order is its hash table's), removed. */
export function setPop<T>(set: Set<T>): T {
  for (const x of set) {
    set.delete(x);
    return x;
  }
  throw new KeyError("pop from an empty set");
}
