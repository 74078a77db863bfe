/**
 * The ways plain TypeScript (the platform alone, see ./rewrite.ts) behaves differently from CPython, one kind
 * per cause. Each explanation is a teaching claim: test/claims/plainClaims.ts shows it with a pair of
 * micro-programs run under python3 and node (a kind without claims does not typecheck there).
 */
import type { Span } from "../core/diagnostics";

export const differenceCatalog = {
  eagerStart: {
    title: "The coroutine starts when it is called",
    explanation:
      "In Python `create_task(f())` and `gather(f())` only schedule `f`: its body starts on a later pass of the loop, once the current task waits for something. Calling an async function in JavaScript runs its body at once, up to its first `await`, so what it prints before that comes earlier than in CPython.",
  },
  consoleLog: {
    title: "console.log formats values its own way",
    explanation:
      "`print` writes `str()` of each value: `[1, 2]`, `None`, `True`, `1.0`, `{'a': 1}`. `console.log` formats with Node's `util.inspect`: `[ 1, 2 ]`, `null`, `true`, `1`, `Map(1) { 'a' => 1 }`. Strings and whole numbers print the same.",
  },
  stringConversion: {
    title: "String() is neither str() nor repr()",
    explanation:
      "`str(None)` is `None`, `str(1.0)` is `1.0`, `str([1, 2])` is `[1, 2]`, `repr('a')` is `'a'` and `repr(ValueError('x'))` is `ValueError('x')`. `String(null)` is `null`, `String(1.0)` is `1`, `String([1, 2])` is `1,2`, `String('a')` is `a`, and `String(error)` is `ValueError: x`.",
  },
  typeNames: {
    title: "Types have other names",
    explanation: "`print(type([]))` prints `<class 'list'>`; the nearest JavaScript, `[].constructor.name`, is `Array` (and `typeof []` is `object`).",
  },
  remainderSign: {
    title: "% keeps the sign of the dividend",
    explanation: "Python's `%` takes the sign of the divisor, so `-7 % 3` is `2`; JavaScript's `%` is a remainder with the sign of the dividend: `-7 % 3` is `-1`. They agree when both operands are non-negative.",
  },
  missingItem: {
    title: "A missing key or index is undefined, not an error",
    explanation:
      "`d[k]` raises KeyError when the key is missing and `xs[i]` raises IndexError out of range (a negative index counts from the end); `xs.pop()` of an empty list raises IndexError and `xs.index(v)` of a missing value ValueError. `map.get(k)`, `xs.at(i)` (which counts from the end too) and `xs.pop()` give `undefined` instead, and `xs.indexOf(v)` gives `-1`; the `!` only tells TypeScript to trust that they do not.",
  },
  fixedRounding: {
    title: "toFixed() rounds a tie up; Python's format rounds it to even",
    explanation:
      "`f\"{x:.2f}\"` rounds the exact binary value, and a true tie to the even digit: `f\"{0.125:.2f}\"` is `0.12`, `f\"{2.5:.0f}\"` is `2`. `x.toFixed(2)` picks the larger on a tie: `(0.125).toFixed(2)` is `0.13`, `(2.5).toFixed(0)` is `3`. Values that are not exact ties (most decimals, as 2.675 is really 2.67499...) round alike.",
  },
  divisionByZero: {
    title: "Dividing by zero is Infinity or NaN, not an error",
    explanation: "`1 / 0` raises ZeroDivisionError in Python. In JavaScript `1 / 0` is `Infinity`, `-1 / 0` is `-Infinity` and `0 / 0` is `NaN`, and the program goes on.",
  },
  loopShutdown: {
    title: "Node waits for every pending task; asyncio.run() cancels them",
    explanation:
      "When `main()` returns, `asyncio.run()` cancels the tasks still running and closes the loop, so they never finish. A Node process keeps running until no timer or pending work is left, so a started promise runs to its end after the top-level `await` returns.",
  },
  ordering: {
    title: "Sorting and min/max compare with < and >",
    explanation:
      "`sorted(xs)`, `min` and `max` compare with Python's `<`, which orders numbers, strings and, item by item, lists and tuples. `sort()` with no comparator compares the values' strings (`[10, 9, 1].sort()` is `[1, 10, 9]`), so the plain form passes `(a, b) => (a < b ? -1 : a > b ? 1 : 0)`; that orders numbers and strings as Python does, but `<` on two arrays compares their strings too (`[10] < [9]` is true). `max([])` raises ValueError; `reduce` of an empty array throws a TypeError.",
  },
  roundHalfEven: {
    title: "Math.round rounds a half up; round() rounds it to even",
    explanation:
      "`round(0.5)` is `0` and `round(2.5)` is `2`: Python rounds a tie to the even integer. `Math.round(0.5)` is `1` and `Math.round(2.5)` is `3` (a half goes up, so `Math.round(-2.5)` is `-2`). `round(x, 2)` rounds the exact binary value (`round(2.675, 2)` is `2.67`); `Math.round(x * 100) / 100` rounds the product, which may be a tie or above one (`2.68`).",
  },
  numberParsing: {
    title: "Number() is not float() or int()",
    explanation:
      "`float(s)` and `int(s)` raise ValueError for text that is not a number (`''`, `'12abc'`, `int('1.5')`), and `float('inf')` is infinity. `Number(s)` gives `NaN` for what it cannot read, `0` for `''`, reads `'0x10'` as 16 and does not know `'inf'`; `Math.trunc(Number('1.5'))` is `1`. The program goes on with `NaN` where Python stops.",
  },
  identityEquality: {
    title: "=== compares lists and dicts by identity",
    explanation:
      "`==` in Python compares lists, tuples and dicts by their contents: `[1, 2] == [1, 2]` is True. `===` compares arrays and Maps by identity: two arrays with the same items are not `===`. Numbers, strings and booleans compare alike.",
  },
  microtaskInterleaving: {
    title: "Every await yields a microtask; CPython runs a coroutine that never suspends straight through",
    explanation:
      "`await quick(i)` where `quick` never waits for anything does not suspend in CPython: the calling task goes on, and no other task runs in between. In JavaScript every `await` gives way for at least one microtask, even on a promise already settled, so the other async functions started beside it take turns: two workers that print after `await quick(i)` interleave their lines (`a 0, b 0, a 1...`) where CPython prints all of one first.",
  },
  cancellation: {
    title: "Promise.race stops waiting; wait_for cancels the work",
    explanation:
      "When `asyncio.wait_for` times out it cancels the awaited task: CancelledError is raised at its `await`, its `finally` blocks run before the TimeoutError reaches the caller, and it prints nothing more. A promise has no `cancel()`: `Promise.race` with a timer only stops waiting, and the work runs on to its end, printing what it prints after the timeout. Cancelling in JavaScript is cooperative: an `AbortController`'s signal passed to the work, which must check it itself.",
  },
  unseededRandom: {
    title: "Math.random() takes no seed",
    explanation:
      "`random.seed(42)` makes Python's Mersenne Twister give the same numbers on every run, the same on every machine. `Math.random()` takes no seed and has no seed function: its numbers change from run to run, so a program that prints random values prints others, and `random.seed` has no plain form (it is left out).",
  },
} as const;

export type DifferenceKind = keyof typeof differenceCatalog;

/** One place where the plain TypeScript may print or behave otherwise than CPython, and why. */
export interface PlainDifference {
  readonly kind: DifferenceKind;
  readonly title: string;
  readonly explanation: string;
  /** The Python that causes it. */
  readonly py: Span;
  /** The plain TypeScript it became (offsets into the plain text), when the printer placed it. */
  readonly ts: Span | null;
}
