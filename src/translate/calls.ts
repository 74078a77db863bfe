/** Calls: user functions and classes, builtins, asyncio and methods are each dispatched from here. */
import type * as py from "../python/ast";
import { typeFromAnnotation } from "./annotations";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { asyncioName, translateAsyncioCall } from "./asyncioCalls";
import { translateBuiltinCall } from "./builtins";
import type { Typed, TranslationContext } from "./context";
import { contextlibCall, isAsyncContextManagerFunction, wrapAsyncContextManager } from "./contextlib";
import { exceptionTsName, isBuiltinExceptionName, translateExpr, unsupported } from "./expressions";
import { translateMethodCall, widenCallbackParams } from "./methods";
import { T, elementOf, join, mayBeNone, toTsType, withoutNone, type ClassInfo, type FunctionInfo, type ParamInfo, type PyType } from "./types";
import { referenceKey } from "./noneNarrowing";
import { stdlibCall } from "./stdlib/resolve";
import { timeCall } from "./timeModule";
import { keepKind } from "./values";
import { describedCoroutine, reportSpreadSet } from "./positions";
import { lazyCoroutineCall } from "./coroutineArgs";
import { forwardedCall, needsRuntimeBinding } from "./forwarding";
import { signatureOf } from "./decorators";

/** `Color(1)`: the member with that value (ValueError otherwise), never a new instance. */
function enumLookup(ctx: TranslationContext, e: py.Call, cls: ir.Expr, info: ClassInfo): Typed {
  if (e.args.length !== 1 || e.keywords.length > 0 || e.args[0]!.kind === "Starred") {
    return unsupported(ctx, e, `calling the enum \`${info.pyName}\` with other than one value (the functional API \`${info.pyName}("Name", "A B")\`)`);
  }
  return { ir: f.method(cls, "of", [translateExpr(ctx, e.args[0]!).ir], e), type: { t: "instance", cls: info } };
}

export function translateCall(ctx: TranslationContext, e: py.Call): Typed {
  const api = asyncioName(ctx, e.func);
  if (api) return translateAsyncioCall(ctx, api, e);
  const contextlib = contextlibCall(ctx, e) ?? timeCall(ctx, e) ?? stdlibCall(ctx, e);
  if (contextlib) return contextlib;
  if (e.func.kind === "Name") {
    // `Movie(name="Up")` of a TypedDict (an alias of dict, see typedDicts.ts): the dict, typed as the alias says.
    const typedDict = ctx.typedDicts.get(e.func.id);
    if (typedDict) return { ...translateBuiltinCall(ctx, "dict", e), type: typeFromAnnotation(ctx, typedDict) };
    const sym = ctx.lookup(e.func.id);
    if (!sym) {
      if (isBuiltinExceptionName(e.func.id)) return constructException(ctx, e, e.func.id);
      return translateBuiltinCall(ctx, e.func.id, e);
    }
    if (sym.type.t === "function") return callFunction(ctx, sym.type.fn, f.id(sym.tsName, e.func), e);
    if (sym.type.t === "class" && sym.type.cls.enum) return enumLookup(ctx, e, f.id(sym.tsName, e.func), sym.type.cls);
    if (sym.type.t === "class") return construct(ctx, e, sym.tsName, sym.type.cls.methods.get("__init__") ?? null, { t: "instance", cls: sym.type.cls });
  }
  if (e.func.kind === "Attribute") return translateMethodCall(ctx, e, e.func);
  return callValue(ctx, e, translateExpr(ctx, e.func));
}

