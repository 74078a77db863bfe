/**
 * Python evaluates a coroutine's arguments when the coroutine is made (`c = work(n)`); the translation keeps
 * a coroutine lazy as a thunk `() => work(n)`, which reads `n` only when the coroutine starts. That is the same
 * only while every argument reads a binding that cannot change in between: a literal, or a name bound once
 * (a `const`, a parameter never assigned, a `for (const x of ...)` target). Otherwise the arguments are bound
 * at once, `work.bind(undefined, n)`: a loop variable reassigned later, `work(i * 2)`, `work(next_id())`.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { walk } from "./astWalk";
import type { TranslationContext } from "./context";
import { isBuiltinExceptionName } from "./expressions";

/** The lazy form of the coroutine call `call` (of `e`): a thunk, or the function with its arguments bound now. */
export function lazyCoroutineCall(ctx: TranslationContext, e: py.Call, call: ir.CallExpr): ir.Expr {
  const stable = [...e.args, ...e.keywords.map((k) => k.value)].every((a) => readsStableValues(ctx, a));
  const callee = call.callee;
  const thisArg = callee.kind === "Member" ? callee.object : f.id("undefined");
  if (stable || (callee.kind === "Member" && thisArg.kind !== "Ident" && thisArg.kind !== "This")) return f.arrow([], call, { span: e });
  return f.method(callee, "bind", [thisArg, ...call.args], e);
}

/**
 * The lazy form of an asyncio helper's awaitable (`asyncio.sleep(d)`, `q.put(x)`, `wait_for(c, t)`) whose
 * Python arguments are `reads`: a thunk while they are stable, otherwise a thunk made by a call that takes
 * their values now, `((delay) => () => sleep(delay))(d)` (helpers are generic, so `.bind` would lose types).
 * Literals and lazy coroutines (arrows) stay in the thunk: they read nothing that can change.
 */
export function deferredHelperCall(ctx: TranslationContext, reads: readonly py.Expr[], call: ir.Expr, span: py.Expr): ir.Expr {
  if (reads.every((a) => readsStableValues(ctx, a))) return f.arrow([], call, { span });
  const params: ir.Param[] = [];
  const values: ir.Expr[] = [];
  const now = (value: ir.Expr): ir.Expr => {
    if (value.kind === "Spread") return f.spread(now(value.operand));
    if (value.kind === "Arrow" || value.kind === "NumberLit" || value.kind === "StringLit" || value.kind === "BoolLit" || value.kind === "NullLit" || value.kind === "UndefinedLit") return value;
    const name = `arg${params.length}`;
    params.push(f.param(name));
    values.push(value);
    return f.id(name);
  };
  const later = (expr: ir.Expr): ir.Expr => {
    if (expr.kind === "As") return f.asType(later(expr.operand), expr.type);
    if (expr.kind !== "Call") return now(expr);
    const callee = expr.callee.kind === "Member" ? f.member(now(expr.callee.object), expr.callee.property) : expr.callee;
    return f.call(callee, expr.args.map(now), undefined, expr.typeArgs);
  };
  return f.call(f.arrow(params, f.arrow([], later(call))), values, span);
}

function readsStableValues(ctx: TranslationContext, e: py.Expr): boolean {
  switch (e.kind) {
    case "Constant":
      return true;
    case "Name":
      return boundOnce(ctx, e.id);
    case "UnaryOp":
      return readsStableValues(ctx, e.operand);
    case "BinOp":
      // Not / // % **: a ZeroDivisionError must come when Python raises it, as the coroutine is made.
      return (e.op === "Add" || e.op === "Sub" || e.op === "Mult") && readsStableValues(ctx, e.left) && readsStableValues(ctx, e.right);
    case "Call":
      // A builtin exception made later is the same exception: `fail(ValueError("late"))`.
      return e.func.kind === "Name" && isBuiltinExceptionName(e.func.id) && ctx.scopes.resolve(ctx.scope, e.func.id) === null && e.keywords.length === 0 && e.args.every((a) => readsStableValues(ctx, a));
    case "List":
    case "Tuple":
      return e.elts.every((x) => readsStableValues(ctx, x));
    case "JoinedStr":
      return e.values.every((v) => v.kind === "Constant" || (v.kind === "FormattedValue" && v.format_spec === null && readsStableValues(ctx, v.value)));
    default:
      return false;
  }
}

function boundOnce(ctx: TranslationContext, name: string): boolean {
  const scope = ctx.scopes.resolve(ctx.scope, name);
  if (!scope) return true; // a builtin
  const stores = scope.storeCounts.get(name) ?? 0;
  if (scope.loopDecl.has(name)) return true; // each loop declares its own `const`
  if (stores !== 1) return false;
  if (scope.kind === "comprehension") return !lambdaCaptures(scope.node, name);
  return scope.params.has(name) || scope.inlineDecl.has(name) || scope.kind === "lambda";
}

/** A comprehension target a lambda inside it reads is one shared `let` (see capturedTargets). */
function lambdaCaptures(node: object, name: string): boolean {
  let found = false;
  walk(node as py.Expr, (n) => {
    if (n.kind === "Lambda") walk((n as py.Lambda).body, (inner) => ((found ||= inner.kind === "Name" && (inner as py.Name).id === name), !found));
    return !found;
  });
  return found;
}
