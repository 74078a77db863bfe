/**
 * JavaScript operator precedence, used by the printer to add exactly the parentheses needed
 * (astring's approach: a table, not ad-hoc parentheses in the translator).
 */
import type { BinaryOperator, Expr } from "./ir";

export const enum Prec {
  Sequence = 1,
  Assign = 2,
  Conditional = 3,
  Coalesce = 4,
  Or = 5,
  And = 6,
  BitOr = 7,
  BitXor = 8,
  BitAnd = 9,
  Equality = 10,
  Relational = 11,
  Shift = 12,
  Additive = 13,
  Multiplicative = 14,
  Exponent = 15,
  Unary = 16,
  Postfix = 17,
  Call = 18,
  Primary = 19,
}

const binaryPrec: Record<BinaryOperator, Prec> = {
  "??": Prec.Coalesce,
  "||": Prec.Or,
  "&&": Prec.And,
  "|": Prec.BitOr,
  "^": Prec.BitXor,
  "&": Prec.BitAnd,
  "===": Prec.Equality,
  "==": Prec.Equality,
  "!=": Prec.Equality,
  "!==": Prec.Equality,
  "<": Prec.Relational,
  "<=": Prec.Relational,
  ">": Prec.Relational,
  ">=": Prec.Relational,
  instanceof: Prec.Relational,
  in: Prec.Relational,
  "<<": Prec.Shift,
  ">>": Prec.Shift,
  ">>>": Prec.Shift,
  "+": Prec.Additive,
  "-": Prec.Additive,
  "*": Prec.Multiplicative,
  "/": Prec.Multiplicative,
  "%": Prec.Multiplicative,
  "**": Prec.Exponent,
};

export function precedenceOf(expr: Expr): Prec {
  switch (expr.kind) {
    case "Sequence":
      return Prec.Sequence;
    case "Assign":
    case "Arrow":
    case "Spread":
    case "Yield":
      return Prec.Assign;
    case "Conditional":
      return Prec.Conditional;
    case "Binary":
      return binaryPrec[expr.op];
    case "As":
      return Prec.Relational;
    case "Unary":
    case "Await":
      return Prec.Unary;
    case "Update":
      return expr.prefix ? Prec.Unary : Prec.Postfix;
    case "Call":
    case "New":
    case "Member":
    case "Index":
    case "NonNull":
      return Prec.Call;
    case "NumberLit":
      // `1..toString()`-style pitfalls: a number before `.` is wrapped by the printer itself.
      return Prec.Primary;
    default:
      return Prec.Primary;
  }
}

/** Whether `child`, placed as the left or right operand of binary `op`, needs parentheses. */
export function binaryOperandNeedsParens(op: BinaryOperator, child: Expr, side: "left" | "right"): boolean {
  const parent = binaryPrec[op];
  const own = precedenceOf(child);
  if (own < parent) return true;
  if (own > parent) {
    // `-x ** 2` is a syntax error in JS: a unary operand on the left of `**` needs parentheses.
    return op === "**" && side === "left" && own === Prec.Unary;
  }
  // Same precedence: `**` is right-associative, everything else left-associative.
  if (op === "**") return side === "left";
  // `??` cannot be mixed with `||`/`&&` without parentheses; same level only here.
  return side === "right";
}

export function isMixedLogical(op: BinaryOperator, child: Expr): boolean {
  if (child.kind !== "Binary") return false;
  const coalesce = (o: BinaryOperator) => o === "??";
  const logical = (o: BinaryOperator) => o === "||" || o === "&&";
  return (coalesce(op) && logical(child.op)) || (logical(op) && coalesce(child.op));
}
