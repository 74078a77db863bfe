/** Python arithmetic where JS differs: // and % round toward minus infinity (-7 // 2 is -4, -7 % 3 is 2), divmod, banker's round(), and ZeroDivisionError instead of Infinity/NaN. */
import { PyTypeError, ValueError, OverflowError, ZeroDivisionError, pythonTypeName } from "./exceptions";
import { exactDecimal, roundDigits } from "./decimal";
import { markTuple } from "./tuple";

/**
 * Python's int and float are both JS numbers, so each helper takes an optional `type`: "float" when the
 * translator knows an operand is a float (it changes only the error message, and -0.0 results). Without
 * it, two whole numbers are treated as ints.
 */
export type NumberKind = "int" | "float";

export function numberKind(a: number, b: number, type?: NumberKind): NumberKind {
  return type ?? (Number.isInteger(a) && Number.isInteger(b) ? "int" : "float");
}

/** Python's a % b: the result has the sign of b (JS % keeps the sign of a). */
export function mod(a: number, b: number, type?: NumberKind): number {
  const kind = numberKind(a, b, type);
  if (b === 0) throw new ZeroDivisionError(kind === "int" ? "integer modulo by zero" : "float modulo");
  let r = a % b;
  if (r !== 0) {
    if (b < 0 !== r < 0) r += b;
  } else {
    // A zero remainder takes the sign of b for floats (5 % -0.5 is -0.0), and is plain 0 for ints.
    r = kind === "int" ? 0 : b < 0 ? -0 : 0;
  }
  return r;
}

/** Python's a // b: the floor of the quotient, computed like CPython's float_divmod so floats agree exactly. */
export function floorDiv(a: number, b: number, type?: NumberKind): number {
  const kind = numberKind(a, b, type);
  if (b === 0) throw new ZeroDivisionError(kind === "int" ? "integer division or modulo by zero" : "float floor division by zero");
  return divmodNumbers(a, b, kind)[0];
}

/** divmod(a, b) as a tuple (q, r) with q = a // b and r = a % b. */
export function divmod(a: number, b: number, type?: NumberKind): [number, number] {
  const kind = numberKind(a, b, type);
  if (b === 0) throw new ZeroDivisionError(kind === "int" ? "integer division or modulo by zero" : "float divmod()");
  return markTuple(divmodNumbers(a, b, kind));
}

/** The quotient and remainder of CPython's float_divmod (exact for ints within 2**53). */
export function divmodNumbers(a: number, b: number, kind: NumberKind): [number, number] {
  const r = mod(a, b, kind);
  if (kind === "int") {
    const q = (a - r) / b; // exact: a - r is a multiple of b
    return [q === 0 ? 0 : q, r];
  }
  let m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && b < 0 !== m < 0) {
    m += b;
    div -= 1;
  }
  let q: number;
  if (div !== 0) {
    q = Math.floor(div);
    if (div - q > 0.5) q += 1; // snap to the nearest whole number, as CPython does
  } else {
    q = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [q, r];
}

/** Python's a / b: always true division; ZeroDivisionError instead of Infinity. */
export function trueDiv(a: number, b: number, type?: NumberKind): number {
  if (b === 0) throw new ZeroDivisionError(numberKind(a, b, type) === "int" ? "division by zero" : "float division by zero");
  return a / b;
}

/** Python's a ** b for numbers: 0 to a negative power raises instead of giving Infinity. */
export function pow(a: number, b: number): number {
  if (a === 0 && b < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  const result = a ** b;
  if (!Number.isFinite(result) && Number.isFinite(a) && Number.isFinite(b)) {
    throw new OverflowError("(34, 'Numerical result out of range')");
  }
  return result;
}

/**
 * round(x) and round(x, ndigits). Halves go to the even neighbour (round(2.5) is 2), and with ndigits the
 * exact binary value is rounded, so round(2.675, 2) is 2.67 (2.675 is really 2.67499999...).
 */
export function round(value: unknown, ndigits?: number | null): number {
  // A whole float kept as a float (pyFloat's Number object) rounds as its number; a value of unknown type may be neither.
  if (typeof value !== "number" && typeof value !== "boolean" && !(value instanceof Number)) throw new PyTypeError(`type ${pythonTypeName(value)} doesn't define __round__ method`);
  const x = Number(value);
  if (ndigits === undefined || ndigits === null) {
    if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    let r = Math.round(x);
    if (Math.abs(x - r) === 0.5) r = 2 * Math.round(x / 2);
    return r === 0 ? 0 : r; // an int has no negative zero
  }
  if (!Number.isFinite(x) || x === 0) return x;
  const exact = exactDecimal(x);
  const rounded = roundDigits(exact, exact.point + ndigits);
  const sign = x < 0 ? -1 : 1;
  if (rounded.digits === "") return sign * 0; // keeps the sign: round(-0.4, 0) is -0.0
  return sign * Number(`0.${rounded.digits}e${rounded.point}`);
}
