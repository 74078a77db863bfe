/** Python expressions to TypeScript expressions, with their static types. */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { translateCall } from "./calls";
import type { Typed, TranslationContext } from "./context";
import { asyncioAttribute, asyncioName, uncalledAsyncioFunction } from "./asyncioCalls";
import { mayFinishWithoutSuspending } from "./suspension";
import { notNoneWhenFalse, notNoneWhenTrue } from "./noneNarrowing";
import { translateFString } from "./formatting";
import { translateLambda, translateComprehension, translateYield } from "./functions";
import { translateBinary, translateBoolOp, translateCompare, translateUnary, truthTest } from "./operators";
import { keyForInts } from "./enums";
import { instanceItem } from "./itemProtocol";
import { attributeOf } from "./methods";
import { T, elementOf, isDeque, join, sameType, toTsType, type ClassInfo, type PyType } from "./types";
import { stdlibValue } from "./stdlib/resolve";
import { keepKind, markForComparison, withPythonKeys } from "./values";
import { awaitKind } from "./awaitables";
import { mayAwaitItself } from "./positions";

export function translateExpr(ctx: TranslationContext, e: py.Expr): Typed {
  switch (e.kind) {
    case "Constant":
      return constant(ctx, e);
    case "Name":
      return name(ctx, e);
    case "JoinedStr":
      return translateFString(ctx, e);
    case "BinOp":
      return translateBinary(ctx, e);
    case "UnaryOp":
      return translateUnary(ctx, e);
    case "BoolOp":
      return translateBoolOp(ctx, e);
    case "Compare":
      return translateCompare(ctx, e);
    case "IfExp": {
      const body = ctx.withNotNone(notNoneWhenTrue(e.test), () => translateExpr(ctx, e.body));
      const orelse = ctx.withNotNone(notNoneWhenFalse(e.test), () => translateExpr(ctx, e.orelse));
      return { ir: f.cond(truthTest(ctx, e.test), body.ir, orelse.ir, e), type: join(body.type, orelse.type) };
    }
    case "Call":
      return translateCall(ctx, e);
    case "Attribute":
      return attributeOf(ctx, e);
    case "Subscript":
      return subscript(ctx, e);
    case "List":
    case "Tuple":
      return sequence(ctx, e);
    case "Set": {
      const items = e.elts.map((x) => translateExpr(ctx, x));
      const elem = joinAll(items.map((i) => i.type));
      // TypeScript infers `number[]` for `[0, 0]`: a tuple (or mixed) member type is spelled out, as for a dict's.
      const typeArgs = items.length > 0 && (elem.t === "tuple" || elem.t === "union" || elem.t === "unknown") ? [toTsType(elem)] : undefined;
      const made = f.newExpr("Set", [f.array(items.map((item, i) => keepKind(ctx, item, elem, e.elts[i]!)))], e, typeArgs);
      return { ir: withPythonKeys(ctx, made, T.set(elem)), type: T.set(elem) };
    }
    case "Dict":
      return dict(ctx, e);
    case "Await":
      return awaitExpr(ctx, e);
    case "Lambda":
      return translateLambda(ctx, e);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
    case "DictComp":
      return translateComprehension(ctx, e);
    case "NamedExpr": {
      const value = translateExpr(ctx, e.value);
      const sym = ctx.lookup(e.target.id);
      if (sym) ctx.widen(sym, value.type);
      ctx.storedTo(e.target.id);
      return { ir: f.assign(f.id(sym?.tsName ?? e.target.id), value.ir, "=", e), type: value.type };
    }
    case "Starred":
      return unsupported(ctx, e, "a starred expression here");
    case "Slice":
      return unsupported(ctx, e, "a slice outside of a subscript");
    case "Yield":
    case "YieldFrom":
      return translateYield(ctx, e);
    case "FormattedValue":
      return unsupported(ctx, e, "a formatted value outside an f-string");
  }
}

export function unsupported(ctx: TranslationContext, e: py.Expr, what: string): Typed {
  ctx.report("TR2002", e, `${what} is not supported: \`${ctx.text(e)}\``);
  return { ir: f.id("undefined"), type: T.unknown };
}

