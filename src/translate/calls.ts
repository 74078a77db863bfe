/** Calls: user functions and classes, builtins, asyncio and methods are each dispatched from here. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { asyncioName, translateAsyncioCall } from "./asyncioCalls";
import { translateBuiltinCall } from "./builtins";
import type { Typed, TranslationContext } from "./context";
import { contextlibCall, isAsyncContextManagerFunction, wrapAsyncContextManager } from "./contextlib";
import { exceptionTsName, isBuiltinExceptionName, translateExpr } from "./expressions";
import { translateMethodCall } from "./methods";
import { T, elementOf, type FunctionInfo, type PyType } from "./types";

export function translateCall(ctx: TranslationContext, e: py.Call): Typed {
  const api = asyncioName(ctx, e.func);
  if (api) return translateAsyncioCall(ctx, api, e);
  const contextlib = contextlibCall(ctx, e);
  if (contextlib) return contextlib;
  if (e.func.kind === "Name") {
    const sym = ctx.lookup(e.func.id);
    if (!sym) {
      if (isBuiltinExceptionName(e.func.id)) return constructException(ctx, e, e.func.id);
      return translateBuiltinCall(ctx, e.func.id, e);
    }
    if (sym.type.t === "function") return callFunction(ctx, sym.type.fn, f.id(sym.tsName, e.func), e);
    if (sym.type.t === "class") return construct(ctx, e, sym.tsName, sym.type.cls.methods.get("__init__") ?? null, { t: "instance", cls: sym.type.cls });
  }
  if (e.func.kind === "Attribute") return translateMethodCall(ctx, e, e.func);
  const callee = translateExpr(ctx, e.func);
  if (callee.type.t === "function") return callFunction(ctx, callee.type.fn, callee.ir, e);
  const classes = callee.type.t === "union" ? callee.type.types : [callee.type];
  if (classes.every((c) => c.t === "exceptionClass")) {
    // `raise kind("message")` where `kind` holds an exception class: constructing it needs `new`.
    const args = positionalArgs(ctx, e);
    const name = classes.length === 1 && classes[0]!.t === "exceptionClass" ? classes[0]!.name : "Exception";
    return { ir: f.newExpr(f.asType(callee.ir, f.tRef("typeof Exception")), args.map((a) => a.ir), e), type: T.exception(name) };
  }
  const args = positionalArgs(ctx, e);
  return { ir: f.call(callee.ir, args.map((a) => a.ir), e), type: callee.type.t === "callable" ? callee.type.result : T.unknown };
}

export function positionalArgs(ctx: TranslationContext, e: py.Call): Typed[] {
  if (e.keywords.length > 0) ctx.report("TR2006", e.keywords[0]!, `keyword argument \`${e.keywords[0]!.arg ?? "**"}\` is not supported in this call`);
  return e.args.map((a) => {
    if (a.kind !== "Starred") return translateExpr(ctx, a);
    const inner = translateExpr(ctx, a.value);
    return { ir: f.spread(inner.ir, a), type: elementOf(inner.type) };
  });
}

function constructException(ctx: TranslationContext, e: py.Call, name: string): Typed {
  ctx.note("exceptions", e);
  const args = positionalArgs(ctx, e);
  return { ir: f.newExpr(ctx.helper(exceptionTsName(name)), args.map((a) => a.ir), e), type: T.exception(name) };
}

/** `Cls(args)`: `new Cls(args)` with arguments matched to `__init__`'s parameters. */
export function construct(ctx: TranslationContext, e: py.Call, tsName: string, init: FunctionInfo | null, type: PyType): Typed {
  const args = init ? matchArguments(ctx, init, e, 1) : positionalArgs(ctx, e).map((a) => a.ir);
  return { ir: f.newExpr(tsName, args, e), type };
}

/**
 * A call of a user function. Keyword arguments are matched to parameters (TypeScript has none);
 * a coroutine function gives a coroutine, kept lazy until awaited (see `Typed.call`).
 */
