/** Python's `functools` as programs use it: partial application, reduce, and memoizing a plain function. */
import { PyTypeError } from "./exceptions";
import { itemEquals } from "./compare";

/** functools.partial(fn, ...bound): the bound arguments are evaluated once, when the partial is made, as in Python. */
export function partial<A extends unknown[], B extends unknown[], R>(fn: (...args: [...A, ...B]) => R, ...bound: A): (...rest: B) => R {
  return (...rest: B) => fn(...bound, ...rest);
}

/** functools.reduce(fn, items[, initial]): Python's TypeError for an empty sequence without an initial value. */
export function reduce<T>(fn: (acc: T, item: T) => T, items: Iterable<T>): T;
export function reduce<T, A>(fn: (acc: A, item: T) => A, items: Iterable<T>, initial: A): A;
export function reduce<T, A>(fn: (acc: A, item: T) => A, items: Iterable<T>, ...initial: [A] | []): A {
  const it = items[Symbol.iterator]();
  let acc: A;
  if (initial.length > 0) acc = initial[0] as A;
  else {
    const first = it.next();
    if (first.done) throw new PyTypeError("reduce() of empty iterable with no initial value");
    acc = first.value as unknown as A;
  }
  for (let next = it.next(); !next.done; next = it.next()) acc = fn(acc, next.value);
  return acc;
}

/**
 * @lru_cache / @cache on a plain function: a call with the same arguments (equal as Python compares
 * them) gives the remembered result without running the body again. `maxsize` evicts the least
 * recently used entry; `cache_info()` counts hits and misses as Python does.
 */
export function lruCache<P extends unknown[], R>(fn: (...args: P) => R, maxsize: number | null = 128): ((...args: P) => R) & { cacheInfo(): CacheInfo; cacheClear(): void } {
  let entries: { args: P; result: R }[] = [];
  const info = { hits: 0, misses: 0 };
  const cached = (...args: P): R => {
    const i = entries.findIndex((e) => e.args.length === args.length && e.args.every((a, k) => itemEquals(a, args[k])));
    if (i >= 0) {
      info.hits++;
      const [entry] = entries.splice(i, 1);
      entries.push(entry!);
      return entry!.result;
    }
    info.misses++;
    const result = fn(...args);
    if (maxsize !== 0) entries.push({ args, result });
    if (maxsize !== null && entries.length > maxsize) entries.shift();
    return result;
  };
  return Object.assign(cached, {
    cacheInfo: () => new CacheInfo(info.hits, info.misses, maxsize, entries.length),
    cacheClear: () => {
      entries = [];
      info.hits = 0;
      info.misses = 0;
    },
  });
}

/** What `cache_info()` returns, printed as Python prints the named tuple. */
export class CacheInfo {
  constructor(
    readonly hits: number,
    readonly misses: number,
    readonly maxsize: number | null,
    readonly currsize: number,
  ) {}
  __repr__(): string {
    return `CacheInfo(hits=${this.hits}, misses=${this.misses}, maxsize=${this.maxsize === null ? "None" : this.maxsize}, currsize=${this.currsize})`;
  }
}

/** Values of `@cached_property` getters, by instance (a WeakMap: they go with the instance, as its `__dict__` would). */
const cachedValues = new WeakMap<object, Map<string, unknown>>();

/** `@cached_property`: `compute()` on the first read of `name` on `self`, that value on every later read. */
export function cachedProperty<T>(self: object, name: string, compute: () => T): T {
  const values = cachedValuesOf(self);
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}

/** `obj.name = value` on a `@cached_property`: the value read from now on, as CPython stores it in `__dict__`. */
export function setCachedProperty(self: object, name: string, value: unknown): void {
  cachedValuesOf(self).set(name, value);
}

function cachedValuesOf(self: object): Map<string, unknown> {
  let values = cachedValues.get(self);
  if (!values) cachedValues.set(self, (values = new Map()));
  return values;
}
