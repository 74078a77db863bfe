/** Python's iter, next, enumerate, zip, map, filter, sum, min, max, sorted, reversed, any and all over JS arrays and iterables, with Python's ordering, stability and error messages. */
import { PyTypeError, StopIteration, ValueError, pythonTypeName } from "./exceptions";
import { pyCompare, truthy } from "./compare";
import { markTuple } from "./tuple";
import { intSubclassValue } from "./intSubclass";

/** The items of anything Python can iterate: a string gives its characters, a dict its keys. */
/**
 * `for x in v` where v is never iterable (an int, None, a coroutine, an async generator): CPython's TypeError.
 * It never returns; the type is one `for...of` accepts.
 */
export function notIterable(_value: unknown, typeName: string): Iterable<never> {
  throw new PyTypeError(`'${typeName}' object is not iterable`);
}

/** `async for x in v` where v has no __aiter__ (a list, a plain generator): CPython's TypeError, where `for await` would iterate it. */
export function notAsyncIterable(value: unknown, typeName?: string): AsyncIterable<never> {
  throw new PyTypeError(`'async for' requires an object with __aiter__ method, got ${typeName ?? pythonTypeName(value)}`);
}

/** `async for` over a value of a type the translator does not know: async iterables as they are, CPython's TypeError for the rest. */
export function asyncIterable(value: unknown): AsyncIterable<unknown> {
  if (typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === "function") return value as AsyncIterable<unknown>;
  return notAsyncIterable(value);
}

