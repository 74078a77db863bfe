/**
 * `collections`: deque (a runtime class), namedtuple (a class, see namedTuples.ts), and Counter, defaultdict and OrderedDict, which extend Map so
 * they index, iterate and print like the dicts they are (a missing key asks `__missing__`).
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T, callResult, elementOf, join, toTsType, type PyType } from "../types";
import { bindArgs } from "./callForms";
import { supported, type StdlibModule } from "./module";

const itemOf = (type: PyType): PyType => (type.t === "str" ? T.str : type.t === "dict" ? type.key : elementOf(type));
const dequeOf = (elem: PyType): PyType => ({ t: "object", cls: "PyDeque", elem });
const dictOf = (cls: string, key: PyType, value: PyType): PyType => ({ t: "dict", key, value, cls });

/** defaultdict's factory when it is a builtin type: the value it makes and how CPython prints it. */
const builtinFactories: Readonly<Record<string, { readonly make: () => ir.Expr; readonly type: PyType }>> = nameTable({
  int: { make: () => f.num(0), type: T.int },
  float: { make: () => f.num(0), type: T.float },
  str: { make: () => f.str(""), type: T.str },
  list: { make: () => f.array([]), type: T.list(T.unknown) },
  set: { make: () => f.newExpr("Set", []), type: T.set(T.unknown) },
  dict: { make: () => f.newExpr("Map", []), type: T.dict(T.unknown, T.unknown) },
});

export const collectionsModule: StdlibModule = {
  name: "collections",
  summary: "deque, Counter, defaultdict and OrderedDict, printed as CPython prints them",
  names: [
    supported("deque", "`new PyDeque(iterable, maxlen)`", ["PyDeque"], "collectionsClasses"),
    supported("Counter", "`new PyCounter(iterable)` (a Map)", ["PyCounter"], "collectionsClasses"),
    supported("defaultdict", "`new PyDefaultDict(factory, ...)` (a Map)", ["PyDefaultDict"], "collectionsClasses"),
    supported("OrderedDict", "`new PyOrderedDict(entries)` (a Map)", ["PyOrderedDict"], "collectionsClasses"),
    supported("namedtuple", "`Point = namedtuple(\"Point\", \"x y\")` as a statement: a class with the fields whose instances are tuples too", [], "namedTuple"),
  ],
  call: collectionsCall,
  methodCall: collectionsMethod,
};

function collectionsCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  switch (name) {
    case "deque": {
      const args = bindArgs(ctx, e, ["iterable", "maxlen"]);
      if (!args) return null;
      const iterable = args.get("iterable")?.value;
      const maxlen = args.get("maxlen")?.value;
      const items = iterable ?? { ir: f.array([]), type: T.list(T.never) };
      return { ir: f.newExpr(ctx.helper("PyDeque"), [items.ir, ...(maxlen ? [maxlen.ir] : [])], e), type: dequeOf(itemOf(items.type)) };
    }
    case "Counter": {
      // `Counter(a=3, b=1)`: the counts given by name.
      if (e.args.length === 0 && e.keywords.length > 0 && e.keywords.every((k) => k.arg !== null)) {
        const counts = f.array(e.keywords.map((k) => f.array([f.str(k.arg!), translateExpr(ctx, k.value).ir])));
        return { ir: f.newExpr(ctx.helper("PyCounter"), [f.newExpr("Map", [counts], undefined, [f.tKeyword("string"), f.tKeyword("number")])], e, [f.tKeyword("string")]), type: dictOf("Counter", T.str, T.int) };
      }
      const args = bindArgs(ctx, e, ["iterable"]);
      if (!args) return null;
      const iterable = args.get("iterable")?.value;
      const key = iterable ? itemOf(iterable.type) : T.unknown;
      return { ir: f.newExpr(ctx.helper("PyCounter"), iterable ? [iterable.ir] : [], e, [toTsType(key)]), type: dictOf("Counter", key, T.int) };
    }
    case "OrderedDict": {
      const args = bindArgs(ctx, e, ["items"]);
      if (!args) return null;
      const items = args.get("items")?.value;
      const key = items?.type.t === "dict" ? items.type.key : items ? elementOfPair(items.type, 0) : T.unknown;
      const value = items?.type.t === "dict" ? items.type.value : items ? elementOfPair(items.type, 1) : T.unknown;
      return { ir: f.newExpr(ctx.helper("PyOrderedDict"), items ? [items.ir] : [], e, [toTsType(key), toTsType(value)]), type: dictOf("OrderedDict", key, value) };
    }
    case "defaultdict": {
      if (e.args.length > 1 || e.keywords.length > 0) return null;
      const factory = e.args[0];
      const made = factory ? defaultFactory(ctx, factory) : { ir: f.nil(), type: T.unknown, repr: "None" };
      const key = T.unknown;
      return {
        ir: f.newExpr(ctx.helper("PyDefaultDict"), [made.ir, f.str(made.repr)], e, [toTsType(key), toTsType(made.type)]),
        type: dictOf("defaultdict", key, made.type),
      };
    }
    default:
      return null;
  }
}

