/** What a Python `for` iterates over, as the TypeScript loop or array method that fits it best. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { enumMembersOf } from "./enums";
import { T, elementOf, findMethod, pythonTypeNameOf, toTsType, withoutNone, type ClassInfo, type PyType } from "./types";

export type Iteration =
  /** `range(start, stop, step)` with a literal step: a counting loop. */
  | { readonly kind: "range"; readonly start: ir.Expr; readonly stop: ir.Expr; readonly step: number }
  /** Anything `for...of` handles; `array` is an expression that is an array (for `.map`). */
  | {
      readonly kind: "iterable";
      readonly iterable: ir.Expr;
      readonly array: ir.Expr;
      readonly elem: PyType;
      /**
       * A set, which CPython does not iterate in the order items were added: a set of tasks or futures in the
       * order of their memory addresses, any other in the order of its hash table.
       */
      readonly setOrder?: "address" | "hash";
    };

export function iterationOf(ctx: TranslationContext, iter: py.Expr): Iteration {
  if (iter.kind === "Call" && iter.func.kind === "Name" && !ctx.lookup(iter.func.id) && iter.keywords.length === 0) {
    const special = builtinIteration(ctx, iter.func.id, iter);
    if (special) return special;
  }
  const translated = translateExpr(ctx, iter);
  const value = enumMembersOf(translated) ?? translated;
  const t = value.type;
  const never = neverIterableName(t);
  if (never !== null) {
    const raise = ctx.callHelper("notIterable", [value.ir, f.str(never)], iter);
    return { kind: "iterable", iterable: raise, array: raise, elem: T.never };
  }
  if (t.t === "dict") return iterable(f.method(value.ir, "keys", []), t.key, true);
  if (t.t === "list" || t.t === "tuple") {
    // TypeScript reads `[["a", 1], ["b", 2]]` as `(string | number)[][]`: say they are tuples.
    const literalOfTuples = value.ir.kind === "ArrayLit" && value.ir.elements.every((el) => el.kind === "ArrayLit") && t.t === "list" && t.elem.t === "tuple" && !t.elem.variadic;
    const expr = literalOfTuples ? f.asType(value.ir, toTsType(t)) : value.ir;
    return { kind: "iterable", iterable: expr, array: expr, elem: elementOf(t) };
  }
  // A class with __iter__ returning an object with __next__ (not a generator, which is a JS iterator as it is).
  const protocol = t.t === "instance" ? iteratorProtocolOf(t.cls) : null;
  if (protocol) {
    ctx.note("iteratorClass", iter);
    const it = ctx.callHelper("iter", [value.ir]);
    return { kind: "iterable", iterable: it, array: f.array([f.spread(it)]), elem: protocol.elem };
  }
  // A value of unknown type is iterated as Python would iterate it, found out when the program runs.
  const expr = t.t === "unknown" ? ctx.callHelper("iter", [value.ir]) : value.ir;
  const setOrder = t.t !== "set" ? null : t.elem.t === "task" || t.elem.t === "future" ? "address" : "hash";
  return { ...iterable(expr, elementOf(t), true), ...(setOrder ? { setOrder } : {}) };
}

function iterable(expr: ir.Expr, elem: PyType, needsSpread: boolean): Iteration {
  return { kind: "iterable", iterable: expr, array: needsSpread ? f.array([f.spread(expr)]) : expr, elem };
}

function builtinIteration(ctx: TranslationContext, name: string, call: py.Call): Iteration | null {
  const args = call.args;
  if (args.some((a) => a.kind === "Starred")) return null;
  switch (name) {
    case "range": {
      const step = args[2] ? literalInt(args[2]) : 1;
      if (step === null || step === 0 || args.length === 0 || args.length > 3) return null;
      ctx.note("rangeLoop", call);
      const [start, stop] = args.length === 1 ? [f.num(0), translateExpr(ctx, args[0]!).ir] : [translateExpr(ctx, args[0]!).ir, translateExpr(ctx, args[1]!).ir];
      return { kind: "range", start, stop, step };
    }
    case "enumerate": {
      if (args.length !== 1) return null;
      const inner = iterationOf(ctx, args[0]!);
      if (inner.kind !== "iterable") return null;
      const entries = f.method(inner.array, "entries", []);
      return { kind: "iterable", iterable: entries, array: f.array([f.spread(entries)]), elem: T.tuple([T.int, inner.elem]) };
    }
    case "reversed": {
      if (args.length !== 1) return null;
      const inner = iterationOf(ctx, args[0]!);
      if (inner.kind !== "iterable") return null;
      const copy = f.method(inner.kind === "iterable" && inner.array === inner.iterable ? f.array([f.spread(inner.array)]) : inner.array, "reverse", []);
      return { kind: "iterable", iterable: copy, array: copy, elem: inner.elem };
    }
    default:
      return null;
  }
}