export function callFunction(ctx: TranslationContext, fn: FunctionInfo, callee: ir.Expr, e: py.Call, skip = 0): Typed {
  const args = matchArguments(ctx, fn, e, skip);
  const call = f.call(callee, args, e);
  const result = fn.declaredReturn ?? fn.returns;
  // Calling a generator function makes a generator that runs only when iterated, in both languages.
  const generator: Typed = { ir: call, type: { t: fn.isAsync ? "asyncGenerator" : "generator", elem: fn.yields } };
  if (fn.isGenerator) return isAsyncContextManagerFunction(ctx, fn) ? wrapAsyncContextManager(ctx, generator, fn, e) : generator;
  if (!fn.isAsync) return { ir: call, type: result };
  if (ctx.eager.calls.has(e)) return { ir: call, type: T.promise(result) };
  ctx.note("coroutineLazy", e);
  return { ir: f.arrow([], call, { span: e }), type: T.coroutine(result), call };
}

export function matchArguments(ctx: TranslationContext, fn: FunctionInfo, e: py.Call, skip: number): ir.Expr[] {
  const params = fn.params.slice(skip);
  const named = params.filter((p) => p.form === "positional" || p.form === "kwonly");
  const positionalCount = params.filter((p) => p.form === "positional").length;
  const vararg = params.find((p) => p.form === "vararg");
  const kwarg = params.find((p) => p.form === "kwarg");
  const slots: (ir.Expr | undefined)[] = new Array<ir.Expr | undefined>(named.length).fill(undefined);
  const extra: ir.Expr[] = [];
  const kwEntries: ir.Expr[] = [];
  e.args.forEach((a, i) => {
    if (a.kind === "Starred") {
      const inner = translateExpr(ctx, a.value);
      if (vararg && i >= positionalCount) {
        ctx.widen(vararg.sym, T.tupleOf(elementOf(inner.type)));
        extra.push(f.spread(inner.ir, a));
      } else ctx.report("TR2006", a, "`*args` at a call is supported only where the function takes `*args`");
      return;
    }
    const value = translateExpr(ctx, a);
    if (i < positionalCount) {
      ctx.widen(named[i]!.sym, value.type);
      shareContainerType(ctx, a, named[i]!.sym.type);
      slots[i] = value.ir;
    } else if (vararg) {
      ctx.widen(vararg.sym, T.tupleOf(value.type));
      extra.push(value.ir);
    } else ctx.report("TR2006", a, `${fn.pyName}() takes ${positionalCount} positional arguments but more were given`);
  });
  for (const kw of e.keywords) {
    const value = translateExpr(ctx, kw.value);
    const index = named.findIndex((p) => p.pyName === kw.arg);
    if (kw.arg !== null && index >= 0) {
      ctx.widen(named[index]!.sym, value.type);
      slots[index] = value.ir;
    } else if (kwarg && kw.arg !== null) {
      ctx.widen(kwarg.sym, T.dict(T.str, value.type));
      kwEntries.push(f.array([f.str(kw.arg), value.ir]));
    } else {
      ctx.report("TR2006", kw, kw.arg === null ? "`**mapping` at a call is not supported" : `${fn.pyName}() got an unexpected keyword argument '${kw.arg}'`);
    }
  }
  // Arguments in the TypeScript parameter order: named ones, the kwargs map, then the rest.
  const out: (ir.Expr | undefined)[] = [...slots];
  if (kwarg) out.push(kwEntries.length > 0 ? f.newExpr("Map", [f.array(kwEntries)]) : undefined);
  if (extra.length === 0) while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return [...out.map((x) => x ?? f.undef()), ...extra];
}

/**
 * A list passed to a function is the same list inside it: what the function appends (widening its
 * parameter's type) is the element type of the caller's variable too.
 */
function shareContainerType(ctx: TranslationContext, arg: py.Expr, paramType: PyType): void {
  if (arg.kind !== "Name") return;
  const sym = ctx.lookup(arg.id);
  const containers = ["list", "dict", "set", "object"];
  if (sym && containers.includes(sym.type.t) && sym.type.t === paramType.t) ctx.widen(sym, paramType);
}
