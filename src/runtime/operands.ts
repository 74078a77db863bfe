/** Python's +, - and * where the translator cannot prove both operands are numbers or strings: JS would coerce (`"a" + 1` is "a1", `null + 1` is 1), Python raises TypeError. */
import { PyTypeError, pythonTypeName } from "./exceptions";
import { isTuple, markTuple } from "./tuple";
import { intSubclassValue } from "./intSubclass";
import { floorDiv, mod, trueDiv, type NumberKind } from "./arith";
import { isFloat, pyFloat } from "./floatBox";

/** Numbers and bools (Python's bool is an int: True + 1 is 2), and a whole float kept as a float (pyFloat). */
function isNumberLike(x: unknown): x is number | boolean {
  // An IntEnum member is an int; Number() reads it through valueOf.
  if (intSubclassValue(x) !== null || x instanceof Number) return true;
  return typeof x === "number" || typeof x === "boolean";
}

/**
 * What the translator knows of a result that goes where its type is not known (so it must carry its kind):
 * "float" when an operand's type says its numbers are floats, "number" when only the values can tell.
 */
export type ResultKind = "float" | "number";

/** `r`, computed from the numbers a and b: kept as a float (pyFloat) when `kind` asks and either operand is one. */
function numberResult(r: number, a: unknown, b: unknown, kind: ResultKind | undefined): number {
  if (kind === "float" || (kind === "number" && (isFloat(a) || isFloat(b)))) return pyFloat(r) as number;
  return r;
}

function isSequence(x: unknown): boolean {
  return typeof x === "string" || Array.isArray(x);
}

/**
 * The TypeError CPython raises for `a op b` when the operand types do not support `op`, with its exact
 * message. `types`: the Python type names when the translator knows them better than the values tell
 * (a tuple literal and a list are both arrays, 2.0 and 2 the same number).
 */
export function operandTypeError(op: string, a: unknown, b: unknown, types?: readonly [string, string]): PyTypeError {
  const left = types?.[0] ?? pythonTypeName(a);
  const right = types?.[1] ?? pythonTypeName(b);
  if (op === "+" && (left === "str" || left === "list" || left === "tuple")) return new PyTypeError(`can only concatenate ${left} (not "${right}") to ${left}`);
  if (op === "*" && (isSequence(a) || isSequence(b))) {
    return new PyTypeError(`can't multiply sequence by non-int of type '${isSequence(a) ? right : left}'`);
  }
  return new PyTypeError(`unsupported operand type(s) for ${op === "**" ? "** or pow()" : op}: '${left}' and '${right}'`);
}

/** `a op b` where the types prove Python raises: the operands are still evaluated (in order), then the TypeError is thrown. */
export function raiseOperandTypeError(op: string, a: unknown, b: unknown, leftType?: string, rightType?: string): never {
  throw operandTypeError(op, a, b, leftType !== undefined && rightType !== undefined ? [leftType, rightType] : undefined);
}

/** Python's a + b: numbers add, str + str and list + list (tuple + tuple) concatenate, anything else raises TypeError. */
export function pyAdd(a: number | boolean | null | undefined, b: number | boolean | null | undefined): number;
export function pyAdd(a: string | null | undefined, b: unknown): string;
export function pyAdd(a: unknown, b: string | null | undefined): string;
export function pyAdd(a: number | boolean | null | undefined, b: unknown): number;
export function pyAdd(a: unknown, b: number | boolean | null | undefined): number;
export function pyAdd(a: unknown, b: unknown, kind?: ResultKind): unknown;
export function pyAdd(a: unknown, b: unknown, kind?: ResultKind): unknown {
  if (isNumberLike(a) && isNumberLike(b)) return numberResult(Number(a) + Number(b), a, b, kind);
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) return isTuple(a) ? markTuple([...a, ...b]) : [...a, ...b];
  throw operandTypeError("+", a, b);
}