export function literalInt(e: py.Expr): number | null {
  if (e.kind === "Constant" && typeof e.value === "bigint") return Number(e.value);
  if (e.kind === "UnaryOp" && e.op === "USub" && e.operand.kind === "Constant" && typeof e.operand.value === "bigint") return -Number(e.operand.value);
  return null;
}

/** The element type produced by iterating with this iteration. */
export function iterationElem(it: Iteration): PyType {
  return it.kind === "range" ? T.int : it.elem;
}

/** As an array expression (for comprehensions): ranges become `range(...)` calls. */
export function iterationArray(ctx: TranslationContext, it: Iteration): ir.Expr {
  if (it.kind === "iterable") return it.array;
  const args = it.step === 1 ? [it.start, it.stop] : [it.start, it.stop, f.num(it.step)];
  return ctx.callHelper("range", args);
}

/**
 * What `async for` (or an async comprehension) iterates: an async generator as it is, or through
 * keepOpen/closeWhenDropped when the loop can end early (Python leaves the generator suspended then,
 * where `for await` would close it at once); a class with __aiter__/__anext__ through aiter().
 */
export function asyncIterationOf(ctx: TranslationContext, iter: py.Expr, mayExitEarly: boolean): { iterable: ir.Expr; elem: PyType } {
  const value = translateExpr(ctx, iter);
  // JavaScript's `for await` also iterates a plain iterable; Python's `async for` raises TypeError.
  const syncOnly = notAsyncIterableName(value.type);
  if (syncOnly !== null) return { iterable: ctx.callHelper("notAsyncIterable", [value.ir, ...(syncOnly === "" ? [] : [f.str(syncOnly)])], iter), elem: T.never };
  if (value.type.t === "unknown") return { iterable: ctx.callHelper("asyncIterable", [value.ir], iter), elem: T.unknown };
  const t = withoutNone(value.type);
  if (t.t === "instance" && findMethod(t.cls, "__aiter__")) {
    ctx.note("asyncIteratorClass", iter);
    return { iterable: ctx.callHelper("aiter", [value.ir]), elem: asyncElementOf(t) };
  }
  if (t.t === "asyncGenerator" && mayExitEarly) {
    ctx.note("asyncForBreak", iter);
    // A generator made in the loop header is dropped with the loop; one in a variable lives on.
    const held = iter.kind === "Name" || iter.kind === "Attribute" || iter.kind === "Subscript";
    return { iterable: ctx.callHelper(held ? "keepOpen" : "closeWhenDropped", [value.ir]), elem: t.elem };
  }
  if (t.t === "unknown") return { iterable: f.asType(value.ir, f.tRef("AsyncIterable", f.tKeyword("unknown"))), elem: T.unknown };
  return { iterable: value.ir, elem: asyncElementOf(t) };
}

/** `__iter__` that returns an object with `__next__`: the type of the items `__next__` gives. */
function iteratorProtocolOf(cls: ClassInfo): { elem: PyType } | null {
  const iterator = findMethod(cls, "__iter__");
  if (!iterator || iterator.isGenerator) return null;
  return { elem: elementOf({ t: "instance", cls }) };
}

/** The type of the items `async for` gets from a value of this type. */
export function asyncElementOf(t: PyType): PyType {
  if (t.t === "asyncGenerator") return t.elem;
  if (t.t === "instance") {
    const iterator = findMethod(t.cls, "__aiter__");
    const iterType = iterator ? (iterator.declaredReturn ?? iterator.returns) : t;
    const next = iterType.t === "instance" ? findMethod(iterType.cls, "__anext__") : null;
    if (next) return next.declaredReturn ?? next.returns;
  }
  return elementOf(t);
}

const neverIterable = new Set(["int", "float", "bool", "coroutine", "None", "asyncGenerator"]);
const syncIterableOnly = new Set(["list", "str", "set", "range", "generator", "int", "float", "bool", "tuple", "dict", "None"]);

/** `type(x).__name__` of a value `for` cannot iterate (CPython: "'int' object is not iterable"); null if it can or may. */
function neverIterableName(t: PyType): string | null {
  return neverIterable.has(t.t) ? pythonTypeNameOf(t) : null;
}

/**
 * `type(x).__name__` of a value `async for` cannot iterate (it has no __aiter__); "" when it is one of several
 * such types (told when it runs); null if it can or may be iterated.
 */
function notAsyncIterableName(t: PyType): string | null {
  if (t.t === "union") return t.types.every((m) => notAsyncIterableName(m) !== null) ? "" : null;
  return syncIterableOnly.has(t.t) ? pythonTypeNameOf(t) : null;
}
