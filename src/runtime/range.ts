/** Python's range: a lazy sequence of ints that prints as `range(0, 3)`, with len, indexing, `in` and iteration (a `for` over range(n) is a counting loop instead). */
import { IndexError, ValueError } from "./exceptions";

/**
 * range(start, stop, step). `length`, `includes` and `map`/`filter`/`flatMap` work as on an array, so
 * `len(r)`, `x in r` and comprehensions read the same as for a list; `get(i)` is `r[i]`.
 */
export class PyRange implements Iterable<number> {
  static readonly pythonName = "range";
  static readonly pythonModule = "builtins";
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    if (step === 0) throw new ValueError("range() arg 3 must not be zero");
  }
  /** len(r): how many numbers it holds. */
  get length(): number {
    const span = this.step > 0 ? this.stop - this.start : this.start - this.stop;
    return span <= 0 ? 0 : Math.ceil(span / Math.abs(this.step));
  }
  /** r[i], with negative indices; IndexError past either end. */
  get(i: number): number {
    const index = i < 0 ? i + this.length : i;
    if (index < 0 || index >= this.length) throw new IndexError("range object index out of range");
    return this.start + index * this.step;
  }
  /** x in r, without iterating. */
  includes(x: unknown): boolean {
    const n = typeof x === "boolean" ? Number(x) : x instanceof Number ? x.valueOf() : x;
    if (typeof n !== "number" || !Number.isInteger(n)) return false;
    const offset = n - this.start;
    return offset % this.step === 0 && offset / this.step >= 0 && offset / this.step < this.length;
  }
  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0, n = this.length; i < n; i++) yield this.start + i * this.step;
  }
  map<U>(fn: (value: number) => U): U[] {
    return [...this].map((value) => fn(value));
  }
  filter(fn: (value: number) => unknown): number[] {
    return [...this].filter((value) => fn(value));
  }
  flatMap<U>(fn: (value: number) => U | readonly U[]): U[] {
    return [...this].flatMap((value) => fn(value));
  }
  __len__(): number {
    return this.length;
  }
  /** Two ranges are equal when they hold the same numbers (range(0) == range(2, 2)). */
  __eq__(other: unknown): boolean {
    if (!(other instanceof PyRange) || this.length !== other.length) return false;
    return this.length === 0 || (this.start === other.start && (this.length === 1 || this.step === other.step));
  }
  __repr__(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

/** range(stop) / range(start, stop[, step]). */
export function range(start: number, stop?: number, step = 1): PyRange {
  return stop === undefined ? new PyRange(0, start, step) : new PyRange(start, stop, step);
}
