/** Python's `itertools` as lazy JS generators: count, cycle, islice, chain (and chain.from_iterable), product, accumulate, groupby, zip_longest, with CPython's tuples and argument errors. */
import { ValueError } from "./exceptions";
import { itemEquals } from "./compare";
import { markTuple } from "./tuple";

/** The items of a Python iterable: a dict (Map) gives its keys, as `for k in d` does. */
function iterItemsOf<T>(iterable: Iterable<T> | ReadonlyMap<T, unknown>): Iterable<T> {
  return iterable instanceof Map ? (iterable as ReadonlyMap<T, unknown>).keys() : (iterable as Iterable<T>);
}

/** count(start=0, step=1): start, start+step, ... forever. */
export function* iterCount(start = 0, step = 1): Generator<number, never, undefined> {
  for (let n = start; ; n += step) yield n;
}

/** iterCycle(iterable): its items again and again (remembered on the first pass, as CPython does). */
export function* iterCycle<T>(iterable: Iterable<T>): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const item of iterItemsOf(iterable)) {
    saved.push(item);
    yield item;
  }
  while (saved.length > 0) yield* saved;
}

/** islice(iterable, stop) or islice(iterable, start, stop[, step]); None means "no limit" for stop. */
export function* iterSlice<T>(iterable: Iterable<T>, ...bounds: (number | null)[]): Generator<T, void, undefined> {
  const [start, stop, step] = bounds.length === 1 ? [0, bounds[0] ?? null, 1] : [bounds[0] ?? 0, bounds[1] ?? null, bounds[2] ?? 1];
  if (bounds.length === 1 && stop !== null && stop < 0) throw new ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if ((stop !== null && stop < 0) || start < 0) throw new ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (step < 1) throw new ValueError("Step for islice() must be a positive integer or None.");
  let i = 0;
  let next = start;
  if (stop !== null && stop <= start) return;
  for (const item of iterItemsOf(iterable)) {
    if (i === next) {
      yield item;
      next += step;
    }
    i++;
    if (stop !== null && (i >= stop || next >= stop)) return;
  }
}

/** iterChain(*iterables): one after another. */
export function* iterChain<T>(...iterables: Iterable<T>[]): Generator<T, void, undefined> {
  for (const iterable of iterables) yield* iterItemsOf(iterable);
}

/** iterChain.from_iterable(iterables): the same, from one iterable of iterables (lazily). */
export function* iterChainFromIterable<T>(iterables: Iterable<Iterable<T>>): Generator<T, void, undefined> {
  for (const iterable of iterables) yield* iterItemsOf(iterable);
}

/** iterProduct(*iterables, repeat=1): the cartesian iterProduct as tuples, the last position varying fastest. */
export function* iterProduct<T = unknown>(iterables: readonly Iterable<T>[], repeat = 1): Generator<T[], void, undefined> {
  const pools: T[][] = [];
  for (let r = 0; r < repeat; r++) for (const iterable of iterables) pools.push([...iterItemsOf(iterable)]);
  if (pools.some((pool) => pool.length === 0)) return;
  const indices = pools.map(() => 0);
  for (;;) {
    yield markTuple(indices.map((i, p) => (pools[p] as T[])[i] as T));
    let p = pools.length - 1;
    while (p >= 0 && indices[p] === (pools[p] as T[]).length - 1) indices[p--] = 0;
    if (p < 0) return;
    indices[p] = (indices[p] ?? 0) + 1;
  }
}

/** iterAccumulate(iterable, func=add, *, initial=None): running totals (or running func results). */
export function* iterAccumulate<T>(iterable: Iterable<T>, func: ((a: T, b: T) => T) | null = null, initial: T | null = null): Generator<T, void, undefined> {
  const combine = func ?? ((a: T, b: T) => ((a as unknown as number) + (b as unknown as number)) as unknown as T);
  let total: T | undefined = initial ?? undefined;
  let started = initial !== null;
  if (started) yield total as T;
  for (const item of iterItemsOf(iterable)) {
    total = started ? combine(total as T, item) : item;
    started = true;
    yield total;
  }
}

/**
 * iterGroupBy(iterable, key=None): (key, group) for each run of items with equal keys. As in CPython, a group
 * is only good until the next one is asked for: an earlier group then has nothing left.
 */
export function* iterGroupBy<T, K = T>(iterable: Iterable<T>, key: ((item: T) => K) | null = null): Generator<[K, Generator<T, void, undefined>], void, undefined> {
  const keyOf = key ?? ((item: T) => item as unknown as K);
  let current = 0;
  const runs: { key: K; items: T[] }[] = [];
  for (const item of iterItemsOf(iterable)) {
    const k = keyOf(item);
    const last = runs[runs.length - 1];
    if (last && itemEquals(last.key, k)) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  for (const [i, run] of runs.entries()) {
    current = i;
    const group = function* (): Generator<T, void, undefined> {
      for (const item of run.items) {
        if (current !== i) return;
        yield item;
      }
    };
    yield markTuple([run.key, group()]);
  }
  current = -1; // the outer iterator ran out: the last group is spent too
}

/** zip_longest(*iterables, fillvalue=None): tuples until the longest runs out, the others padded. */
export function* iterZipLongest<T = unknown, F = null>(iterables: readonly Iterable<T>[], fillvalue: F = null as F): Generator<(T | F)[], void, undefined> {
  const iterators = iterables.map((iterable) => iterItemsOf(iterable)[Symbol.iterator]());
  const done = iterators.map(() => false);
  for (;;) {
    const row = iterators.map((it, i) => {
      if (done[i]) return fillvalue;
      const next = it.next();
      if (next.done) {
        done[i] = true;
        return fillvalue;
      }
      return next.value;
    });
    if (done.every(Boolean)) return;
    yield markTuple(row);
  }
}
