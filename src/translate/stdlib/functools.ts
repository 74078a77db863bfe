/**
 * `functools`: `partial` (a callback with some arguments bound, for call_soon and add_done_callback),
 * `reduce`, and the decorators `wraps`, `lru_cache`/`cache` (see decorators.ts) and `cached_property` (a getter, classes.ts).
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import { functionArgument, iterated, translateBuiltinCall } from "../builtins";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { callbackValue } from "../methods";
import { T, elementOf, join, toTsType, type FunctionInfo, type ParamInfo, type PyType } from "../types";
import { keepKind } from "../values";
import { supported, type StdlibModule } from "./module";
import { stdlibRef } from "./resolve";

export const functoolsModule: StdlibModule = {
  name: "functools",
  summary: "partial application, reduce, and the decorators that wrap or memoize a function",
  names: [
    supported("partial", "`partial(fn, ...bound)`: `(...rest) => fn(...bound, ...rest)`, the bound values taken once", ["partial"], "partial"),
    supported("reduce", "`reduce(fn, items, initial?)`", ["reduce"]),
    supported("wraps", "`@wraps(func)` on a decorator's wrapper: `const wrapper = wraps(func, wrapperUndecorated)`, so `wrapper.__name__` (and the name its coroutines show) is the wrapped function's; a decorator's `func(*args, **kwargs)` is `callWith(func, ...)`, which binds the arguments to the parameters as CPython does", ["wraps", "callWith"], "decorators"),
    supported("lru_cache", "`@lru_cache` / `@lru_cache(maxsize=n)` on a plain function: `const f = lruCache(fUncached, n)`, results remembered by argument (Python's equality)", ["lruCache"], "decorators"),
    supported("cache", "`@cache` on a plain function: `const f = lruCache(fUncached, null)`, without limit", ["lruCache"], "decorators"),
    supported("cached_property", "`@cached_property` on a method taking only `self`: a getter that computes once per instance, `get cost() { return cachedProperty(this, \"cost\", () => ...); }`", ["cachedProperty"], "decorators"),
  ],
  call: functoolsCall,
};

export interface CacheDecorator {
  readonly maxsize: ir.Expr;
}

/** `@cache`, `@lru_cache`, `@lru_cache()`, `@lru_cache(maxsize=32)`, `@functools.lru_cache(None)`: the cache's size; null for another decorator. */
export function cacheDecorator(ctx: TranslationContext, d: py.Expr): CacheDecorator | null {
  const call = d.kind === "Call" ? d : null;
  const ref = stdlibRef(ctx, call ? call.func : d);
  if (ref?.module.name !== "functools" || (ref.name !== "cache" && ref.name !== "lru_cache")) return null;
  if (ref.name === "cache") return call ? null : { maxsize: f.nil() };
  const size = call ? (call.args[0] ?? call.keywords.find((k) => k.arg === "maxsize")?.value) : undefined;
  if (call && (call.args.length + call.keywords.length > 1 || call.keywords.some((k) => k.arg !== "maxsize"))) return null;
  ctx.note("decorators", d);
  return { maxsize: size ? translateExpr(ctx, size).ir : f.num(128) };
}

function functoolsCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  if (name === "partial") return partialCall(ctx, e);
  if (name === "reduce") return reduceCall(ctx, e);
  return null;
}

/**
 * `partial(fn, a, b=...)`: the arguments bound now (in Python they are evaluated when the partial is
 * made, not at each call), and a function of the parameters left, so a callback handed to call_soon
 * or add_done_callback still types its parameters from what the loop passes it.
 */
function partialCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const [fnNode, ...bound] = e.args;
  if (!fnNode || bound.some((a) => a.kind === "Starred")) return null;
  if (fnNode.kind === "Name" && fnNode.id === "print" && !ctx.lookup("print")) return printPartial(ctx, e, bound);
  const fn = translateExpr(ctx, fnNode);
  if (fn.type.t !== "function") return null;
  const callback = callbackValue(fnNode, fn);
  const params = callback.params;
  const positional = params.filter((p) => p.form === "positional");
  const args: ir.Expr[] = [];
  const bind = (index: number, value: py.Expr): boolean => {
    const p = positional[index];
    if (!p) return false;
    const v = translateExpr(ctx, value);
    ctx.widen(p.sym, v.type);
    args.push(keepKind(ctx, v, p.declared ?? p.sym.type, value));
    return true;
  };
  if (!bound.every((a, i) => bind(i, a))) return null;
  const inOrder = e.keywords.every((kw, k) => kw.arg !== null && positional.findIndex((p) => p.pyName === kw.arg) === bound.length + k);
  if (!inOrder) return reorderedPartial(ctx, e, fn.type.fn, callback, args);
  // Keywords that bind the parameters right after the positional ones are just more leading arguments.
  for (const kw of e.keywords) if (!bind(args.length, kw.value)) return null;
  const rest: FunctionInfo = { ...fn.type.fn, params: params.slice(args.length) };
  return { ir: ctx.callHelper("partial", [callback.ir, ...args], e), type: { t: "function", fn: rest } };
}

