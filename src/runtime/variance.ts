/** statistics.variance/pvariance/stdev/pstdev as CPython 3.11 computes them: exact sums of squared deviations, rounded once. */
// Each float is taken as its integer ratio and the sums are exact fractions, so the digits printed are CPython's;
// the square root is the correctly rounded one (CPython's `_float_sqrt_of_frac`).
import { pyFloat } from "./floatBox";
import { StatisticsError } from "./statistics";

/** x as numerator / 2**shift exactly (float.as_integer_ratio, not reduced). */
function exactRatio(x: number): { n: bigint; shift: bigint } {
  let shift = 0n;
  while (!Number.isInteger(x)) {
    x *= 2;
    shift++;
  }
  return { n: BigInt(x), shift };
}

/** The exact sum of squared deviations as numerator / denominator (both >= 0), and the count. */
function squaredDeviations(values: readonly number[]): { n: bigint; d: bigint } {
  const ratios = values.map(exactRatio);
  const top = ratios.reduce((m, r) => (r.shift > m ? r.shift : m), 0n);
  // Every value over the common denominator 2**top: sx = SX / D, sxx = SXX / D**2.
  const scaled = ratios.map((r) => r.n << (top - r.shift));
  const count = BigInt(values.length);
  const sx = scaled.reduce((a, b) => a + b, 0n);
  const sxx = scaled.reduce((a, b) => a + b * b, 0n);
  // ssd = (count * sxx - sx**2) / count, exact.
  return { n: count * sxx - sx * sx, d: count << (2n * top) };
}

function bigBitLength(x: bigint): bigint {
  return BigInt(x.toString(2).length);
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** n / d correctly rounded to a float (Python's int / int): enough quotient bits and a sticky bit, rounded once by Number(). */
function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const k = bigBitLength(d) - bigBitLength(n) + 66n;
  const shift = k > 0n ? k : 0n;
  const q = (n << shift) / d;
  const sticky = (n << shift) % d !== 0n ? 1n : 0n;
  let result = Number((q << 1n) | sticky);
  for (let left = shift + 1n; left > 0n; left -= 1000n) result /= 2 ** Number(left > 1000n ? 1000n : left);
  return result;
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << ((bigBitLength(n) + 1n) / 2n);
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) return x;
    x = y;
  }
}

/** The square root of n / m rounded to the nearest float, as CPython's _float_sqrt_of_frac. */
function sqrtOfRatio(n: bigint, m: bigint): number {
  const rto = (a: bigint, b: bigint) => {
    const root = bigIsqrt(a / b);
    return root * root * b !== a ? root | 1n : root;
  };
  // q = (n.bit_length() - m.bit_length() - 109) // 2, floored as Python's // is (BigInt's / truncates).
  const excess = bigBitLength(n) - bigBitLength(m) - 109n;
  const q = excess / 2n - (excess % 2n < 0n ? 1n : 0n);
  if (q >= 0n) return ratioToFloat(rto(n, m << (2n * q)) << q, 1n);
  return ratioToFloat(rto(n << (-2n * q), m), 1n << -q);
}

/** The data as numbers, and whether they are floats (the static type says, else a kept float or a fraction does). */
function checked(data: Iterable<number>, least: number, name: string, kind?: "int" | "float"): { values: number[]; floats: boolean } {
  const raw: unknown[] = [...data];
  if (raw.length < least) throw new StatisticsError(`${name} requires at least ${least === 1 ? "one data point" : "two data points"}`);
  const floats = kind !== undefined ? kind === "float" : raw.some((x) => x instanceof Number || !Number.isInteger(x));
  return { values: raw.map(Number), floats };
}

/** variance / pvariance: an int for int data when the division is exact (CPython's _convert), else a float. */
function varianceOf({ values, floats }: { values: number[]; floats: boolean }, divisor: bigint): number | object {
  if (values.some((x) => !Number.isFinite(x))) return pyFloat(values.some(Number.isNaN) ? NaN : Infinity);
  const ss = squaredDeviations(values);
  const d = ss.d * divisor;
  if (!floats && ss.n % d === 0n) return Number(ss.n / d);
  return pyFloat(ratioToFloat(ss.n, d));
}

function deviationOf(values: readonly number[], divisor: bigint): number | object {
  if (values.some((x) => !Number.isFinite(x))) return pyFloat(NaN);
  const ss = squaredDeviations(values);
  const d = ss.d * divisor;
  const g = bigGcd(ss.n, d);
  return pyFloat(g === 0n ? 0 : sqrtOfRatio(ss.n / g, d / g));
}

/** statistics.variance(data): the sample variance. */
export function statsVariance(data: Iterable<number>, kind?: "int" | "float"): number | object {
  const given = checked(data, 2, "variance", kind);
  return varianceOf(given, BigInt(given.values.length - 1));
}

/** statistics.pvariance(data): the population variance. */
export function statsPvariance(data: Iterable<number>, kind?: "int" | "float"): number | object {
  const given = checked(data, 1, "pvariance", kind);
  return varianceOf(given, BigInt(given.values.length));
}

/** statistics.stdev(data): the square root of the sample variance, correctly rounded. */
export function statsStdev(data: Iterable<number>): number | object {
  const { values } = checked(data, 2, "stdev");
  return deviationOf(values, BigInt(values.length - 1));
}

/** statistics.pstdev(data): the square root of the population variance. */
export function statsPstdev(data: Iterable<number>): number | object {
  const { values } = checked(data, 1, "pstdev");
  return deviationOf(values, BigInt(values.length));
}