function elementOfPair(type: PyType, i: number): PyType {
  const pair = elementOf(type);
  return pair.t === "tuple" ? (pair.elems[i] ?? T.unknown) : T.unknown;
}

/** `int` is `() => 0` printed `<class 'int'>`; a function or lambda is itself (its repr has an address: TR3001). */
function defaultFactory(ctx: TranslationContext, factory: py.Expr): { ir: ir.Expr; type: PyType; repr: string } {
  const builtin = factory.kind === "Name" && !ctx.lookup(factory.id) ? builtinFactories[factory.id] : undefined;
  if (builtin && factory.kind === "Name") return { ir: f.arrow([], builtin.make()), type: builtin.type, repr: `<class '${factory.id}'>` };
  const fn = translateExpr(ctx, factory);
  const name = factory.kind === "Lambda" ? "<lambda>" : factory.kind === "Name" ? factory.id : "?";
  ctx.report("TR3001", factory, "a defaultdict printed with this factory shows its address (`<function ... at 0x...>`), which differs on every CPython run");
  return { ir: fn.ir, type: callResult(fn.type), repr: `<function ${name} at 0x7f0000000000>` };
}

interface MethodSpec {
  readonly ts: string;
  readonly result: (self: PyType, args: readonly Typed[]) => PyType;
  /** The argument that is an item of the container (the deque's element type widens with it). */
  readonly item?: boolean;
  /** The argument is an iterable of items. */
  readonly items?: boolean;
}

const none = (): PyType => T.none;
const dequeMethods: Readonly<Record<string, MethodSpec>> = nameTable({
  append: { ts: "append", result: none, item: true },
  appendleft: { ts: "appendleft", result: none, item: true },
  extend: { ts: "extend", result: none, items: true },
  extendleft: { ts: "extendleft", result: none, items: true },
  pop: { ts: "pop", result: (self) => (self.t === "object" ? self.elem : T.unknown) },
  popleft: { ts: "popleft", result: (self) => (self.t === "object" ? self.elem : T.unknown) },
  rotate: { ts: "rotate", result: none },
  clear: { ts: "clear", result: none },
  count: { ts: "count", result: () => T.int },
  remove: { ts: "remove", result: none },
  reverse: { ts: "reverse", result: none },
  copy: { ts: "copy", result: (self) => self },
});

const dictClassMethods: Readonly<Record<string, Readonly<Record<string, MethodSpec>>>> = nameTable({
  Counter: nameTable({
    most_common: { ts: "mostCommon", result: (self) => T.list(T.tuple([self.t === "dict" ? self.key : T.unknown, T.int])) },
    update: { ts: "update", result: none },
    subtract: { ts: "subtract", result: none },
    total: { ts: "total", result: () => T.int },
    elements: { ts: "elements", result: (self) => ({ t: "generator", elem: self.t === "dict" ? self.key : T.unknown }) },
  }),
  OrderedDict: nameTable({
    move_to_end: { ts: "moveToEnd", result: none },
    popitem: { ts: "popitem", result: (self) => (self.t === "dict" ? T.tuple([self.key, self.value]) : T.unknown) },
  }),
});

function collectionsMethod(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  const t = target.type;
  const spec = t.t === "object" && t.cls === "PyDeque" ? dequeMethods[func.attr] : t.t === "dict" && t.cls ? dictClassMethods[t.cls]?.[func.attr] : undefined;
  if (!spec || e.keywords.some((k) => k.arg !== "last") || e.args.some((a) => a.kind === "Starred")) return null;
  const args = e.args.map((a) => translateExpr(ctx, a));
  const last = e.keywords.find((k) => k.arg === "last");
  if (last) args.push(translateExpr(ctx, last.value));
  if (t.t === "object" && (spec.item || spec.items) && args[0] && func.value.kind === "Name") {
    // `q.append(3)` makes an empty `deque()` a Deque<number>.
    const sym = ctx.lookup(func.value.id);
    const added = spec.item ? args[0].type : itemOf(args[0].type);
    if (sym) ctx.widen(sym, dequeOf(join(t.elem, added)));
  }
  ctx.note("collectionsClasses", e);
  const self = t.t === "dict" ? f.asType(target.ir, f.tRef(t.cls === "Counter" ? "PyCounter" : "PyOrderedDict", ...(t.cls === "Counter" ? [toTsType(t.key)] : [toTsType(t.key), toTsType(t.value)]))) : target.ir;
  return { ir: f.call(f.member(self, spec.ts, func), args.map((a) => a.ir), e), type: spec.result(t, args) };
}