/** A call of a value that is not a name bound by `def` or `class`: a parameter, an attribute holding a function... */
export function callValue(ctx: TranslationContext, e: py.Call, given: Typed): Typed {
  // `log = log or default` then `log(...)`: a test or an assignment has ruled None out (noneNarrowing.ts).
  const provenCallable = given.type.t === "union" && mayBeNone(given.type) && ctx.knownNotNone(referenceKey(e.func));
  const callee = provenCallable ? { ...given, ir: f.nonNull(given.ir), type: withoutNone(given.type) } : given;
  if (callee.type.t === "function") return callFunction(ctx, callee.type.fn, callee.ir, e);
  const classes = callee.type.t === "union" ? callee.type.types : [callee.type];
  const coroutineFunctions = classes.every((c) => c.t === "function") ? classes.map((c) => (c as Extract<PyType, { t: "function" }>).fn) : [];
  if (coroutineFunctions.length > 1 && needsRuntimeBinding(coroutineFunctions, e)) return forwardedCall(ctx, coroutineFunctions, callee.ir, e) ?? { ir: callee.ir, type: T.unknown };
  if (coroutineFunctions.length > 1) {
    const called = callOneOfCoroutineFunctions(ctx, coroutineFunctions, callee.ir, e);
    if (called) return called;
  }
  if (classes.every((c) => c.t === "exceptionClass")) {
    // `raise kind("message")` where `kind` holds an exception class: constructing it needs `new`.
    const args = positionalArgs(ctx, e);
    const name = classes.length === 1 && classes[0]!.t === "exceptionClass" ? classes[0]!.name : "Exception";
    return { ir: f.newExpr(f.asType(callee.ir, f.tRef("typeof Exception")), args.map((a) => a.ir), e), type: T.exception(name) };
  }
  if (callee.type.t === "union" && classes.some(isCallableType) && !classes.every(isCallableType)) {
    // Python calls whatever the name holds at that moment; one TypeScript binding has one type, so the
    // call cannot be told from a call of the other value (a coroutine function would start, not be made).
    ctx.report("TR2005", e.func, `\`${ctx.text(e.func)}\` is called here but is also bound to a value that cannot be called (${classes.filter((c) => !isCallableType(c)).map(kindName).join(", ")}): give each value its own name`);
    return { ir: callee.ir, type: T.unknown };
  }
  const args = positionalArgs(ctx, e);
  // One of several functions (`log = log or default_log`): each takes the arguments' types, as a direct call would.
  if (coroutineFunctions.length > 1) for (const fn of coroutineFunctions) widenCallbackParams(ctx, fn.params, args.map((a) => a.type));
  // A function defined further down is not known in the first pass: `never` until it is, so what its
  // result flows into (`values.append(await produce(i))`) still widens to the right type later.
  const result = callee.type.t === "callable" ? callee.type.result : callee.type.t === "never" ? T.never : T.unknown;
  // A value of no known type may be a class, a function or not callable at all (`never` in the last pass: a
  // parameter of a function nothing calls), and classes among functions need `new` only when one is a class:
  // Python's call, decided at run time (what it makes is then looked up at run time too).
  const mixesClasses = classes.length > 1 && classes.some((c) => c.t === "class");
  if (callee.type.t === "unknown" || callee.type.t === "never" || mixesClasses) return { ir: ctx.callHelper("callUnknown", [callee.ir, ...args.map((a) => a.ir)], e), type: result };
  return { ir: f.call(callee.ir, args.map((a) => a.ir), e), type: result };
}

/**
 * `for c in (a, b): create_task(c())`: `c` is one of several `async def` functions, so its call is a coroutine,
 * kept lazy like a direct call, whose result is any of theirs. Null (a plain call) unless every one is a
 * coroutine function taking the positional arguments given.
 */
