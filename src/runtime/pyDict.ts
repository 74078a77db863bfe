/** A dict and a set whose keys compare as Python's do: tuples by content (`d[(1, 2)]`), True as 1, datetimes by value. */
import { pyEquals } from "./compare";
import { intSubclassValue } from "./intSubclass";
import { strSubclassValue } from "./strSubclass";

/**
 * A JS Map compares keys by identity (SameValueZero), so two equal tuples are two keys and `true` is not `1`.
 * PyDict keeps a canonical form of each key (a string for a tuple, 1/0 for a bool) pointing at the key
 * first stored, the one Python keeps too: `{1: 'a', True: 'b'}` is `{1: 'b'}`. Iteration, size and printing
 * are the Map's own; other keys (strings, numbers, objects) behave exactly as in a Map. The translator uses
 * it only where a dict's key type holds tuples or mixes bools and numbers.
 */
export class PyDict<K, V> extends Map<K, V> {
  /** Canonical key -> the key as stored in the Map. Created lazily: Map's constructor calls set() before fields exist. */
  private canon?: Map<unknown, K>;

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  private stored(key: K): K {
    return this.canon?.get(canonicalKey(key)) ?? key;
  }

  override get(key: K): V | undefined {
    return super.get(this.stored(key));
  }

  override has(key: K): boolean {
    return super.has(this.stored(key));
  }

  override set(key: K, value: V): this {
    const canon = (this.canon ??= new Map());
    const c = canonicalKey(key);
    const existing = canon.get(c);
    if (existing !== undefined || canon.has(c)) return super.set(existing as K, value);
    canon.set(c, key);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    const c = canonicalKey(key);
    if (!this.canon?.has(c)) return false;
    const existing = this.canon.get(c) as K;
    this.canon.delete(c);
    return super.delete(existing);
  }

  override clear(): void {
    this.canon?.clear();
    super.clear();
  }
}

/**
 * A set whose members compare as Python's do, as PyDict's keys: `{(1, 2), (1, 2)}` has one member, where a JS
 * Set keeps both arrays. The member first added stays (Python keeps it too).
 */
export class PySet<T> extends Set<T> {
  private canon?: Map<unknown, T>;

  constructor(items?: Iterable<T> | null) {
    super();
    if (items) for (const item of items) this.add(item);
  }

  override has(item: T): boolean {
    return this.canon?.has(canonicalKey(item)) ?? false;
  }

  override add(item: T): this {
    const canon = (this.canon ??= new Map());
    const c = canonicalKey(item);
    if (canon.has(c)) return this;
    canon.set(c, item);
    return super.add(item);
  }

  override delete(item: T): boolean {
    const c = canonicalKey(item);
    if (!this.canon?.has(c)) return false;
    const existing = this.canon.get(c) as T;
    this.canon.delete(c);
    return super.delete(existing);
  }

  override clear(): void {
    this.canon?.clear();
    super.clear();
  }
}

/** A value of the runtime that Python hashes by content (a datetime, a timedelta): its key text. */
interface ValueKeyed {
  pythonKey(): string;
}

function valueKey(key: unknown): string | null {
  const method = typeof key === "object" && key !== null ? (key as Partial<ValueKeyed>).pythonKey : undefined;
  return typeof method === "function" ? "\u0000k" + method.call(key) : null;
}

/** A value standing for all keys Python finds equal to `key`: bools as numbers, tuples as text of their items' canonical forms. */
function canonicalKey(given: unknown): unknown {
  // A StrEnum member is the same key as its str.
  const key = strSubclassValue(given) ?? given;
  if (typeof key === "boolean") return key ? 1 : 0;
  if (key instanceof Number) return key.valueOf(); // a whole float kept as a float (pyFloat): 1.0 == 1
  // An IntEnum member is the same key as its int.
  const int = intSubclassValue(key);
  if (int !== null) return int;
  // A tuple; an unmarked array in a key is one too (the key type said so: lists are unhashable).
  if (Array.isArray(key)) return "\u0000(" + key.map(tupleItemText).join(",") + ")";
  const byValue = valueKey(key);
  if (byValue !== null) return byValue;
  const hashed = hashedRepresentative(key);
  if (hashed !== null) return hashed;
  // Strings that look like a tuple's canonical text are moved out of its way.
  if (typeof key === "string" && key.startsWith("\u0000")) return "\u0000s" + key;
  return key;
}

/**
 * An instance of a class with `__hash__`: the first object seen with the same hash that `__eq__` finds
 * equal to it stands for them all, so `{P(1), P(1)}` has one member, as in Python.
 */
function hashedRepresentative(key: unknown): object | null {
  if (typeof key !== "object" || key === null) return null;
  const hash = (key as { __hash__?: unknown }).__hash__;
  if (typeof hash !== "function") return null;
  const h: unknown = hash.call(key);
  const bucket = hashBuckets.get(h) ?? [];
  for (const representative of bucket) if (representative === key || pyEquals(representative, key)) return representative;
  bucket.push(key);
  hashBuckets.set(h, bucket);
  return key;
}

/** Objects with `__hash__` met as keys, by their hash (they stay alive for the run, as keys usually do). */
const hashBuckets = new Map<unknown, object[]>();

/**
 * hash(x): equal values hash equal, as Python requires. An int is its own hash, as in CPython; the
 * numbers of other values are not CPython's (its str hashes change on every run anyway).
 */
export function pyHash(x: unknown): number {
  const own = typeof x === "object" && x !== null ? (x as { __hash__?: unknown }).__hash__ : undefined;
  if (typeof own === "function") return Number(own.call(x));
  const c = canonicalKey(x);
  if (typeof c === "number") return Number.isInteger(c) ? c : stringHash(String(c));
  if (c === null || c === undefined) return 0x5f3759df;
  if (typeof c === "string") return stringHash(c);
  return objectId(c as object);
}

/** FNV-1a over the UTF-16 code units, as a signed 32-bit number. */
function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function tupleItemText(item: unknown): string {
  const c = canonicalKey(item);
  if (typeof c === "string") return c.startsWith("\u0000(") || c.startsWith("\u0000k") ? c : JSON.stringify(c);
  if (typeof c === "number") return Object.is(c, -0) ? "0" : String(c);
  if (c === null || c === undefined) return "None";
  // Objects inside a tuple (instances, frozen sets) are keyed by identity, as their default hash is.
  return `#${objectId(c)}`;
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function objectId(x: unknown): number {
  if (typeof x !== "object" && typeof x !== "function") return 0;
  const o = x as object;
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}
