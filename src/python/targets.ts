/**
 * Assignment, `del`, `for` and `with` targets. Expressions are built in Load context; this gives
 * a target its Store/Del context and reports what CPython refuses, in CPython's words
 * (`cannot assign to function call here. Maybe you meant '==' instead of '='?`).
 */
import type { Constant, Expr, ExprContext } from "./ast";
import type { ConvertContext } from "./context";

/** What the target is for: plain `=` gets CPython's "Maybe you meant '=='" hint, `+=` its own message. */
export type TargetUse = "assign" | "augassign" | "for" | "with" | "del" | "named" | "annotated";

export function toTarget(cx: ConvertContext, expr: Expr, ctx: ExprContext, use: TargetUse): Expr {
  switch (expr.kind) {
    case "Name":
      if (expr.id === "__debug__") cx.error("PY1008", expr.start, expr.end, "cannot assign to __debug__");
      return { ...expr, ctx };
    case "Attribute":
    case "Subscript":
      return { ...expr, ctx };
    case "Starred":
      if (use === "augassign" || use === "annotated") return invalid(cx, expr, use);
      return { ...expr, ctx, value: toTarget(cx, expr.value, ctx, use) };
    case "Tuple":
    case "List":
      if (use === "augassign" || use === "annotated") return invalid(cx, expr, use);
      checkStars(cx, expr, use);
      return { ...expr, ctx, elts: expr.elts.map((e) => toTarget(cx, e, ctx, use)) };
    default:
      return invalid(cx, expr, use);
  }
}

function checkStars(cx: ConvertContext, target: Expr & { elts: readonly Expr[] }, use: TargetUse): void {
  if (use === "del") return;
  const stars = target.elts.filter((e) => e.kind === "Starred");
  if (stars.length > 1) cx.error("PY1025", target.start, target.end, "multiple starred expressions in assignment");
}

function invalid(cx: ConvertContext, expr: Expr, use: TargetUse): Expr {
  if (expr.kind === "Name" && expr.id === "") return expr; // a placeholder: the tree error is reported
  const what = describe(expr);
  let message: string;
  if (use === "augassign") message = `'${what}' is an illegal expression for augmented assignment`;
  else if (use === "annotated") message = `only single target (not ${what}) can be annotated`;
  else if (use === "del") message = `cannot delete ${what}`;
  else if (use === "assign" && isHintable(expr)) message = `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`;
  else message = `cannot assign to ${what}`;
  cx.error("PY1008", expr.start, expr.end, message);
  return expr;
}

/** CPython only adds the "Maybe you meant '=='" hint where a comparison would have been valid. */
function isHintable(expr: Expr): boolean {
  return expr.kind !== "NamedExpr" && expr.kind !== "Lambda" && expr.kind !== "Yield" && expr.kind !== "YieldFrom";
}

/** The names CPython gives expressions in its messages (`_PyPegen_get_expr_name`). */
export function describe(expr: Expr): string {
  switch (expr.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield":
    case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr":
    case "FormattedValue": return "f-string expression";
    case "Constant": return describeConstant(expr);
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

function describeConstant(expr: Constant): string {
  const v = expr.value;
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "object" && v.type === "ellipsis") return "ellipsis";
  return "literal";
}
