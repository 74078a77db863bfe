/** Python's <<, >>, &, |, ^ and ~ on ints of any size: JavaScript's bitwise operators work on 32-bit ints. */
import { PyTypeError, ValueError, pythonTypeName } from "./exceptions";
import { intSubclassValue } from "./intSubclass";
import { warnInexactInt } from "./repr";

export type BitOperator = "<<" | ">>" | "&" | "|" | "^";

/** The int an operand stands for (a bool is 0 or 1, an IntEnum member its value); null for any other value. */
function intOperand(x: unknown): number | null {
  if (typeof x === "boolean") return Number(x);
  if (typeof x === "number") return Number.isInteger(x) ? x : null;
  return intSubclassValue(x);
}

const isInt32 = (n: number): boolean => (n | 0) === n;

/**
 * `a op b` with Python's unbounded ints: JS's operator where both operands are 32-bit and the result is exact,
 * else through BigInt and back. A result a number cannot hold exactly is warned about (TR3001), as a printed
 * int beyond 2**53 is. `True & False` is a bool in Python, as are `|` and `^` of two bools.
 */
export function bitOp(op: BitOperator, a: boolean, b: boolean): boolean;
export function bitOp(op: BitOperator, a: unknown, b: unknown): number;
export function bitOp(op: BitOperator, a: unknown, b: unknown): number | boolean {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) throw new PyTypeError(`unsupported operand type(s) for ${op}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
  if (typeof a === "boolean" && typeof b === "boolean" && op !== "<<" && op !== ">>") {
    return op === "&" ? a && b : op === "|" ? a || b : a !== b;
  }
  if ((op === "<<" || op === ">>") && y < 0) throw new ValueError("negative shift count");
  if (isInt32(x) && isInt32(y)) {
    if (op === "&") return x & y;
    if (op === "|") return x | y;
    if (op === "^") return x ^ y;
    // An arithmetic shift of a 32-bit int is floor(x / 2**y), Python's >>.
    if (op === ">>") return x >> Math.min(y, 31);
    const shifted = x * 2 ** y;
    if (Number.isSafeInteger(shifted)) return shifted;
  }
  return fromBigInt(bigBitOp(op, x, y));
}

function bigBitOp(op: BitOperator, x: number, y: number): bigint {
  const bx = BigInt(x);
  switch (op) {
    case "&":
      return bx & BigInt(y);
    case "|":
      return bx | BigInt(y);
    case "^":
      return bx ^ BigInt(y);
    case ">>":
      // No int a number holds reaches 2**1100: the shift leaves its sign only.
      return y > 1100 ? (x < 0 ? -1n : 0n) : bx >> BigInt(y);
    case "<<":
      // Past 2**1100 no number can hold the result; a bigger shift would only cost memory.
      return x === 0 ? 0n : bx << BigInt(Math.min(y, 1100));
  }
}

function fromBigInt(r: bigint): number {
  const n = Number(r);
  if (!Number.isFinite(n) || BigInt(n) !== r) warnInexactInt("comes from a bit operation");
  return n;
}

/** Python's ~x: -x - 1 for any int (a bool is 0 or 1); TypeError for any other value. */
export function bitInvert(a: unknown): number {
  const x = intOperand(a);
  if (x === null) throw new PyTypeError(`bad operand type for unary ~: '${pythonTypeName(a)}'`);
  return -x - 1;
}
