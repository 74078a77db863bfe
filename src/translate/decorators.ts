/**
 * Decorators written in the program: `@deco` above `def f` is `f = deco(f)`, run once where the def
 * runs. The function is declared under another name and the Python name is bound to what the
 * decorators return. A wrapper's `func(*args, **kwargs)` binds at run time (forwarding.ts); where `func`
 * may be several functions, each carries its Python signature and names (`withSignature`), so the call
 * binds keywords by name and `func.__name__` is the Python name.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { stdlibRef } from "./stdlib/resolve";
import { registerFunctions } from "./positions";
import type { FunctionInfo, PyType } from "./types";

/** The call `sig` of `bindArguments`/`callWith`: the parameters' Python names in TypeScript's order. */
export function signatureOf(fn: FunctionInfo, skip = 0): ir.Expr {
  const params = fn.params.slice(skip);
  const named = params.filter((p) => p.form === "positional" || p.form === "kwonly");
  const strings = (names: readonly string[]) => f.array(names.map((n) => f.str(n)));
  return f.object([
    { key: "name", value: f.str(fn.pyName) },
    { key: "params", value: strings(named.map((p) => p.pyName)) },
    { key: "positional", value: f.num(named.filter((p) => p.form === "positional").length) },
    { key: "required", value: strings(named.filter((p) => !p.hasDefault).map((p) => p.pyName)) },
    ...(params.some((p) => p.form === "kwarg") ? [{ key: "kwargs", value: f.bool(true) }] : []),
    ...(params.some((p) => p.form === "vararg") ? [{ key: "varargs", value: f.bool(true) }] : []),
  ]);
}

/** `@functools.wraps(func)` / `@wraps(func)`: the expression for `func`, or null for another decorator. */
function wrapsTarget(ctx: TranslationContext, d: py.Expr): py.Expr | null {
  if (d.kind !== "Call" || d.args.length !== 1 || d.keywords.length > 0 || d.args[0]!.kind === "Starred") return null;
  const ref = stdlibRef(ctx, d.func);
  return ref?.module.name === "functools" && ref.name === "wraps" ? d.args[0]! : null;
}

/** Whether `d` is a decorator this module applies (the others are reported where they are). */
export function isAppliedDecorator(ctx: TranslationContext, d: py.Expr): boolean {
  if (wrapsTarget(ctx, d)) return true;
  const callee = d.kind === "Call" ? d.func : d;
  if (callee.kind !== "Name" && callee.kind !== "Call") return false;
  return stdlibRef(ctx, callee.kind === "Call" ? callee.func : callee) === null;
}

/** Whether every function `type` may be knows its Python name at run time (see `registerFunctions`). */
export function namedAtRunTime(type: PyType): boolean {
  const types = type.t === "union" ? type.types : [type];
  return types.every((t) => t.t === "function") && (types.length > 1 || (type.t === "function" && type.fn.wrapsName === true));
}

/**
 * `decorators` (outermost first) applied to `fn`, declared as `original`: `d1(d2(original))`. Null,
 * with the reason reported, where a decorator is not a function of one argument the program defines.
 */
export function applyDecorators(ctx: TranslationContext, decorators: readonly py.Expr[], fn: FunctionInfo, original: string): Typed | null {
  let value: Typed = { ir: f.id(original), type: { t: "function", fn } };
  for (const d of [...decorators].reverse()) {
    const wrapped = wrapsTarget(ctx, d);
    if (wrapped) {
      const target = translateExpr(ctx, wrapped);
      registerFunctions(ctx, target.type);
      if (value.type.t === "function") value.type.fn.wrapsName = true;
      value = { ir: ctx.callHelper("wraps", [target.ir, value.ir], d), type: value.type };
      continue;
    }
    const deco = translateExpr(ctx, d);
    const applied = applyOne(ctx, d, deco, value);
    if (!applied) return null;
    value = applied;
  }
  ctx.note("decorators", decorators[0]);
  return value;
}

function applyOne(ctx: TranslationContext, d: py.Expr, deco: Typed, arg: Typed): Typed | null {
  const decorator = deco.type.t === "function" ? deco.type.fn : null;
  const param = decorator?.params[0];
  if (!decorator || !param || param.form !== "positional" || decorator.params.slice(1).some((p) => !p.hasDefault && p.form !== "vararg" && p.form !== "kwarg")) {
    if (deco.type.t !== "never") ctx.report("TR2007", d, `the decorator \`@${ctx.text(d)}\` is not supported (only a function of the program that takes the function is)`);
    return deco.type.t === "never" ? { ir: f.call(deco.ir, [arg.ir], d), type: deco.type } : null;
  }
  if (decorator.isAsync || decorator.isGenerator || decorator.blocking) {
    ctx.report("TR2007", d, `the decorator \`@${ctx.text(d)}\` is not a plain function (it is async, a generator or runs an event loop)`);
    return null;
  }
  if (!param.declared) ctx.widen(param.sym, arg.type);
  const result: PyType = decorator.declaredReturn && decorator.declaredReturn.t !== "callable" ? decorator.declaredReturn : decorator.returns;
  return { ir: f.call(deco.ir, [arg.ir], d), type: result };
}