export function joinAll(types: readonly PyType[]): PyType {
  return types.reduce<PyType>((acc, t) => join(acc, t), T.never);
}

function constant(ctx: TranslationContext, e: py.Constant): Typed {
  const v = e.value;
  if (v === null) return { ir: f.nil(e), type: T.none };
  if (typeof v === "boolean") return { ir: f.bool(v, e), type: T.bool };
  if (typeof v === "string") return { ir: f.str(v, e), type: T.str };
  if (typeof v === "bigint") {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) {
      ctx.report("TR3001", e, "this integer is larger than 2**53: JavaScript numbers cannot hold it exactly, so results may differ from CPython");
    }
    return { ir: f.num(v.toString(), e), type: T.int };
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ir: f.id(v > 0 ? "Infinity" : "NaN", e), type: T.float };
    const text = ctx.source.slice(e.start, e.end).replace(/_/g, "");
    // Keep the literal as written when it is valid JavaScript (`2.0`, `1e-7`), so floats stay visible.
    const literal = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^0\d/.test(text) ? text.replace(/\.$/, ".0") : String(v);
    return { ir: f.num(literal, e), type: T.float };
  }
  return unsupported(ctx, e, v.type === "ellipsis" ? "`...`" : `${v.type} literals`);
}

const builtinConstants: Record<string, Typed> = nameTable({
  __name__: { ir: f.str("__main__"), type: T.str },
});

function name(ctx: TranslationContext, e: py.Name): Typed {
  const stdlib = ctx.fromImports.has(e.id) ? stdlibValue(ctx, e) : null;
  if (stdlib) return stdlib;
  const sym = ctx.lookup(e.id);
  if (sym && ctx.scopes.resolve(ctx.scope, e.id) === ctx.scopes.module && ctx.scopes.module.unboundReads.has(e.start)) {
    return { ir: ctx.callHelper("nameError", [f.str(e.id)], e), type: T.never };
  }
  // `from asyncio import CancelledError`: the runtime's class, as `asyncio.CancelledError` would be.
  const fromAsyncio = ctx.asyncioImports.get(e.id);
  if (fromAsyncio !== undefined && sym?.type.t === "asyncio") return asyncioAttribute(ctx, fromAsyncio, e);
  if (sym && ctx.scope.uncheckedReads.has(e.start) && ctx.scopes.resolve(ctx.scope, e.id) === ctx.scope) {
    return { ir: ctx.callHelper("checkBound", [f.id(sym.tsName, e), f.str(e.id)], e), type: sym.type };
  }
  if (sym) return { ir: f.id(sym.tsName, e), type: sym.type };
  const builtin = builtinConstants[e.id];
  if (builtin) return { ...builtin, ir: { ...builtin.ir, span: e } };
  if (ctx.asyncioImports.has(e.id) || ctx.moduleAliases.has(e.id) || e.id === "asyncio") return { ir: f.id(e.id, e), type: T.asyncio };
  if (builtinTypeNames.has(e.id)) return builtinTypeValue(ctx, e.id, e);
  const builtinFunction = builtinFunctionValue(ctx, e);
  if (builtinFunction) return builtinFunction;
  if (isBuiltinExceptionName(e.id)) return { ir: f.id(exceptionTsName(e.id), e), type: { t: "exceptionClass", name: e.id } };
  if (e.id === "__class__") {
    const own = implicitClass(ctx, e);
    if (own) return own;
  }
  // What a comparison method returns to let Python ask the other operand (the runtime's pyEquals does).
  if (e.id === "NotImplemented") return { ir: ctx.helper("NotImplemented", e), type: T.unknown };
  ctx.report("TR3003", e, `name '${e.id}' is not defined (or is a builtin that cannot be used as a value here)`);
  // Never the JavaScript global of that name (`process`, `require`): Python's NameError, at this point.
  return { ir: ctx.callHelper("nameError", [f.str(e.id)], e), type: T.never };
}

/**
 * `__class__` in a method: the class the method is written in (not `type(self)`), as Python's compiler provides
 * it. Null outside a class, or when the class's name no longer means that class where it is defined.
 */