function callOneOfCoroutineFunctions(ctx: TranslationContext, fns: readonly FunctionInfo[], callee: ir.Expr, e: py.Call): Typed | null {
  const plain = (fn: FunctionInfo) => fn.isAsync && !fn.isGenerator && !fn.blocking && fn.params.every((p) => p.form === "positional");
  if (!fns.every(plain) || e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred")) return null;
  if (!fns.every((fn) => fn.params.filter((p) => !p.hasDefault).length <= e.args.length && e.args.length <= fn.params.length)) return null;
  const args = positionalArgs(ctx, e);
  for (const fn of fns) args.forEach((a, i) => fn.params[i]!.declared === null && ctx.widen(fn.params[i]!.sym, a.type));
  const call = f.call(callee, args.map((a) => a.ir), e);
  const result = fns.reduce<PyType>((acc, fn) => join(acc, fn.declaredReturn ?? fn.returns), T.never);
  ctx.note("coroutineLazy", e);
  return { ir: { ...lazyCoroutineCall(ctx, e, call), coroutine: "deferred" }, type: T.coroutine(result), call };
}

export function positionalArgs(ctx: TranslationContext, e: py.Call): Typed[] {
  if (e.keywords.length > 0) ctx.report("TR2006", e.keywords[0]!, `keyword argument \`${e.keywords[0]!.arg ?? "**"}\` is not supported in this call`);
  return e.args.map((a) => {
    if (a.kind !== "Starred") return translateExpr(ctx, a);
    const inner = translateExpr(ctx, a.value);
    reportSpreadSet(ctx, inner.type, a);
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
  const args = init ? matchArguments(ctx, init, e, 1, { text: tsName, construct: true }) : positionalArgs(ctx, e).map((a) => a.ir);
  return { ir: f.newExpr(tsName, args, e), type };
}

/**
 * A call of a user function. Keyword arguments are matched to parameters (TypeScript has none);
 * a coroutine function gives a coroutine, kept lazy until awaited (see `Typed.call`).
 */
export function callFunction(ctx: TranslationContext, fn: FunctionInfo, callee: ir.Expr, e: py.Call, skip = 0): Typed {
  if (skip === 0 && needsRuntimeBinding([fn], e)) return forwardedCall(ctx, [fn], callee, e) ?? { ir: callee, type: T.unknown };
  const args = matchArguments(ctx, fn, e, skip, { text: calleeText(callee) });
  const call = f.call(callee, args, e);
  const result = fn.declaredReturn ?? fn.returns;
  // Calling a generator function makes a generator that runs only when iterated, in both languages.
  const generator: Typed = { ir: call, type: { t: fn.isAsync ? "asyncGenerator" : "generator", elem: fn.yields } };
  if (fn.isGenerator) return isAsyncContextManagerFunction(ctx, fn) ? wrapAsyncContextManager(ctx, generator, fn, e) : generator;
  if (fn.blocking) {
    // It runs an event loop, which JavaScript cannot block on: the caller waits for it instead.
    if (!ctx.canBlock()) ctx.report("TR2003", e, `\`${fn.pyName}()\` runs an event loop, and is called here where the code cannot wait for it (call it from the module's code or from a function that does)`);
    return { ir: f.awaitExpr(call, e), type: result };
  }
  if (!fn.isAsync) return { ir: call, type: result };
  if (ctx.eager.calls.has(e)) return { ir: call, type: T.promise(result) };
  ctx.note("coroutineLazy", e);
  return { ir: describedCoroutine(ctx, fn, { ...lazyCoroutineCall(ctx, e, call), coroutine: "deferred" }, callee), type: T.coroutine(result), call };
}

/** The callee as text TypeScript's `typeof` accepts (`f`, `obj.method`), or null. */
function calleeText(callee: ir.Expr): string | null {
  if (callee.kind === "Ident") return callee.name;
  if (callee.kind === "This") return "this";
  if (callee.kind === "Member" && !callee.optional) {
    const object = calleeText(callee.object);
    return object === null ? null : `${object}.${callee.property}`;
  }
  return null;
}

/** The callee of a call being matched: its `typeof` text, and whether it is a constructor (`new C(...)`). */
interface CalleeRef {
  readonly text: string | null;
  readonly construct?: boolean;
}

export function matchArguments(ctx: TranslationContext, fn: FunctionInfo, e: py.Call, skip: number, callee: CalleeRef = { text: null }): ir.Expr[] {
  const params = fn.params.slice(skip);
  const named = params.filter((p) => p.form === "positional" || p.form === "kwonly");
  const positionalCount = params.filter((p) => p.form === "positional").length;
  const vararg = params.find((p) => p.form === "vararg");
  const kwarg = params.find((p) => p.form === "kwarg");
  const slots: (ir.Expr | undefined)[] = new Array<ir.Expr | undefined>(named.length).fill(undefined);
  const extra: ir.Expr[] = [];
  const kwEntries: ir.Expr[] = [];
  const mappings: ir.Expr[] = [];
  const keywordNames: string[] = [];
  e.args.forEach((a, i) => {
    if (a.kind === "Starred") {
      const inner = translateExpr(ctx, a.value);
      reportSpreadSet(ctx, inner.type, a);
      if (vararg && i >= positionalCount) {
        ctx.widen(vararg.sym, T.tupleOf(elementOf(inner.type)));
        extra.push(f.spread(inner.ir, a));
      } else ctx.report("TR2006", a, "`*args` at a call is supported only where the function takes `*args`");
      return;
    }
    const value = translateExpr(ctx, a);
    if (i < positionalCount) {
      if (declaredCallable(ctx, named[i]!, value)) {
        slots[i] = value.ir;
        return;
      }
      ctx.widen(named[i]!.sym, value.type);
      shareContainerType(ctx, a, named[i]!.sym.type);
      slots[i] = keepKind(ctx, value, named[i]!.declared ?? named[i]!.sym.type, a);
    } else if (vararg) {
      ctx.widen(vararg.sym, T.tupleOf(value.type));
      extra.push(value.ir);
    } else ctx.report("TR2006", a, `${fn.pyName}() takes ${positionalCount} positional arguments but more were given`);
  });
  for (const kw of e.keywords) {
    const value = translateExpr(ctx, kw.value);
    // (`never`: a `**kwargs` of a function nothing calls yet.)
    if (kw.arg === null && (value.type.t === "dict" || value.type.t === "never") && callee.text !== null) {
      // `f(**mapping)`: any of its keys may name a parameter not given yet, or go to `**kwargs`.
      const valueType = value.type.t === "dict" ? value.type.value : T.never;
      named.forEach((p, i) => slots[i] === undefined && ctx.widen(p.sym, valueType));
      if (kwarg) ctx.widen(kwarg.sym, T.dict(T.str, valueType));
      mappings.push(value.ir);
      continue;
    }
    if (kw.arg !== null) keywordNames.push(kw.arg);
    const index = named.findIndex((p) => p.pyName === kw.arg);
    if (kw.arg !== null && index >= 0) {
      ctx.widen(named[index]!.sym, value.type);
      slots[index] = keepKind(ctx, value, named[index]!.declared ?? named[index]!.sym.type, kw.value);
    } else if (kwarg && kw.arg !== null) {
      ctx.widen(kwarg.sym, T.dict(T.str, value.type));
      kwEntries.push(f.array([f.str(kw.arg), value.ir]));
    } else {
      ctx.report("TR2006", kw, kw.arg === null ? "`**mapping` at a call is not supported" : `${fn.pyName}() got an unexpected keyword argument '${kw.arg}'`);
    }
  }
  if (mappings.length > 0) return [boundArguments(ctx, fn, skip, callee, { slots, extra, kwEntries, keywordNames, mappings })];
  // Arguments in the TypeScript parameter order: named ones, the kwargs map, then the rest.
  const out: (ir.Expr | undefined)[] = [...slots];
  if (kwarg) {
    // Mixed value types (`q="x", page=2`): TypeScript would infer the Map's type from the first entry.
    const kwType = kwarg.sym.type;
    const typeArgs = kwType.t === "dict" && kwType.value.t === "union" ? [toTsType(kwType.key), toTsType(kwType.value)] : undefined;
    out.push(kwEntries.length > 0 ? f.newExpr("Map", [f.array(kwEntries)], undefined, typeArgs) : undefined);
  }
  if (extra.length === 0) while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return [...out.map((x) => x ?? f.undef()), ...extra];
}

/**
 * A function passed where the parameter says `Callable[[int], str]`: the parameter keeps its declared
 * type, and the function passed (a lambda) takes its parameter types from it.
 */
function declaredCallable(ctx: TranslationContext, param: ParamInfo, value: Typed): boolean {
  const declared = param.declared;
  if (declared?.t !== "callable") return false;
  if (value.type.t === "function") widenCallbackParams(ctx, value.type.fn.params, declared.params);
  return true;
}

/**
 * A call with `**mapping`: which parameters the mapping fills is known only at run time, so
 * `bindArguments` matches its keys to the parameters (raising CPython's TypeError for an unexpected,
 * repeated or missing argument) and gives the arguments in TypeScript's order, spread into the call
 * as the function's `Parameters<...>`.
 */
function boundArguments(
  ctx: TranslationContext,
  fn: FunctionInfo,
  skip: number,
  callee: CalleeRef,
  parts: { slots: readonly (ir.Expr | undefined)[]; extra: readonly ir.Expr[]; kwEntries: readonly ir.Expr[]; keywordNames: readonly string[]; mappings: readonly ir.Expr[] },
): ir.Expr {
  const strings = (names: readonly string[]) => f.array(names.map((n) => f.str(n)));
  const signature = signatureOf(fn, skip);
  const keywords = parts.kwEntries.length > 0 ? f.newExpr("Map", [f.array(parts.kwEntries)], undefined, [f.tKeyword("string"), f.tKeyword("unknown")]) : f.newExpr("Map", []);
  const slots = [...parts.slots];
  while (slots.length > 0 && slots[slots.length - 1] === undefined) slots.pop();
  const call = ctx.callHelper("bindArguments", [signature, f.array(slots.map((x) => x ?? f.undef())), f.array(parts.extra), keywords, strings(parts.keywordNames), ...parts.mappings]);
  const paramsType = f.tRef(callee.construct ? "ConstructorParameters" : "Parameters", f.tRef(`typeof ${callee.text!}`));
  return f.spread(f.asType(call, paramsType));
}

/**
 * A list passed to a function is the same list inside it: what the function appends (widening its
 * parameter's type) is the element type of the caller's variable too; so with a queue, and with a
 * future that the function completes (`set_result`, or a `Future[int]` annotation).
 */
function shareContainerType(ctx: TranslationContext, arg: py.Expr, paramType: PyType): void {
  if (arg.kind !== "Name") return;
  const sym = ctx.lookup(arg.id);
  const containers = ["list", "dict", "set", "object", "future"];
  if (sym && containers.includes(sym.type.t) && sym.type.t === paramType.t) ctx.widen(sym, paramType);
}

function isCallableType(type: PyType): boolean {
  return type.t === "function" || type.t === "callable" || type.t === "class" || type.t === "exceptionClass" || type.t === "type";
}

/** The Python type's name without its parameters (`list`, not `list[object]`), as a message names it. */
function kindName(type: PyType): string {
  return type.t === "instance" ? type.cls.pyName : type.t === "object" ? type.cls : type.t;
}