/** Python's a - b for numbers (set difference is translated separately); anything else raises TypeError. */
export function pySub(a: number | boolean | null | undefined, b: number | boolean | null | undefined): number;
export function pySub(a: number | boolean | null | undefined, b: unknown): number;
export function pySub(a: unknown, b: number | boolean | null | undefined): number;
export function pySub(a: unknown, b: unknown, kind?: ResultKind): unknown;
export function pySub(a: unknown, b: unknown, kind?: ResultKind): unknown {
  if (isNumberLike(a) && isNumberLike(b)) return numberResult(Number(a) - Number(b), a, b, kind);
  throw operandTypeError("-", a, b);
}

/** Python's a * b: numbers multiply, a str or list times an int repeats it, anything else raises TypeError. */
export function pyMul(a: number | boolean | null | undefined, b: number | boolean | null | undefined): number;
export function pyMul(a: string | null | undefined, b: unknown): string;
export function pyMul(a: unknown, b: string | null | undefined): string;
export function pyMul(a: unknown, b: unknown, kind?: ResultKind): unknown;
export function pyMul(a: unknown, b: unknown, kind?: ResultKind): unknown {
  if (isNumberLike(a) && isNumberLike(b)) return numberResult(Number(a) * Number(b), a, b, kind);
  const repeat = (seq: unknown, n: unknown): unknown => {
    if (typeof n === "boolean" || (typeof n === "number" && Number.isInteger(n))) {
      const times = Math.max(0, Number(n));
      if (typeof seq === "string") return seq.repeat(times);
      if (Array.isArray(seq)) {
        const items = Array.from({ length: times }, () => seq).flat();
        return isTuple(seq) ? markTuple(items) : items;
      }
    }
    throw operandTypeError("*", a, b);
  };
  if (isSequence(a)) return repeat(a, b);
  if (isSequence(b)) return repeat(b, a);
  throw operandTypeError("*", a, b);
}

/** Checks both operands of `/`, `//` and `%` are numbers (or bools), as Python's TypeError would. */
function numberOperands(op: string, a: unknown, b: unknown): [number, number] {
  if (isNumberLike(a) && isNumberLike(b)) return [Number(a), Number(b)];
  throw operandTypeError(op, a, b);
}

/** Python's a / b where an operand's type is a union: numbers divide as `trueDiv` does, anything else raises TypeError. */
export function pyTrueDiv(a: unknown, b: unknown, type?: NumberKind): number {
  return trueDiv(...numberOperands("/", a, b), type);
}

/** Python's a // b where an operand's type is a union (see pyTrueDiv). */
export function pyFloorDiv(a: unknown, b: unknown, type?: NumberKind): number {
  return floorDiv(...numberOperands("//", a, b), type);
}

/**
 * Python's a % b where an operand's type is a union or unknown. The translator refuses a left
 * operand that may be a str; one it could not type that turns out to be a str (string formatting)
 * stops the program with a JavaScript error rather than give another answer.
 */
export function pyMod(a: unknown, b: unknown, type?: NumberKind): number {
  if (typeof a === "string") throw new Error("`%` string formatting on a value whose type the translation did not know is not supported (use an f-string)");
  return mod(...numberOperands("%", a, b), type);
}

/** Python's -x for a value of unknown type: a float stays one (pyFloat), a str or None raises TypeError. */
export function pyNeg(a: unknown): unknown {
  if (!isNumberLike(a)) throw new PyTypeError(`bad operand type for unary -: '${pythonTypeName(a)}'`);
  return numberResult(-Number(a), a, a, "number");
}

/** Python's abs(x) for a value of unknown type (see pyNeg). */
export function pyAbs(a: unknown): unknown {
  if (!isNumberLike(a)) throw new PyTypeError(`bad operand type for abs(): '${pythonTypeName(a)}'`);
  return numberResult(Math.abs(Number(a)), a, a, "number");
}

/** Python's a ** b where an operand's type is unknown: a float if either is one or the exponent is a negative int. */
export function pyPow(a: unknown, b: unknown): unknown {
  if (!isNumberLike(a) || !isNumberLike(b)) throw operandTypeError("**", a, b);
  const r = Number(a) ** Number(b);
  return numberResult(r, a, b, Number(b) < 0 ? "float" : "number");
}
