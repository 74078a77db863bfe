/** Python's `math` module: ints from floor/ceil/factorial/gcd, "math domain error" where CPython raises it, isclose, fsum and prod, and log/exp/sin/cos rounded as the C library rounds them. */
import { OverflowError, PyTypeError, ValueError, ZeroDivisionError } from "./exceptions";
import { exactCos, exactExp, exactLog, exactSin } from "./exactMath";

const domainError = (): ValueError => new ValueError("math domain error");

/** A float's conversion to int, with CPython's errors for inf and nan. */
function mathToInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return x;
}

export function mathFloor(x: number): number {
  return mathToInt(Math.floor(x));
}

export function mathCeil(x: number): number {
  return mathToInt(Math.ceil(x));
}

export function mathTrunc(x: number): number {
  return mathToInt(Math.trunc(x));
}

export function mathSqrt(x: number): number {
  if (x < 0) throw domainError();
  return Math.sqrt(x);
}

/** log(x[, base]): natural log, or log(x)/log(base) as CPython divides them. */
export function mathLog(x: number, base?: number): number {
  // A nan is no domain error: it passes through, as in C's log.
  if (x <= 0) throw domainError();
  if (base === undefined) return exactLog(x);
  if (base <= 0) throw domainError();
  const denominator = exactLog(base);
  if (denominator === 0) throw new ZeroDivisionError("float division by zero");
  return exactLog(x) / denominator;
}

export function mathLog2(x: number): number {
  if (x <= 0) throw domainError();
  return Math.log2(x);
}

export function mathLog10(x: number): number {
  if (x <= 0) throw domainError();
  return Math.log10(x);
}

export function mathExp(x: number): number {
  const result = exactExp(x);
  if (result === Infinity && Number.isFinite(x)) throw new OverflowError("math range error");
  return result;
}

export function mathSin(x: number): number {
  if (!Number.isFinite(x) && !Number.isNaN(x)) throw domainError();
  return exactSin(x);
}

export function mathCos(x: number): number {
  if (!Number.isFinite(x) && !Number.isNaN(x)) throw domainError();
  return exactCos(x);
}

/** math.pow: always a float; domain errors where CPython has them. */
export function mathPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw domainError();
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throw domainError();
  return x ** y;
}

/** mathIsclose(a, b, *, rel_tol=1e-09, abs_tol=0.0). */
export function mathIsclose(a: number, b: number, options: { rel_tol?: number; abs_tol?: number } = {}): boolean {
  const relTol = options.rel_tol ?? 1e-9;
  const absTol = options.abs_tol ?? 0;
  if (relTol < 0 || absTol < 0) throw new ValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function checkInt(x: number): number {
  if (!Number.isInteger(x)) throw new PyTypeError("'float' object cannot be interpreted as an integer");
  return x;
}

export function mathGcd(...ints: number[]): number {
  let g = 0;
  for (const n of ints) {
    let a = Math.abs(checkInt(g));
    let b = Math.abs(checkInt(n));
    while (b !== 0) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

export function mathLcm(...ints: number[]): number {
  let l = 1;
  for (const n of ints) {
    if (n === 0) return 0;
    l = Math.abs((l / mathGcd(l, n)) * n);
  }
  return l;
}

/** mathFactorial(n): exact as a number up to 18! (below 2**53); past that a bigint, which prints exactly but mixes with no number. */
export function mathFactorial(n: number): number | bigint {
  checkInt(n);
  if (n < 0) throw new ValueError("factorial() not defined for negative values");
  let result = 1n;
  for (let i = 2n; i <= BigInt(n); i++) result *= i;
  return result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : result;
}

/** mathComb(n, k): ways to choose k of n. */
export function mathComb(n: number, k: number): number {
  checkInt(n);
  checkInt(k);
  if (n < 0 || k < 0) throw new ValueError(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
  if (k > n) return 0;
  let result = 1n;
  for (let i = 1n; i <= BigInt(Math.min(k, n - k)); i++) result = (result * (BigInt(n) - i + 1n)) / i;
  return Number(result);
}

/** mathPerm(n, k=None): ordered arrangements of k of n. */
export function mathPerm(n: number, k: number | null = null): number {
  const count = k ?? n;
  if (count > n) return 0;
  let result = 1;
  for (let i = 0; i < count; i++) result *= n - i;
  return result;
}

/** mathProd(iterable, *, start=1). */
export function mathProd(iterable: Iterable<number>, start = 1): number {
  let result = start;
  for (const x of iterable) result *= x;
  return result;
}

/** A finite float as an exact integer times 2**-1074 (every double is one). */
function scaledExactly(x: number): bigint {
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return BigInt(m) << BigInt(1074 - e);
}

/** p / q rounded once to the nearest double (ties to even), for p, q > 0 as bigints. */
export function roundRational(p: bigint, q: bigint): number {
  if (p === 0n) return 0;
  const negative = p < 0n !== q < 0n;
  p = p < 0n ? -p : p;
  q = q < 0n ? -q : q;
  let k = 53 - (p.toString(2).length - q.toString(2).length);
  for (;;) {
    const num = k >= 0 ? p << BigInt(k) : p;
    const den = k >= 0 ? q : q << BigInt(-k);
    let quotient = num / den;
    if (quotient < 1n << 52n) {
      k++;
      continue;
    }
    if (quotient >= 1n << 53n) {
      k--;
      continue;
    }
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && quotient % 2n === 1n)) quotient++;
    // Scale by 2**-k in two steps so neither factor overflows.
    const half = Math.trunc(k / 2);
    const value = Number(quotient) * 2 ** -half * 2 ** -(k - half);
    return negative ? -value : value;
  }
}

/** The exact sum of floats, rounded once: math.fsum (and statistics.mean's total). */
export function exactSumOver(values: readonly number[], divisor = 1): number {
  if (values.some((x) => !Number.isFinite(x))) return values.reduce((a, b) => a + b, 0) / divisor;
  const total = values.reduce((sum, x) => sum + scaledExactly(x), 0n);
  return roundRational(total, BigInt(divisor) << 1074n);
}

export function mathFsum(iterable: Iterable<number>): number {
  return exactSumOver([...iterable].map(Number));
}

export function mathHypot(...coordinates: number[]): number {
  return Math.hypot(...coordinates);
}

export function mathDegrees(x: number): number {
  return x * (180 / Math.PI);
}

export function mathRadians(x: number): number {
  return x * (Math.PI / 180);
}
