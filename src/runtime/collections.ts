/** Python's `collections`: deque (with maxlen), defaultdict, PyCounter and PyOrderedDict, printed as CPython 3.11 prints them. */
import { IndexError, KeyError, ValueError, missingKey } from "./exceptions";
import { itemEquals, pyCompare, pyEquals } from "./compare";
import { reprValue } from "./repr";
import { markTuple } from "./tuple";

/** repr of a dict's items, `{'a': 1}`, for the classes below that print a dict inside their own name. */
function dictItemsRepr(map: ReadonlyMap<unknown, unknown>): string {
  return `{${[...map].map(([k, v]) => `${reprValue(k, null, new Set())}: ${reprValue(v, null, new Set())}`).join(", ")}}`;
}

/** collections.deque: a list with fast appends at both ends; with maxlen, adding at one end drops from the other. */
export class PyDeque<T> implements Iterable<T> {
  static readonly pythonName = "deque";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "collections.deque";
  static readonly pythonModule = "collections";
  private items: T[];
  constructor(
    iterable: Iterable<T> = [],
    readonly maxlen: number | null = null,
  ) {
    if (maxlen !== null && maxlen < 0) throw new ValueError("maxlen must be non-negative");
    this.items = [];
    for (const item of iterable) this.append(item);
  }
  __len__(): number {
    return this.items.length;
  }
  get length(): number {
    return this.items.length;
  }
  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }
  /** d[i], with negative indices. */
  get(i: number): T {
    const index = i < 0 ? i + this.items.length : i;
    if (index < 0 || index >= this.items.length) throw new IndexError("deque index out of range");
    return this.items[index] as T;
  }
  set(i: number, value: T): void {
    this.get(i);
    this.items[i < 0 ? i + this.items.length : i] = value;
  }
  includes(x: unknown): boolean {
    return this.items.some((item) => itemEquals(item, x));
  }
  append(x: T): void {
    this.items.push(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift();
  }
  appendleft(x: T): void {
    this.items.unshift(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop();
  }
  extend(iterable: Iterable<T>): void {
    for (const item of [...iterable]) this.append(item);
  }
  extendleft(iterable: Iterable<T>): void {
    for (const item of [...iterable]) this.appendleft(item);
  }
  pop(): T {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.pop() as T;
  }
  popleft(): T {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.shift() as T;
  }
  /** rotate(n): n steps to the right (negative: to the left). */
  rotate(n = 1): void {
    const len = this.items.length;
    if (len <= 1) return;
    const k = ((n % len) + len) % len;
    if (k !== 0) this.items = [...this.items.slice(len - k), ...this.items.slice(0, len - k)];
  }
  clear(): void {
    this.items = [];
  }
  count(x: unknown): number {
    return this.items.filter((item) => itemEquals(item, x)).length;
  }
  remove(x: unknown): void {
    const i = this.items.findIndex((item) => itemEquals(item, x));
    if (i < 0) throw new ValueError(`${reprValue(x, null, new Set())} is not in deque`);
    this.items.splice(i, 1);
  }
  reverse(): void {
    this.items.reverse();
  }
  copy(): PyDeque<T> {
    return new PyDeque(this.items, this.maxlen);
  }
  __eq__(other: unknown): boolean {
    return other instanceof PyDeque && pyEquals(this.items, other.items);
  }
  __repr__(): string {
    const items = `[${this.items.map((item) => reprValue(item, null, new Set())).join(", ")}]`;
    return this.maxlen === null ? `deque(${items})` : `deque(${items}, maxlen=${this.maxlen})`;
  }
}

/** collections.defaultdict: a dict that makes a missing key's value with its factory (d[k] inserts it). */
export class PyDefaultDict<K, V> extends Map<K, V> {
  static readonly pythonName = "defaultdict";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "collections.defaultdict";
  static readonly pythonModule = "collections";
  /** `factoryRepr` is what CPython prints for the factory: `<class 'int'>`, `<function make at ...>`, `None`. */
  constructor(
    readonly defaultFactory: (() => V) | null,
    private readonly factoryRepr: string,
    init: Iterable<readonly [K, V]> = [],
  ) {
    super(init);
  }
  /** Called by d[key] (dictGet) for a missing key. */
  __missing__(key: K): V {
    if (this.defaultFactory === null) throw missingKey(key);
    const value = this.defaultFactory();
    this.set(key, value);
    return value;
  }
  __repr__(): string {
    return `defaultdict(${this.factoryRepr}, ${dictItemsRepr(this)})`;
  }
}

/** collections.Counter: counts of hashable items; a missing key counts 0 (and is not inserted). */
export class PyCounter<K> extends Map<K, number> {
  static readonly pythonName = "Counter";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "Counter";
  static readonly pythonModule = "collections";
  constructor(init: Iterable<K> | ReadonlyMap<K, number> | string | null = null) {
    super();
    if (init !== null) this.update(init);
  }
  __missing__(_key: K): number {
    return 0;
  }
  /** update(iterable or mapping): adds counts. */
  update(other: Iterable<K> | ReadonlyMap<K, number> | string): void {
    if (other instanceof Map) for (const [k, n] of other as ReadonlyMap<K, number>) this.set(k, (this.get(k) ?? 0) + n);
    else for (const k of other as Iterable<K>) this.set(k, (this.get(k) ?? 0) + 1);
  }
  subtract(other: Iterable<K> | ReadonlyMap<K, number> | string): void {
    if (other instanceof Map) for (const [k, n] of other as ReadonlyMap<K, number>) this.set(k, (this.get(k) ?? 0) - n);
    else for (const k of other as Iterable<K>) this.set(k, (this.get(k) ?? 0) - 1);
  }
  /** most_common([n]): (item, count) pairs by count, highest first; equal counts keep insertion order (a stable sort). */
  mostCommon(n: number | null = null): [K, number][] {
    const pairs = [...this].sort((a, b) => -pyCompare(a[1], b[1])).map((pair) => markTuple(pair));
    return n === null ? pairs : pairs.slice(0, Math.max(0, n));
  }
  total(): number {
    let sum = 0;
    for (const n of this.values()) sum += n;
    return sum;
  }
  /** elements(): each item repeated by its count, in insertion order. */
  *elements(): Generator<K, void, undefined> {
    for (const [k, n] of this) for (let i = 0; i < n; i++) yield k;
  }
  /** c1 + c2: the sums, keeping only positive counts. */
  __add__(other: PyCounter<K>): PyCounter<K> {
    const result = new PyCounter<K>();
    for (const [k, n] of this) if (n + (other.get(k) ?? 0) > 0) result.set(k, n + (other.get(k) ?? 0));
    for (const [k, n] of other) if (!this.has(k) && n > 0) result.set(k, n);
    return result;
  }
  /** c1 - c2: the differences, keeping only positive counts. */
  __sub__(other: PyCounter<K>): PyCounter<K> {
    const result = new PyCounter<K>();
    for (const [k, n] of this) if (n - (other.get(k) ?? 0) > 0) result.set(k, n - (other.get(k) ?? 0));
    for (const [k, n] of other) if (!this.has(k) && -n > 0) result.set(k, -n);
    return result;
  }
  __repr__(): string {
    if (this.size === 0) return "Counter()";
    return `Counter(${dictItemsRepr(new Map(this.mostCommon()))})`;
  }
}

/** collections.OrderedDict: a dict (insertion-ordered like every dict) with move_to_end and popitem(last=). */
export class PyOrderedDict<K, V> extends Map<K, V> {
  static readonly pythonName = "OrderedDict";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "collections.OrderedDict";
  static readonly pythonModule = "collections";
  moveToEnd(key: K, last = true): void {
    if (!this.has(key)) throw missingKey(key);
    const value = this.get(key) as V;
    if (last) {
      this.delete(key);
      this.set(key, value);
      return;
    }
    const rest = [...this].filter(([k]) => k !== key);
    this.clear();
    this.set(key, value);
    for (const [k, v] of rest) this.set(k, v);
  }
  popitem(last = true): [K, V] {
    if (this.size === 0) throw new KeyError("dictionary is empty");
    const entries = [...this];
    const [k, v] = (last ? entries[entries.length - 1] : entries[0]) as [K, V];
    this.delete(k);
    return markTuple([k, v]);
  }
  __repr__(): string {
    if (this.size === 0) return "OrderedDict()";
    return `OrderedDict([${[...this].map(([k, v]) => `(${reprValue(k, null, new Set())}, ${reprValue(v, null, new Set())})`).join(", ")}])`;
  }
}