export function iterItems<T>(iterable: Iterable<T> | Map<T, unknown>): T[] {
  if (iterable instanceof Map) return [...iterable.keys()];
  if (iterable === null || iterable === undefined || typeof (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new PyTypeError(`'${pythonTypeName(iterable)}' object is not iterable`);
  }
  return [...iterable];
}

/** An iterator over anything Python can iterate, without reading it all first (TypeError if it is not iterable). */
export function iterItemsLazily<T>(iterable: Iterable<T>): Iterator<T> {
  if (iterable === null || iterable === undefined || typeof (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new PyTypeError(`'${pythonTypeName(iterable)}' object is not iterable`);
  }
  return iterable[Symbol.iterator]();
}

/** enumerate(iterable, start): (index, item) tuples. */
export function enumerate<T>(iterable: Iterable<T>, start = 0): [number, T][] {
  return iterItems(iterable).map((item, i) => markTuple([start + i, item] as [number, T]));
}

/** zip(a, b, ...): tuples of items at the same position, as long as the shortest input. */
export function zip<const A extends readonly Iterable<unknown>[]>(...iterables: A): { -readonly [K in keyof A]: A[K] extends Iterable<infer T> ? T : never }[] {
  type Row = { -readonly [K in keyof A]: A[K] extends Iterable<infer T> ? T : never };
  // In lockstep, item by item, so an endless input (itertools.cycle, count) stops with the shortest one.
  const iterators = iterables.map((it) => (it instanceof Map ? it.keys() : iterItemsLazily(it)));
  const rows: Row[] = [];
  if (iterators.length === 0) return rows;
  for (;;) {
    const row: unknown[] = [];
    for (const it of iterators) {
      const next = it.next();
      if (next.done) return rows;
      row.push(next.value);
    }
    rows.push(markTuple(row) as unknown as Row);
  }
}

/** map(fn, *iterables): lazy like Python's (nothing is called until it is iterated), as long as the shortest input. */
export function* map<A extends unknown[], R>(fn: (...args: A) => R, ...iterables: { [K in keyof A]: Iterable<A[K]> }): Generator<R, void, undefined> {
  const iterators = iterables.map((it) => iterOf(it));
  for (;;) {
    const items: unknown[] = [];
    for (const it of iterators) {
      const next = it.next();
      if (next.done) return;
      items.push(next.value);
    }
    yield fn(...(items as A));
  }
}

/** filter(fn, iterable): lazy like Python's; with `None` it keeps the items that are true in Python's sense. */
export function* filter<T>(fn: ((item: T) => unknown) | null, iterable: Iterable<T>): Generator<T, void, undefined> {
  const it = iterOf(iterable);
  for (let next = it.next(); !next.done; next = it.next()) if (truthy(fn === null ? next.value : fn(next.value))) yield next.value;
}

/**
 * iter(x): an iterator over what Python iterates (a dict's keys); iterable itself, as Python's are. A value
 * of a type the translation did not know is iterated as Python would (or is its TypeError: not iterable).
 */
export function iter<T>(iterable: Iterable<T> | PyIterable<T>): IterableIterator<T>;
export function iter(iterable: unknown): IterableIterator<unknown>;
export function iter<T>(iterable: Iterable<T> | PyIterable<T> | unknown): IterableIterator<T> {
  if (typeof iterable === "object" && iterable !== null && "__iter__" in iterable) return pyIterator((iterable as PyIterable<T>).__iter__());
  return iterableIterator(iterOf(iterable as Iterable<T>));
}

/** An iterator as JavaScript's for...of takes it: itself when it is iterable already. */
function iterableIterator<T>(it: Iterator<T>): IterableIterator<T> {
  return Symbol.iterator in it ? (it as IterableIterator<T>) : { next: () => it.next(), [Symbol.iterator]() { return this; } };
}

/** A class of the program with __iter__ (returning an object with __next__, or a generator). */
export interface PyIterable<T> {
  __iter__(): PyIterator<T> | Iterator<T>;
}

/** A class of the program with __next__, which raises StopIteration at the end. */
export interface PyIterator<T> {
  __next__(): T;
}

/** What __iter__ gave, as a JavaScript iterator: StopIteration from __next__ ends it, as in Python. */
function pyIterator<T>(inner: PyIterator<T> | Iterator<T>): IterableIterator<T> {
  if (!("__next__" in inner)) return iterableIterator(inner);
  return {
    [Symbol.iterator]() {
      return this;
    },
    next(): IteratorResult<T, undefined> {
      try {
        return { done: false, value: inner.__next__() };
      } catch (err) {
        if (err instanceof StopIteration) return { done: true, value: undefined };
        throw err;
      }
    },
  };
}

/** next(it[, default]): the next item, else the default, else StopIteration as in Python. */
export function next<T, D = never>(it: Iterator<T> | PyIterator<T>, ...fallback: [D?]): T | D {
  if ("__next__" in it) {
    try {
      return it.__next__();
    } catch (err) {
      if (err instanceof StopIteration && fallback.length > 0) return fallback[0] as D;
      throw err;
    }
  }
  const step = it.next();
  if (!step.done) return step.value;
  if (fallback.length > 0) return fallback[0] as D;
  throw new StopIteration();
}

/** An iterator over what Python would iterate (a dict's keys), or Python's TypeError. */
function iterOf<T>(iterable: Iterable<T>): Iterator<T> {
  if (iterable instanceof Map) return iterable.keys();
  if (iterable === null || iterable === undefined || typeof (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new PyTypeError(`'${pythonTypeName(iterable)}' object is not iterable`);
  }
  return iterable[Symbol.iterator]();
}

/** sum(iterable, start=0), adding left to right exactly as CPython 3.11 does (no compensation). */
export function sum(iterable: Iterable<number | boolean | { __index__(): number }>, start = 0): number {
  let total = start;
  for (const x of iterItems(iterable)) {
    // An IntEnum member adds as its int.
    if (typeof x !== "number" && typeof x !== "boolean" && intSubclassValue(x) === null) {
      throw new PyTypeError(`unsupported operand type(s) for +: '${pythonTypeName(total)}' and '${pythonTypeName(x)}'`);
    }
    total += Number(x);
  }
  return total;
}

/** Options of min() and max(): key=..., default=... */
export interface MinMaxOptions<T, D = never> {
  readonly key?: ((item: T) => unknown) | null;
  readonly default?: D;
}

/** True for the `{ key, default }` options object (Python values are never plain JS objects). */
export function isOptionsObject(x: unknown): boolean {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** The shared body of min and max: the first best item, as CPython keeps the first of equal ones. */
export function pickExtreme(name: "min" | "max", args: unknown[]): unknown {
  const last = args[args.length - 1];
  const options = (args.length > 1 && isOptionsObject(last) ? args.pop() : {}) as MinMaxOptions<unknown, unknown>;
  const items = args.length === 1 ? iterItems(args[0] as Iterable<unknown>) : args;
  if (items.length === 0) {
    if ("default" in options) return options.default;
    throw new ValueError(`${name}() arg is an empty sequence`);
  }
  const key = options.key ?? ((x: unknown) => x);
  let best = items[0];
  let bestKey = key(best);
  for (const item of items.slice(1)) {
    const k = key(item);
    const better = name === "min" ? pyCompare(k, bestKey, "<") < 0 : pyCompare(k, bestKey, ">") > 0;
    if (better) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

/** min(iterable, {key, default}) or min(a, b, ...). */
export function min<T, D = never>(iterable: Iterable<T>, options?: MinMaxOptions<T, D>): T | D;
export function min<T>(a: T, b: T, ...rest: T[]): T;
export function min(...args: unknown[]): unknown {
  return pickExtreme("min", args);
}

/** max(iterable, {key, default}) or max(a, b, ...). */
export function max<T, D = never>(iterable: Iterable<T>, options?: MinMaxOptions<T, D>): T | D;
export function max<T>(a: T, b: T, ...rest: T[]): T;
export function max(...args: unknown[]): unknown {
  return pickExtreme("max", args);
}

/** sorted(iterable, key=..., reverse=...): a new list, stable (equal items keep their order, also reversed). */
export function sorted<T>(iterable: Iterable<T>, options: { key?: ((item: T) => unknown) | null; reverse?: boolean } = {}): T[] {
  const items = iterItems(iterable);
  const key = options.key ?? ((x: T) => x);
  const decorated = items.map((item, index) => ({ item, index, k: key(item) }));
  const sign = options.reverse ? -1 : 1;
  decorated.sort((a, b) => sign * pyCompare(a.k, b.k) || a.index - b.index);
  return decorated.map((d) => d.item);
}

/** reversed(seq) as a new list. */
export function reversed<T>(sequence: Iterable<T>): T[] {
  return iterItems(sequence).reverse();
}

/** any(iterable): some item is truthy (Python truthiness). */
export function any(iterable: Iterable<unknown>): boolean {
  return iterItems(iterable).some(truthy);
}

/** all(iterable): every item is truthy (Python truthiness). */
export function all(iterable: Iterable<unknown>): boolean {
  return iterItems(iterable).every(truthy);
}
