/**
 * Ints are JS numbers, exact only up to 2**53. A literal beyond that is warned where it is written (TR3001, in
 * `constant`); so is an int computed from literals alone (`10**25`, `2**64 - 1`), which prints, compares with a
 * float and formats with other digits than CPython's.
 */
import type * as py from "../python/ast";
import type { TranslationContext } from "./context";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Far past what a double holds: an exponent that would make a larger value is not computed. */
const LIMIT = 1n << 1100n;

/** The exact value of an int expression made of int literals, `-`, `+`, `*`, `**` and `<<`; null for any other. */
export function constantInt(e: py.Expr): bigint | null {
  if (e.kind === "Constant") return typeof e.value === "bigint" ? e.value : null;
  if (e.kind === "UnaryOp" && e.op === "USub") {
    const v = constantInt(e.operand);
    return v === null ? null : -v;
  }
  if (e.kind !== "BinOp") return null;
  const a = constantInt(e.left);
  const b = constantInt(e.right);
  if (a === null || b === null) return null;
  switch (e.op) {
    case "Add":
      return a + b;
    case "Sub":
      return a - b;
    case "Mult":
      return a * b;
    case "Pow":
      if (b < 0n) return null;
      return a === 0n || a === 1n || a === -1n || b <= 64n || (a < 0n ? -a : a) ** 64n < LIMIT ? power(a, b) : LIMIT;
    case "LShift":
      return b < 0n || b > 1100n ? (b < 0n ? null : a === 0n ? 0n : LIMIT) : a << b;
    default:
      return null;
  }
}

function power(a: bigint, b: bigint): bigint {
  let result = 1n;
  for (let i = 0n; i < b && (result < 0n ? -result : result) < LIMIT; i++) result *= a;
  return result;
}

const beyondSafe = (v: bigint | null): boolean => v !== null && (v > SAFE || v < -SAFE);

/** Warns at an int computed from literals that a number cannot hold exactly, where it first leaves the safe range. */
export function reportBigConstant(ctx: TranslationContext, e: py.BinOp): void {
  if (!beyondSafe(constantInt(e)) || beyondSafe(constantInt(e.left)) || beyondSafe(constantInt(e.right))) return;
  ctx.report("TR3001", e, "this int is larger than 2**53: JavaScript numbers cannot hold it exactly, so what it prints, how it compares with a float and how it formats may differ from CPython");
}
