/**
 * Calls whose arguments only the running program can match to parameters: `func(*args, **kwargs)`
 * where `*args` may fill named parameters, as a decorator's wrapper passes on what it was given.
 * `callWith` binds them as CPython does (keywords by name, its TypeErrors), with the signature known
 * here for one function, or the one the value carries for any of several (see decorators.ts).
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { lazyCoroutineCall } from "./coroutineArgs";
import { signatureOf } from "./decorators";
import { translateExpr } from "./expressions";
import { describedCoroutine, registerFunctions } from "./positions";
import { T, elementOf, join, toTsResult, type FunctionInfo, type PyType } from "./types";

/** Whether the call gives arguments whose parameters are known only at run time. */
export function needsRuntimeBinding(fns: readonly FunctionInfo[], e: py.Call): boolean {
  const starredAt = e.args.findIndex((a) => a.kind === "Starred");
  // `*args` that may fill named parameters, or that the function has no `*args` for (CPython's TypeError if not empty).
  const fillsNamed = starredAt >= 0 && fns.some((fn) => fn.params.filter((p) => p.form === "positional").length > starredAt || !fn.params.some((p) => p.form === "vararg"));
  return fillsNamed || (fns.length > 1 && e.keywords.some((k) => k.arg === null));
}

/** `fn(*args, **kwargs)` for one or several possible functions (`fns`), or null (reported) where it is not supported. */
export function forwardedCall(ctx: TranslationContext, fns: readonly FunctionInfo[], callee: ir.Expr, e: py.Call): Typed | null {
  const kind = (fn: FunctionInfo) => (fn.isGenerator || fn.blocking ? "other" : fn.isAsync ? "async" : "sync");
  if (!fns.every((fn) => kind(fn) !== "other" && kind(fn) === kind(fns[0]!))) {
    ctx.report("TR2006", e, "passing `*args`/`**kwargs` on to a function that may be async or plain (or to a generator, or to a function that runs an event loop) is not supported");
    return null;
  }
  const mappings = e.keywords.filter((k) => k.arg === null);
  if (mappings.length > 1 || (mappings.length === 1 && e.keywords.length > 1)) {
    ctx.report("TR2006", mappings[0]!, "`**mapping` together with other keyword arguments, when `*args` is passed on too, is not supported");
    return null;
  }
  const positional: ir.Expr[] = [];
  let given: PyType = T.never;
  for (const a of e.args) {
    const value = translateExpr(ctx, a.kind === "Starred" ? a.value : a);
    given = join(given, a.kind === "Starred" ? elementOf(value.type) : value.type);
    positional.push(a.kind === "Starred" ? f.spread(value.ir, a) : value.ir);
  }
  let keywords: ir.Expr | null = null;
  let keywordType: PyType = T.never;
  if (mappings.length === 1) {
    const mapping = translateExpr(ctx, mappings[0]!.value);
    keywordType = mapping.type.t === "dict" ? mapping.type.value : T.unknown;
    keywords = mapping.ir;
  } else if (e.keywords.length > 0) {
    const entries = e.keywords.map((k) => {
      const value = translateExpr(ctx, k.value);
      keywordType = join(keywordType, value.type);
      return f.array([f.str(k.arg!), value.ir]);
    });
    keywords = f.newExpr("Map", [f.array(entries)], undefined, [f.tKeyword("string"), f.tKeyword("unknown")]);
  }
  // Any value given may reach any parameter.
  for (const fn of fns) {
    for (const p of fn.params) {
      if (p.declared) continue;
      if (p.form === "vararg") ctx.widen(p.sym, T.tupleOf(given));
      else if (p.form === "kwarg") ctx.widen(p.sym, T.dict(T.str, keywordType));
      else ctx.widen(p.sym, join(given, keywordType));
    }
  }
  if (fns.length > 1) registerFunctions(ctx, { t: "union", types: fns.map((fn) => ({ t: "function" as const, fn })) });
  const sig = fns.length === 1 ? signatureOf(fns[0]!) : f.nil();
  const result = fns.reduce<PyType>((acc, fn) => join(acc, fn.declaredReturn ?? fn.returns), T.never);
  const isAsync = kind(fns[0]!) === "async";
  const returns = isAsync ? f.tRef("Promise", toTsResult(result)) : toTsResult(result);
  const call: ir.CallExpr = { ...ctx.callHelper("callWith", [callee, sig, f.array(positional), ...(keywords ? [keywords] : [])], e), typeArgs: [returns] };
  if (!isAsync) return { ir: call, type: result };
  ctx.note("coroutineLazy", e);
  const lazy = { ...lazyCoroutineCall(ctx, e, call), coroutine: "deferred" as const };
  return { ir: fns.length === 1 ? describedCoroutine(ctx, fns[0]!, lazy) : lazy, type: T.coroutine(result), call };
}