function implicitClass(ctx: TranslationContext, e: py.Name): Typed | null {
  const scope = ctx.enclosingClassOfFunction();
  if (!scope?.parent) return null;
  const cls = scope.node as py.ClassDef;
  const sym = ctx.symbol(scope.parent, cls.name);
  if (sym.type.t !== "class" || sym.type.cls !== ctx.classes.get(cls) || (scope.parent.storeCounts.get(cls.name) ?? 0) > 1) return null;
  return { ir: f.id(sym.tsName, e), type: sym.type };
}

/** Builtin types that are values too (`print(int)`, `type(x) is range`): one type object each, from `builtinType`. */
export const builtinTypeNames = new Set(["int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "range", "type", "object"]);

export function builtinTypeValue(ctx: TranslationContext, name: string, span: py.NodeBase): Typed {
  return { ir: ctx.callHelper("builtinType", [f.str(name)], span), type: T.type };
}

/**
 * A value used as a function (`key=str`): a builtin type is its conversion (`(x) => str(x)`) there,
 * not the type object it is elsewhere.
 */
export function translateCallable(ctx: TranslationContext, e: py.Expr): Typed {
  if (e.kind === "Name" && !ctx.lookup(e.id)) {
    const builtin = builtinFunctionValue(ctx, e);
    if (builtin) return builtin;
  }
  return translateExpr(ctx, e);
}

/** Builtin functions passed as values (`key=len`, `key=str`): the helper or an arrow. */
function builtinFunctionValue(ctx: TranslationContext, e: py.Name): Typed | null {
  const x = f.id("x");
  switch (e.id) {
    case "len":
      return { ir: ctx.helper("len"), type: { t: "callable", params: [T.unknown], result: T.int } };
    case "str":
    case "repr":
      return { ir: f.arrow([f.param("x", f.tKeyword("unknown"))], ctx.callHelper(e.id, [x]), { span: e }), type: { t: "callable", params: [T.unknown], result: T.str } };
    case "abs":
      return { ir: f.member(f.id("Math"), "abs", e), type: { t: "callable", params: [T.float], result: T.float } };
    case "print":
      // Called through a value, print gets no static types: a float like 3.0 would print as 3.
      ctx.report("TR3002", e, "print passed as a value cannot tell a float with an integral value (3.0) from an int: it would print 3");
      return { ir: ctx.helper("print"), type: { t: "callable", params: [T.unknown], result: T.none } };
    case "int":
    case "float":
      return { ir: f.arrow([f.param("x", f.tKeyword("unknown"))], ctx.callHelper(e.id, [x]), { span: e }), type: { t: "callable", params: [T.unknown], result: e.id === "int" ? T.int : T.float } };
    default:
      return null;
  }
}

export const builtinExceptions = new Set([
  "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "ValueError", "TypeError", "KeyError", "IndexError",
  "LookupError", "AttributeError", "RuntimeError", "NotImplementedError", "AssertionError", "StopIteration",
  "StopAsyncIteration", "TimeoutError", "NameError", "UnboundLocalError", "OverflowError", "RecursionError", "KeyboardInterrupt", "SystemExit",
  "OSError", "ConnectionError", "ExceptionGroup", "BaseExceptionGroup", "GeneratorExit",
]);

export function isBuiltinExceptionName(name: string): boolean {
  return builtinExceptions.has(name);
}

/** Python's TypeError would shadow JavaScript's own, so it is `PyTypeError` in TypeScript. */
export function exceptionTsName(name: string): string {
  return name === "TypeError" ? "PyTypeError" : name;
}

function sequence(ctx: TranslationContext, e: py.ListExpr): Typed {
  const items = e.elts.map((x) => (x.kind === "Starred" ? starred(ctx, x) : translateExpr(ctx, x)));
  const elem = joinAll(items.map((i) => i.type));
  if (e.kind === "Tuple" && !e.elts.some((x) => x.kind === "Starred")) {
    // `for s in ([1], (3, 4))`: each item is then of the union type, where a tuple item needs its mark.
    return { ir: f.array(items.map((item) => markForComparison(ctx, item, elem)), e), type: T.tuple(items.map((i) => i.type)) };
  }
  const kept = items.map((item, i) => (e.elts[i]!.kind === "Starred" ? item.ir : keepKind(ctx, item, elem, e.elts[i]!)));
  return { ir: f.array(kept, e), type: T.list(elem) };
}

function starred(ctx: TranslationContext, e: py.Starred): Typed {
  const inner = translateExpr(ctx, e.value);
  return { ir: f.spread(inner.ir, e), type: elementOf(inner.type) };
}

function dict(ctx: TranslationContext, e: py.Dict): Typed {
  let key = T.never as PyType;
  let value = T.never as PyType;
  const pairs: ({ spread: Typed } | { k: Typed; v: Typed; i: number })[] = [];
  e.keys.forEach((k, i) => {
    const v = translateExpr(ctx, e.values[i]!);
    if (k === null) {
      pairs.push({ spread: v });
      if (v.type.t === "dict") {
        key = join(key, v.type.key);
        value = join(value, v.type.value);
      }
      return;
    }
    const kt = translateExpr(ctx, k);
    key = join(key, kt.type);
    value = join(value, v.type);
    pairs.push({ k: kt, v, i });
  });
  const entries = pairs.map((p) => ("spread" in p ? f.spread(p.spread.ir) : f.array([keepKind(ctx, p.k, key, e.keys[p.i]!), keepKind(ctx, p.v, value, e.values[p.i]!)])));
  ctx.note("dictMap", e);
  const type = T.dict(key, value);
  // TypeScript infers one type per entry array; mixed values need the Map's types spelled out.
  const mixed = entries.length > 0 && (key.t === "union" || value.t === "union" || value.t === "unknown" || key.t === "unknown");
  const typeArgs = mixed ? [toTsType(key), toTsType(value)] : undefined;
  return { ir: withPythonKeys(ctx, f.newExpr("Map", entries.length ? [f.array(entries)] : [], e, typeArgs), type), type };
}

/** `asyncio.sleep`, `sleep` imported from asyncio, `lock.acquire`...: a call into a library, not a coroutine of the program. */
function callsImportedName(ctx: TranslationContext, func: py.Expr): boolean {
  if (asyncioName(ctx, func) !== null) return true;
  if (func.kind === "Name") return ctx.isImportedName(func.id);
  if (func.kind !== "Attribute") return false;
  if (func.value.kind === "Name" && ctx.isImportedName(func.value.id)) return true;
  // A method of an asyncio object (queue.get(), lock.acquire(), event.wait()).
  return false;
}

function awaitExpr(ctx: TranslationContext, e: py.Await): Typed {
  if (uncalledAsyncioFunction(ctx, e.value, (m) => translateExpr(ctx, m).type.t === "asyncio")) {
    // `await asyncio.sleep` (the call forgotten): CPython's TypeError names the function's type.
    ctx.note("awaitNonAwaitable", e);
    return { ir: ctx.callHelper("notAwaitable", [f.id("undefined"), f.str("function")], e), type: T.never };
  }
  const outer = ctx.awaitedNow;
  ctx.awaitedNow = e.value;
  const inner = translateExpr(ctx, e.value);
  ctx.awaitedNow = outer;
  const t = inner.type;
  if (t.t === "instance" && !t.cls.exceptionBase) {
    // JS `await` on a plain object gives the object back: it does not call __await__.
    let cls: ClassInfo | null = t.cls;
    while (cls && !cls.methods.has("__await__")) cls = cls.base;
    if (cls) {
      const why = `its class \`${cls.pyName}\` defines __await__, whose generator protocol has no JavaScript form: make it an \`async def\` method and await its call`;
      ctx.report("TR2002", e, `\`${ctx.text(e)}\` is not supported: ${why}`);
      return { ir: f.id("undefined"), type: T.unknown };
    }
  }
  const how = awaitKind(t);
  if (how.kind === "raise") {
    // The value is made (a call runs), then CPython's TypeError: JavaScript's `await` would give the value back.
    ctx.note("awaitNonAwaitable", e);
    return { ir: ctx.callHelper("notAwaitable", [inner.ir, ...(how.name === null ? [] : [f.str(how.name)])], e), type: T.never };
  }
  if (how.kind === "mixedCoroutine") {
    ctx.report("TR2005", e.value, `\`${ctx.text(e.value)}\` is awaited here but may hold a coroutine or another value (${t.t === "union" ? t.types.map((m) => m.t).join(", ") : t.t}): give each value its own name`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  if (how.kind === "refuse") return unsupported(ctx, e, `\`await\` of a value that is never awaitable and may be an int or a float (the TypeError names its type)`);
  if (how.kind === "check") {
    const result = t.t === "union" ? t.types.flatMap((m) => ("result" in m ? [m.result] : [])).reduce(join) : T.unknown;
    return { ir: f.awaitExpr(ctx.callHelper("awaitable", [inner.ir], e), e), type: result };
  }
  const result = t.t === "coroutine" || t.t === "task" || t.t === "future" || t.t === "promise" ? t.result : t.t === "never" ? T.never : T.unknown;
  if (inner.call) {
    if (e.value.kind === "Call" && !callsImportedName(ctx, e.value.func) && mayFinishWithoutSuspending(ctx, e.value)) ctx.note("awaitCoroutine", e);
    return { ir: f.awaitExpr(inner.call, e), type: result };
  }
  // A stored coroutine (a thunk) is started by calling it; tasks and futures are awaited as they are.
  if (t.t === "task" || t.t === "future") ctx.note("microtasks", e);
  // A task that awaits itself gets CPython's RuntimeError, whose message is the task's repr (with positions).
  if (t.t === "task" && mayAwaitItself(ctx, e.value)) ctx.needPositions();
  const operand = t.t === "coroutine" ? { ...f.call(inner.ir, []), coroutine: "started" as const } : inner.ir;
  return { ir: f.awaitExpr(operand, e), type: result };
}

/** The items `xs[a:b]` keeps when the bounds are integer literals (or absent); null otherwise. */
function literalSlice<X>(items: readonly X[], s: py.Slice): X[] | null {
  const bound = (x: py.Expr | null): number | null | undefined => {
    if (!x) return undefined;
    if (x.kind === "Constant" && typeof x.value === "bigint") return Number(x.value);
    if (x.kind === "UnaryOp" && x.op === "USub" && x.operand.kind === "Constant" && typeof x.operand.value === "bigint") return -Number(x.operand.value);
    return null;
  };
  const lower = bound(s.lower);
  const upper = bound(s.upper);
  if (lower === null || upper === null) return null;
  return items.slice(lower, upper);
}

function subscript(ctx: TranslationContext, e: py.Subscript): Typed {
  const target = translateExpr(ctx, e.value);
  const t = target.type;
  // `Color["RED"]`: the member of that name (KeyError otherwise).
  if (t.t === "class" && t.cls.enum) return { ir: f.method(target.ir, "byName", [translateExpr(ctx, e.slice).ir], e), type: { t: "instance", cls: t.cls } };
  if (t.t === "range") {
    // A range is indexed by its own method (IndexError "range object index out of range"); its slices are ranges.
    if (e.slice.kind === "Slice") return unsupported(ctx, e, "a slice of a range");
    return { ir: f.method(target.ir, "get", [translateExpr(ctx, e.slice).ir], e), type: T.int };
  }
  if (t.t === "object" && t.cls === "PyContext" && e.slice.kind !== "Slice") {
    const variable = translateExpr(ctx, e.slice);
    const value = variable.type.t === "object" && variable.type.cls === "ContextVar" ? variable.type.elem : T.unknown;
    return { ir: f.method(target.ir, "item", [variable.ir], e), type: value };
  }
  if (isDeque(t)) {
    // A deque is indexed by its own method (IndexError "deque index out of range"); it has no slices.
    if (e.slice.kind === "Slice") return unsupported(ctx, e, "a slice of a deque");
    return { ir: f.method(target.ir, "get", [boolAsInt(translateExpr(ctx, e.slice))], e), type: elementOf(t) };
  }
  // No other object of the runtime's is subscripted in Python (it would be a TypeError).
  if (t.t === "object") return unsupported(ctx, e, `a subscript of ${t.cls}`);
  const viaMethod = instanceItem(ctx, e, target);
  if (viaMethod) return viaMethod;
  if (e.slice.kind === "Slice") {
    const s = e.slice;
    const bound = (x: py.Expr | null) => (x ? translateExpr(ctx, x).ir : f.nil());
    // A slice of a tuple is a tuple (of unknown length); of a list (even one of known length), a list; of a str, a str.
    const type = t.t === "tuple" ? (t.list ? T.list(elementOf(t)) : T.tupleOf(elementOf(t))) : t;
    if (s.step) {
      return { ir: ctx.callHelper("sliceStep", [target.ir, bound(s.lower), bound(s.upper), translateExpr(ctx, s.step).ir], e), type };
    }
    const args = s.lower || s.upper ? (s.upper ? [s.lower ? bound(s.lower) : f.num(0), bound(s.upper)] : [bound(s.lower)]) : [];
    const sliced = f.method(target.ir, "slice", args, e);
    // `results[1:]` of gather's `[None, int, int]`: the items kept are known, and TypeScript's slice forgets them.
    const kept = t.t === "tuple" && !t.variadic ? literalSlice(t.elems, s) : null;
    if (kept) {
      const elem = kept.reduce<PyType>((a, b) => join(a, b), T.never);
      if (!sameType(elem, elementOf(t)) && elem.t !== "never") {
        const narrowed = t.t === "tuple" && t.list ? T.list(elem) : T.tupleOf(elem);
        return { ir: f.asType(sliced, toTsType(narrowed)), type: narrowed };
      }
    }
    return { ir: sliced, type };
  }
  const given = translateExpr(ctx, e.slice);
  const dict = t.t === "dict" ? t : t.t === "union" ? t.types.find((m) => m.t === "dict") : undefined;
  const index = dict?.t === "dict" ? keyForInts(dict.key, given) : given;
  if (dict?.t === "dict") {
    ctx.note("dictMap", e);
    const key = mayBeBool(dict.key) ? index.ir : boolAsInt(index);
    return { ir: ctx.callHelper("dictGet", [t.t === "dict" ? target.ir : f.asType(target.ir, toTsType(dict)), key], e), type: dict.value };
  }
  // Nothing says what it is: the value decides at run time (a dict looks the key up, a list indexes).
  // (`never`: nothing was ever put where it comes from, as in an untyped queue's get(); stay optimistic.)
  if (t.t === "unknown" || t.t === "never") return { ir: ctx.callHelper("getItem", [target.ir, index.ir], e), type: t };
  const literal = literalIndex(e.slice);
  const elem = t.t === "tuple" && !t.variadic && literal !== null ? (t.elems.at(literal) ?? T.unknown) : t.t === "str" ? T.str : elementOf(t);
  if (literal !== null && literal >= 0 && t.t === "tuple" && literal < t.elems.length) return { ir: f.index(target.ir, index.ir, e), type: elem };
  const kind = t.t === "str" ? "string" : t.t === "tuple" ? "tuple" : "list";
  return { ir: ctx.callHelper("getIndex", [target.ir, boolAsInt(index), f.str(kind)], e), type: elem };
}

function mayBeBool(type: PyType): boolean {
  return type.t === "bool" || (type.t === "union" && type.types.some((m) => m.t === "bool"));
}

/** bool is an int in Python (`["no", "yes"][flag]`, `d[True]` finds the key 1); a JS array indexed by `true` gives undefined. */
export function boolAsInt(index: Typed): ir.Expr {
  return mayBeBool(index.type) ? f.call(f.id("Number"), [index.ir]) : index.ir;
}

/** `3` or `-1` as an index: its number; null for any other expression. */
export function literalIndex(e: py.Expr): number | null {
  if (e.kind === "Constant" && typeof e.value === "bigint") return Number(e.value);
  if (e.kind === "UnaryOp" && e.op === "USub" && e.operand.kind === "Constant" && typeof e.operand.value === "bigint") return -Number(e.operand.value);
  return null;
}
