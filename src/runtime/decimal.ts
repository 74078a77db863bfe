/** Exact decimal digits of a float and correctly rounded formatting ('f', 'e', 'g'): Python rounds the exact binary value half to even, where JS toFixed does not (format(2.5, '.0f') is '2'). */

/** A positive decimal number: 0.DIGITS × 10^point (so `point` digits come before the decimal point); "" is zero. */
export interface DecimalDigits {
  readonly digits: string;
  readonly point: number;
}

/** The exact decimal value of a finite float's magnitude (every double has a finite decimal expansion). */
export function exactDecimal(x: number): DecimalDigits {
  const value = Math.abs(x);
  if (value === 0) return { digits: "", point: 1 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exp2 = -1074; // subnormal numbers have no implicit leading 1
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exp2 = biased - 1075;
  }
  // value = mantissa × 2^exp2; for a negative exp2 that is mantissa × 5^-exp2 / 10^-exp2.
  const text = exp2 >= 0 ? (mantissa << BigInt(exp2)).toString() : (mantissa * 5n ** BigInt(-exp2)).toString();
  const exp10 = exp2 >= 0 ? 0 : exp2;
  const digits = text.replace(/0+$/, "");
  return { digits, point: text.length + exp10 };
}

/** Keep the first `keep` digits, rounding half to even on the exact value (a tie only when the rest is exactly 5000...). */
export function roundDigits(d: DecimalDigits, keep: number): DecimalDigits {
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { digits: "", point: d.point };
  const dropped = d.digits[keep];
  const rest = d.digits.slice(keep + 1);
  const previous = keep > 0 ? Number(d.digits[keep - 1]) : 0;
  const up = dropped > "5" || (dropped === "5" && (/[1-9]/.test(rest) || previous % 2 === 1));
  let kept = d.digits.slice(0, keep);
  let point = d.point;
  if (up) {
    const bumped = (BigInt(kept === "" ? "0" : kept) + 1n).toString();
    if (bumped.length > kept.length) point++; // 999 -> 1000: one more digit before the point
    kept = bumped;
  }
  return { digits: kept.replace(/0+$/, ""), point };
}

/** Fixed notation with `precision` decimals: [integer part, fraction]. */
export function fixedParts(x: number, precision: number): [string, string] {
  const exact = exactDecimal(x);
  const d = roundDigits(exact, exact.point + precision);
  const all = d.digits === "" ? "" : d.digits;
  const intPart = d.point > 0 && all !== "" ? all.slice(0, d.point).padEnd(d.point, "0") : "0";
  const fracDigits = d.point >= 0 ? all.slice(d.point) : "0".repeat(-d.point) + all;
  return [intPart, fracDigits.padEnd(precision, "0").slice(0, precision)];
}

/** Scientific notation with `precision` decimals: [first digit, fraction, exponent]. */
export function exponentParts(x: number, precision: number): [string, string, number] {
  const d = roundDigits(exactDecimal(x), precision + 1);
  if (d.digits === "") return ["0", "0".repeat(precision), 0];
  const digits = d.digits.padEnd(precision + 1, "0");
  return [digits[0], digits.slice(1), d.point - 1];
}

/** Python's exponent text: at least two digits and a sign (e+05, e-10, e+100). */
export function exponentText(exp: number, upper: boolean): string {
  return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
}

/**
 * The 'g' presentation (and '' with a precision, when addDotZero): `precision` significant digits, plain
 * notation unless the exponent is < -4 or too large, trailing zeros removed unless `alternate` (#).
 */
export function generalFormat(x: number, precision: number, options: { upper: boolean; alternate: boolean; addDotZero: boolean }): string {
  const p = precision === 0 ? 1 : precision;
  const d = roundDigits(exactDecimal(x), p);
  const point = d.digits === "" ? 1 : d.point;
  const useExponent = point <= -4 || point > (options.addDotZero ? p - 1 : p);
  let text: string;
  if (useExponent) {
    const [first, fraction, exp] = exponentParts(x, p - 1);
    text = joinFraction(first, fraction, options.alternate) + exponentText(exp, options.upper);
  } else {
    const [intPart, fraction] = fixedParts(x, Math.max(p - point, 0));
    text = joinFraction(intPart, fraction, options.alternate);
    if (options.addDotZero && !text.includes(".")) text += ".0";
  }
  return text;
}

/** "1" + "500" -> "1.5" (trailing zeros dropped) or "1.500" when alternate (#) keeps them. */
export function joinFraction(intPart: string, fraction: string, alternate: boolean): string {
  const kept = alternate ? fraction : fraction.replace(/0+$/, "");
  return kept === "" ? (alternate ? intPart + "." : intPart) : `${intPart}.${kept}`;
}
