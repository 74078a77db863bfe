/** Python's `statistics` mean/fmean/median/median_low/median_high/mode: exact sums rounded once (as CPython's Fractions give), an int mean for ints that divide evenly, a float otherwise. */
import { ValueError } from "./exceptions";
import { pyFloat } from "./floatBox";
import { itemEquals, pyCompare } from "./compare";
import { exactSumOver } from "./math";

/** statistics.StatisticsError (a ValueError). */
export class StatisticsError extends ValueError {
  static readonly pythonName = "StatisticsError";
  static readonly pythonModule = "statistics";
}

/**
 * Whether the data are floats. JS cannot tell 2.0 from 2, so the translator passes what the static type
 * says ("float"/"int"); without it, a boxed or fractional number means float.
 */
function holdsFloats(data: readonly unknown[], kind?: "int" | "float"): boolean {
  if (kind !== undefined) return kind === "float";
  return data.some((x) => x instanceof Number || (typeof x === "number" && !Number.isInteger(x)));
}

/** statistics.mean(data): the exact total over n, rounded once; for ints, an int when it divides evenly. */
export function statsMean(data: Iterable<number>, kind?: "int" | "float"): number | object {
  const values = [...data];
  if (values.length === 0) throw new StatisticsError("mean requires at least one data point");
  const numbers = values.map(Number);
  if (!holdsFloats(values, kind)) {
    const total = numbers.reduce((a, b) => a + b, 0);
    if (Number.isSafeInteger(total) && total % numbers.length === 0) return total / numbers.length;
  }
  return pyFloat(exactSumOver(numbers, numbers.length));
}

/** statistics.fmean(data): always a float. */
export function statsFmean(data: Iterable<number>): number | object {
  const numbers = [...data].map(Number);
  if (numbers.length === 0) throw new StatisticsError("fmean requires at least one data point");
  return pyFloat(exactSumOver(numbers) / numbers.length);
}

function sortedData(data: Iterable<number>): number[] {
  const values = [...data].sort((a, b) => pyCompare(a, b));
  if (values.length === 0) throw new StatisticsError("no median for empty data");
  return values;
}

/** statistics.median(data): the middle item, or the mean of the two middle ones (a float: (a + b) / 2). */
export function statsMedian(data: Iterable<number>): number | object {
  const values = sortedData(data);
  const n = values.length;
  if (n % 2 === 1) return values[(n - 1) / 2] as number;
  return pyFloat((Number(values[n / 2 - 1]) + Number(values[n / 2])) / 2);
}

export function statsMedianLow(data: Iterable<number>): number {
  const values = sortedData(data);
  const n = values.length;
  return values[n % 2 === 1 ? (n - 1) / 2 : n / 2 - 1] as number;
}

export function statsMedianHigh(data: Iterable<number>): number {
  const values = sortedData(data);
  return values[Math.floor(values.length / 2)] as number;
}

/** statistics.mode(data): the most common item; the first one met among equals (3.8+). */
export function statsMode<T>(data: Iterable<T>): T {
  const counts: { item: T; n: number }[] = [];
  for (const item of data) {
    const seen = counts.find((c) => itemEquals(c.item, item));
    if (seen) seen.n++;
    else counts.push({ item, n: 1 });
  }
  if (counts.length === 0) throw new StatisticsError("no mode for empty data");
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).item;
}