/**
 * `partial(callback, n=1)` where `n` is not the next parameter (the loop passes `future` first), or a
 * keyword-only one: an arrow takes the bound values first and calls the function with every argument
 * in its place, `partial((n, future) => callback(future, n), 1)`, so the values are still taken once.
 * Null (refused) where Python would match differently at the call: `*args`/`**kwargs`, a parameter
 * after a keyword-bound one that has no default, a bound method with keyword-only parameters.
 */
function reorderedPartial(ctx: TranslationContext, e: py.Call, fn: FunctionInfo, callback: ReturnType<typeof callbackValue>, leading: readonly ir.Expr[]): Typed | null {
  const params = callback.params;
  if (params.some((p) => p.form === "vararg" || p.form === "kwarg")) return null;
  const named = params.filter((p) => p.form === "positional" || p.form === "kwonly");
  const boundValues = new Map<ParamInfo, ir.Expr>(leading.map((value, i) => [named[i]!, value]));
  for (const kw of e.keywords) {
    const p = named.find((q) => q.pyName === kw.arg);
    if (!p || boundValues.has(p)) return null;
    const v = translateExpr(ctx, kw.value);
    ctx.widen(p.sym, v.type);
    boundValues.set(p, keepKind(ctx, v, p.declared ?? p.sym.type, kw.value));
  }
  // A bound method comes wrapped in an arrow of its positional parameters only.
  const boundMethod = callback.params.length !== fn.params.length;
  if (boundMethod && named.some((p) => p.form === "kwonly")) return null;
  // Python passes the call's arguments to the positional parameters up to the first keyword-bound one.
  const firstKeyword = named.findIndex((p, i) => i >= leading.length && boundValues.has(p));
  const rest = named.slice(leading.length, firstKeyword).filter((p) => p.form === "positional");
  const unfilled = named.slice(firstKeyword).filter((p) => !boundValues.has(p));
  if (unfilled.some((p) => !p.hasDefault)) return null;
  const arrowParams = [...boundValues.keys(), ...rest];
  // A function named by a variable is called by name; anything else (a bound method's wrapper) is bound
  // first, like the values, so its object is made once.
  const byName = callback.ir.kind === "Ident" ? callback.ir : null;
  const callee = byName ?? f.id("fn_");
  if (arrowParams.some((p) => p.sym.tsName === callee.name)) return null;
  const last = named.reduce((end, p, i) => (boundValues.has(p) || rest.includes(p) ? i + 1 : end), 0);
  const callArgs = named.slice(0, last).map((p) => (boundValues.has(p) || rest.includes(p) ? f.id(p.sym.tsName) : f.id("undefined")));
  const typed = arrowParams.map((p) => f.param(p.sym.tsName, toTsType(p.declared ?? p.sym.type)));
  const calleeParam = byName ? [] : [f.param(callee.name, toTsType({ t: "function", fn: { ...fn, params: [...params] } }))];
  const wrapper = f.arrow([...calleeParam, ...typed], f.call(callee, callArgs), { span: e });
  const boundArgs = [...(byName ? [] : [callback.ir]), ...boundValues.values()];
  return { ir: ctx.callHelper("partial", [wrapper, ...boundArgs], e), type: { t: "function", fn: { ...fn, params: rest } } };
}

/**
 * `partial(print, "tick", end="")`: print (or printWith and its options) with the values bound once;
 * what the partial is called with is printed after them, as Python appends it.
 */
function printPartial(ctx: TranslationContext, e: py.Call, bound: readonly py.Expr[]): Typed {
  const call: py.Call = { ...e, func: e.args[0]!, args: [...bound] };
  const printed = translateBuiltinCall(ctx, "print", call).ir;
  const type: PyType = { t: "callable", params: [], result: T.none };
  if (printed.kind !== "Call") return { ir: f.arrow([], printed, { span: e }), type };
  return { ir: ctx.callHelper("partial", [printed.callee, ...printed.args], e), type };
}

/** `reduce(fn, items[, initial])`: the accumulator takes the type of the initial value and of fn's results. */
function reduceCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const [fnNode, source, initial] = e.args;
  if (!fnNode || !source || e.args.length > 3 || e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred")) return null;
  const items = translateExpr(ctx, source);
  const elem = elementOf(items.type);
  const start = initial ? translateExpr(ctx, initial) : null;
  const acc = start ? join(start.type, T.never) : elem;
  const fn = functionArgument(ctx, fnNode, [acc, elem]);
  const result = fn.type.t === "function" ? (fn.type.fn.declaredReturn ?? fn.type.fn.returns) : fn.type.t === "callable" ? fn.type.result : T.unknown;
  return { ir: ctx.callHelper("reduce", [fn.ir, iterated(ctx, items), ...(start ? [start.ir] : [])], e), type: join(acc, result) };
}

/** `@cached_property` (or `@functools.cached_property`). */
export function isCachedProperty(ctx: TranslationContext, d: py.Expr): boolean {
  const ref = stdlibRef(ctx, d);
  return ref?.module.name === "functools" && ref.name === "cached_property";
}
