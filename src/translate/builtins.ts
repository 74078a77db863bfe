/** Python builtin functions: the idiomatic TypeScript where it has the same meaning, a helper where not. */
import { nameTable } from "../core/nameTable";
import { isStrEnumKind } from "./enums";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { positionalArgs } from "./calls";
import type { Typed, TranslationContext } from "./context";
import { deferredHelperCall } from "./coroutineArgs";
import { withPythonKeys } from "./values";
import { exceptionTsName, isBuiltinExceptionName, joinAll, translateCallable, translateExpr, unsupported } from "./expressions";
import { descriptorArgs, printArg, reprOf, strOf, typeDescriptorArgs } from "./formatting";
import { bindTarget, firstIterable, translateLambda } from "./functions";
import { enumMembersOf } from "./enums";
import { asyncElementOf, iterationOf } from "./iteration";
import { callbackValue, widenCallbackParams } from "./methods";
import { truthOf, truthTest } from "./operators";
import { sysStream } from "./stdlib/resolve";
import { T, callResult, containsAmbiguousNumber, elementOf, isNumeric, join, toTsType, type PyType } from "./types";

type BuiltinRule = (ctx: TranslationContext, e: py.Call, args: Typed[]) => Typed;

/** `dir(builtins)` of CPython 3.11 (functions, types and constants; the exceptions are known elsewhere). */
const pythonBuiltinNames: ReadonlySet<string> = new Set(
  (
    "abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright " +
    "credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash " +
    "help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open " +
    "ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type " +
    "vars zip __import__ __build_class__"
  ).split(" "),
);

const iteratingBuiltins = new Set(["list", "tuple", "set", "frozenset", "sorted", "reversed", "len", "min", "max", "sum", "any", "all", "enumerate", "zip", "iter"]);

export function translateBuiltinCall(ctx: TranslationContext, name: string, e: py.Call): Typed {
  const rule = rules[name];
  if (!rule && !pythonBuiltinNames.has(name)) {
    // Not a Python builtin: calling it raises NameError before any argument is evaluated.
    ctx.report("TR3003", e.func, `name '${name}' is not defined`);
    return { ir: ctx.callHelper("nameError", [f.str(name)], e), type: T.never };
  }
  if (!rule) {
    ctx.report("TR2005", e.func, `the builtin \`${name}()\` is not supported (or \`${name}\` is not defined)`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  const keywordRules = new Set(["print", "sorted", "min", "max", "sum", "enumerate", "round", "int", "zip", "dict"]);
  // These translate their own arguments: a lambda among them takes its parameter types from the others.
  if (name === "map" || name === "filter") return rule(ctx, e, []);
  const given = keywordRules.has(name)
    ? e.args.map((a) => (a.kind === "Starred" ? starArg(ctx, a) : translateExpr(ctx, a)))
    : positionalArgs(ctx, e);
  // An enum class given to a builtin that iterates it (`list(Color)`, `len(Color)`, `max(Priority)`) is its members.
  const args = iteratingBuiltins.has(name) ? given.map((a) => enumMembersOf(a) ?? a) : given;
  return rule(ctx, e, args);
}

function starArg(ctx: TranslationContext, a: py.Starred): Typed {
  const inner = translateExpr(ctx, a.value);
  return { ir: f.spread(inner.ir, a), type: elementOf(inner.type) };
}

function keyword(ctx: TranslationContext, e: py.Call, name: string, paramTypes?: readonly PyType[]): Typed | undefined {
  const kw = e.keywords.find((k) => k.arg === name);
  if (!kw) return undefined;
  // A `key=` function's parameter takes the items' type, as a direct call's would (`sorted(makers, key=score)`).
  if (name === "key" && paramTypes) return functionArgument(ctx, kw.value, paramTypes);
  if (kw.value.kind === "Lambda") return translateLambda(ctx, kw.value, paramTypes);
  return name === "key" ? translateCallable(ctx, kw.value) : translateExpr(ctx, kw.value);
}

function checkKeywords(ctx: TranslationContext, e: py.Call, allowed: readonly string[]): void {
  for (const kw of e.keywords) {
    if (kw.arg === null || !allowed.includes(kw.arg)) ctx.report("TR2006", kw, `keyword argument \`${kw.arg ?? "**"}\` of ${ctx.text(e.func)}() is not supported`);
  }
}

const helperCall = (name: string, type: (args: Typed[]) => PyType): BuiltinRule => (ctx, e, args) => ({
  ir: ctx.callHelper(name, args.map((a) => a.ir), e),
  type: type(args),
});

/** `key=` and `reverse=` (and `default=`) as an options object. */
function options(ctx: TranslationContext, e: py.Call, names: readonly string[], elem: PyType): ir.Expr[] {
  checkKeywords(ctx, e, names);
  const props: { key: string; value: ir.Expr }[] = [];
  for (const n of names) {
    const value = keyword(ctx, e, n, n === "key" ? [elem] : undefined);
    if (value) props.push({ key: n, value: value.ir });
  }
  return props.length ? [f.object(props)] : [];
}

const rules: Record<string, BuiltinRule> = nameTable({
  print(ctx, e, args) {
    ctx.note("print", e);
    checkKeywords(ctx, e, ["sep", "end", "file", "flush"]);
    const values = args.map((a, i) => printArg(ctx, a, e.args[i]!));
    const opts = e.keywords.filter((k) => k.arg === "sep" || k.arg === "end").map((k) => ({ key: k.arg!, value: translateExpr(ctx, k.value).ir }));
    // `flush=True` changes nothing here: every write goes out at once.
    const file = e.keywords.find((k) => k.arg === "file");
    const stream = file ? sysStream(ctx, file.value) : "stdout";
    if (stream === null) ctx.report("TR2006", file!, `print(file=${ctx.text(file!.value)}) is not supported (only sys.stdout and sys.stderr)`);
    else if (stream === "stderr") opts.push({ key: "file", value: f.str("stderr") });
    if (opts.length === 0) return { ir: ctx.callHelper("print", values, e), type: T.none };
    const object = f.object(opts);
    return { ir: ctx.callHelper("printWith", [object, ...values], e), type: T.none };
  },
  len(ctx, e, [x]) {
    if (!x) return unsupported(ctx, e, "len() without an argument");
    const t = x.type;
    if (t.t === "dict" || t.t === "set") return { ir: f.member(x.ir, "size", e), type: T.int };
    if (t.t === "list" || t.t === "tuple" || t.t === "str" || t.t === "range") return { ir: f.member(x.ir, "length", e), type: T.int };
    return { ir: ctx.callHelper("len", [x.ir], e), type: T.int };
  },
  hash(ctx, e, [x]) {
    if (!x || e.args.length !== 1 || e.keywords.length > 0) return unsupported(ctx, e, "hash() without exactly one argument");
    if (x.type.t !== "int" && x.type.t !== "bool") {
      ctx.reportOnce("TR3001", e, "hash() of a value other than an int is not CPython's number here (CPython's str hashes change on every run): equal values still hash equal, so dicts and sets behave the same");
    }
    return { ir: ctx.callHelper("pyHash", [x.ir], e), type: T.int };
  },
  id(ctx, e, [x]) {
    if (!x || e.args.length !== 1 || e.keywords.length > 0) return unsupported(ctx, e, "id() without exactly one argument");
    ctx.reportOnce("TR3001", e, "id() is a memory address in CPython, different on every run: ids compare the same here (equal for the same object), but the numbers differ");
    return { ir: ctx.callHelper("pyId", [x.ir], e), type: T.int };
  },
  str(ctx, e, [x]) {
    if (!x) return { ir: f.str(""), type: T.str };
    return { ir: strOf(ctx, x, e), type: T.str };
  },
  repr(ctx, e, [x]) {
    if (!x) return unsupported(ctx, e, "repr() without an argument");
    return { ir: reprOf(ctx, x, e), type: T.str };
  },
  format(ctx, e, [x, spec]) {
    if (!x) return unsupported(ctx, e, "format() without an argument");
    return { ir: ctx.callHelper("format", [x.ir, spec?.ir ?? f.str(""), ...descriptorArgs(ctx, x.type, e)], e), type: T.str };
  },
  int(ctx, e, args) {
    const [x] = args;
    if (!x) return { ir: f.num(0), type: T.int };
    if (x.type.t === "int") return { ir: x.ir, type: T.int };
    const base = keyword(ctx, e, "base");
    return { ir: ctx.callHelper("int", [...args.map((a) => a.ir), ...(base ? [base.ir] : [])], e), type: T.int };
  },
  float(ctx, e, [x]) {
    if (!x) return { ir: f.num("0.0"), type: T.float };
    if (isNumeric(x.type)) return { ir: x.ir, type: T.float };
    return { ir: ctx.callHelper("float", [x.ir], e), type: T.float };
  },
  bool(ctx, e, [x]) {
    if (!x) return { ir: f.bool(false), type: T.bool };
    const test = truthOf(ctx, x, e);
    const isBoolean = x.type.t === "bool" || (test.kind === "Binary" && (test.op === "!==" || test.op === ">"));
    return { ir: isBoolean ? test : f.call("Boolean", [test], e), type: T.bool };
  },
  abs(ctx, e, [x]) {
    // A value of unknown type may be a float kept as one (pyFloat), a str or None: the helper keeps or checks it.
    if (x?.type.t === "unknown") return { ir: ctx.callHelper("pyAbs", [x.ir], e), type: T.unknown };
    return { ir: f.call(f.member(f.id("Math"), "abs"), [x?.ir ?? f.num(0)], e), type: x?.type.t === "float" ? T.float : T.int };
  },
  round(ctx, e, args) {
    ctx.note("round", e);
    return { ir: ctx.callHelper("round", args.map((a) => a.ir), e), type: args.length > 1 ? T.float : T.int };
  },
  divmod(ctx, e, args) {
    ctx.note("floorDiv", e);
    const t = args.some((a) => a.type.t === "float") ? T.float : T.int;
    return { ir: ctx.callHelper("divmod", args.map((a) => a.ir), e), type: T.tuple([t, t]) };
  },
  sum(ctx, e, args) {
    checkKeywords(ctx, e, ["start"]);
    const elem = args[0] ? elementOf(args[0].type) : T.int;
    const type = elem.t === "float" ? T.float : elem.t === "bool" ? T.int : elem.t === "never" ? T.int : elem;
    return { ir: ctx.callHelper("sum", args.map((a) => a.ir), e), type };
  },
  min: minMax("min"),
  max: minMax("max"),
  sorted(ctx, e, [xs]) {
    const elem = xs ? elementOf(xs.type) : T.unknown;
    return { ir: ctx.callHelper("sorted", [xs ? iterated(ctx, xs) : f.array([]), ...options(ctx, e, ["key", "reverse"], elem)], e), type: T.list(elem) };
  },
  reversed(_ctx, e, [xs]) {
    const elem = xs ? elementOf(xs.type) : T.unknown;
    return { ir: f.method(f.array([f.spread(xs?.ir ?? f.array([]))]), "reverse", [], e), type: T.list(elem) };
  },
  enumerate(ctx, e, args) {
    const start = keyword(ctx, e, "start");
    const elem = args[0] ? elementOf(args[0].type) : T.unknown;
    return { ir: ctx.callHelper("enumerate", [...args.map((a) => a.ir), ...(start ? [start.ir] : [])], e), type: T.list(T.tuple([T.int, elem])) };
  },
  range: helperCall("range", () => T.range),
  issubclass: helperCall("issubclass", () => T.bool),
  anext(ctx, e, args) {
    const [gen, fallback] = args;
    const call = ctx.callHelper("anext", args.map((a) => a.ir), e);
    const item = gen ? asyncElementOf(gen.type) : T.unknown;
    return { ir: deferredHelperCall(ctx, e.args, call, e), type: T.coroutine(fallback ? join(item, fallback.type) : item), call };
  },
  aiter(ctx, e, args) {
    const [x] = args;
    const type: PyType = x && x.type.t === "asyncGenerator" ? x.type : T.unknown;
    return { ir: ctx.callHelper("aiter", args.map((a) => a.ir), e), type };
  },
  // `STOP = object()`: a unique sentinel compared with `is`, a Symbol (named after its constant, see assignTarget).
  object: (_ctx, e) => ({ ir: f.call(f.id("Symbol"), [], e), type: { t: "sentinel", name: "" } }),
  iter(ctx, e, [x]) {
    if (!x || e.args.length !== 1) return unsupported(ctx, e, "iter() with these arguments");
    return { ir: ctx.callHelper("iter", [iterated(ctx, x)], e), type: T.iterator(elementOf(x.type)) };
  },
  next(ctx, e, [it, fallback]) {
    if (!it || e.args.length > 2) return unsupported(ctx, e, "next() with these arguments");
    const item = elementOf(it.type);
    // A generator expression is an array here (see translateComprehension): `next` takes an iterator over it.
    const iterator = e.args[0]!.kind === "GeneratorExp" ? ctx.callHelper("iter", [it.ir]) : it.ir;
    return { ir: ctx.callHelper("next", [iterator, ...(fallback ? [fallback.ir] : [])], e), type: fallback ? join(item, fallback.type) : item };
  },
  // Lazy in Python: nothing is called until the result is iterated, hence generator helpers.
  map(ctx, e) {
    const [fnNode, ...sources] = e.args;
    if (!fnNode || sources.length === 0 || e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred")) return unsupported(ctx, e, "map() with these arguments");
    const iterables = sources.map((a) => translateExpr(ctx, a));
    const fn = functionArgument(ctx, fnNode, iterables.map((it) => elementOf(it.type)));
    return { ir: ctx.callHelper("map", [fn.ir, ...iterables.map((x) => iterated(ctx, x))], e), type: T.iterator(callResult(fn.type)) };
  },
  filter(ctx, e) {
    const [fnNode, source] = e.args;
    if (!fnNode || !source || e.args.length !== 2 || e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred")) return unsupported(ctx, e, "filter() with these arguments");
    const iterable = translateExpr(ctx, source);
    const elem = elementOf(iterable.type);
    const keepTruthy = fnNode.kind === "Constant" && fnNode.value === null;
    const fn = keepTruthy ? f.nil() : functionArgument(ctx, fnNode, [elem]).ir;
    return { ir: ctx.callHelper("filter", [fn, iterated(ctx, iterable)], e), type: T.iterator(elem) };
  },
  zip: helperCall("zip", (args) => T.list(T.tuple(args.map((a) => elementOf(a.type))))),
  any: allAny("some"),
  all: allAny("every"),
  list: (ctx, e, [x]) => (x ? { ir: f.array([f.spread(iterated(ctx, x))], e), type: T.list(elementOf(x.type)) } : { ir: f.array([], e), type: T.list(T.never) }),
  tuple: (ctx, e, [x]) => (x ? { ir: f.array([f.spread(iterated(ctx, x))], e), type: T.tupleOf(elementOf(x.type)) } : { ir: f.array([], e), type: T.tuple([]) }),
  set: (ctx, e, [x]) => {
    const type = T.set(x ? elementOf(x.type) : T.never);
    return { ir: withPythonKeys(ctx, f.newExpr("Set", x ? [iterated(ctx, x)] : [], e), type), type };
  },
  dict(ctx, e, [x]) {
    if (x) {
      const pair = elementOf(x.type);
      const type = x.type.t === "dict" ? x.type : pair.t === "tuple" && pair.elems.length === 2 ? T.dict(pair.elems[0]!, pair.elems[1]!) : T.dict(T.unknown, T.unknown);
      return { ir: withPythonKeys(ctx, f.newExpr("Map", [x.ir], e), type), type };
    }
    const entries = e.keywords.filter((k) => k.arg !== null).map((k) => {
      const v = translateExpr(ctx, k.value);
      return { key: k.arg!, v };
    });
    const value = joinAll(entries.map((en) => en.v.type));
    // Mixed value types (`dict(name="a", n=1)`): TypeScript would infer the Map's type from the first entry.
    const typeArgs = value.t === "union" ? [f.tKeyword("string"), toTsType(value)] : undefined;
    return { ir: f.newExpr("Map", entries.length ? [f.array(entries.map((en) => f.array([f.str(en.key), en.v.ir])))] : [], e, typeArgs), type: T.dict(entries.length ? T.str : T.never, value) };
  },
  type(ctx, e, [x]) {
    if (!x) return unsupported(ctx, e, "type() without an argument");
    return { ir: ctx.callHelper("typeOf", [x.ir, ...typeDescriptorArgs(ctx, x.type, e)], e), type: T.type };
  },
  isinstance(ctx, e) {
    const [value, cls] = e.args;
    if (!value || !cls) return unsupported(ctx, e, "isinstance() with these arguments");
    const v = translateExpr(ctx, value);
    const classes = cls.kind === "Tuple" ? cls.elts : [cls];
    const tests = classes.map((c) => isInstanceTest(ctx, v, c));
    return { ir: tests.reduce((a, b) => f.bin("||", a, b)), type: T.bool };
  },
});

/**
 * A function passed to be called on items: its parameters (a lambda's, or a function's of the program)
 * take the items' types, and a bound method keeps its object (see callbackValue).
 */
export function functionArgument(ctx: TranslationContext, node: py.Expr, itemTypes: readonly PyType[]): Typed {
  if (node.kind === "Lambda") return translateLambda(ctx, node, itemTypes);
  const fn = translateCallable(ctx, node);
  const callback = callbackValue(node, fn);
  widenCallbackParams(ctx, callback.params, itemTypes);
  // `abs` keeps the number's type (an int stays an int).
  if (node.kind === "Name" && node.id === "abs" && !ctx.lookup("abs")) return { ...fn, type: { t: "callable", params: [...itemTypes], result: itemTypes[0] ?? T.unknown } };
  return { ...fn, ir: callback.ir };
}

/** What iterating a value gives in Python: a dict gives its keys (a Map would give entries). */
export function iterated(ctx: TranslationContext, x: Typed): ir.Expr {
  // A value of no known type: Python's iteration of it (a dict's keys, `__iter__`), decided when it runs.
  if (x.type.t === "unknown") return ctx.callHelper("iter", [x.ir]);
  return x.type.t === "dict" ? f.method(x.ir, "keys", []) : x.ir;
}

function minMax(name: "min" | "max"): BuiltinRule {
  return (ctx, e, args) => {
    const elem = args.length === 1 ? elementOf(args[0]!.type) : joinAll(args.map((a) => a.type));
    const opts = options(ctx, e, ["key", "default"], elem);
    const simple = args.length >= 2 && opts.length === 0 && args.every((a) => isNumeric(a.type));
    if (simple) return { ir: f.call(f.member(f.id("Math"), name), args.map((a) => a.ir), e), type: elem };
    const items = args.length === 1 ? iterated(ctx, args[0]!) : f.array(args.map((a) => a.ir));
    return { ir: ctx.callHelper(name, [items, ...opts], e), type: elem };
  };
}

function allAny(method: "some" | "every"): BuiltinRule {
  return (ctx, e, [xs]) => {
    const direct = predicateOfGenerator(ctx, e.args[0], method);
    if (direct) return { ir: { ...direct, span: e }, type: T.bool };
    if (!xs) return unsupported(ctx, e, "any()/all() without an argument");
    const elem = elementOf(xs.type);
    const x = ctx.unique("item");
    const test = truthOf(ctx, { ir: f.id(x), type: elem }, e);
    // Where JavaScript's truthiness is Python's, `Boolean` is the test; otherwise the `truthy` helper.
    const sameAsJs = test.kind === "Ident" && test.name === x;
    const predicate = sameAsJs ? f.id("Boolean") : test.kind === "Call" && test.callee.kind === "Ident" && test.callee.name === "truthy" ? test.callee : f.arrow([f.param(x)], test);
    const array = xs.type.t === "list" || xs.type.t === "tuple" ? xs.ir : f.array([f.spread(xs.ir)]);
    return { ir: f.method(array, method, [predicate], e), type: T.bool };
  };
}

/** `any(x > 0 for x in xs)` reads best as `xs.some((x) => x > 0)`. */
function predicateOfGenerator(ctx: TranslationContext, arg: py.Expr | undefined, method: "some" | "every"): ir.Expr | null {
  if (arg?.kind !== "GeneratorExp" || arg.generators.length !== 1 || arg.generators[0]!.ifs.length > 0 || arg.generators[0]!.is_async) return null;
  const gen = arg.generators[0]!;
  return ctx.inScope(arg, () => {
    const it = firstIterable(ctx, 0, () => iterationOf(ctx, gen.iter));
    if (it.kind !== "iterable") return null;
    const param = bindTarget(ctx, gen.target, it.elem);
    const test = truthTest(ctx, arg.elt);
    return f.method(it.array, method, [f.arrow([{ name: param.kind === "Ident" ? param.name : param }], test)]);
  });
}

const typeTests: Record<string, (v: ir.Expr) => ir.Expr> = {
  // bool is a subclass of int in Python.
  int: (v) => f.bin("||", f.bin("===", f.unary("typeof", v), f.str("boolean")), f.call(f.member(f.id("Number"), "isInteger"), [v])),
  float: (v) => f.bin("===", f.unary("typeof", v), f.str("number")),
  str: (v) => f.bin("===", f.unary("typeof", v), f.str("string")),
  bool: (v) => f.bin("===", f.unary("typeof", v), f.str("boolean")),
  list: (v) => f.call(f.member(f.id("Array"), "isArray"), [v]),
  tuple: (v) => f.call(f.member(f.id("Array"), "isArray"), [v]),
  dict: (v) => f.bin("instanceof", v, f.id("Map")),
  set: (v) => f.bin("instanceof", v, f.id("Set")),
};

/** Whether every number a value of this type can hold is a float (`float`, `float | None`, `float | str`). */
function floatOnly(type: PyType): boolean {
  const members = type.t === "union" ? type.types : [type];
  return members.some((m) => m.t === "float") && !members.some((m) => m.t === "int" || m.t === "unknown");
}

/** Which of list and tuple (both arrays at run time) a value of this type may be. */
function arrayKinds(type: PyType): { list: boolean; tuple: boolean } {
  if (type.t === "unknown") return { list: true, tuple: true };
  const members = type.t === "union" ? type.types : [type];
  const unknown = members.some((m) => m.t === "unknown");
  const list = unknown || members.some((m) => m.t === "list" || m.t === "iterator" || (m.t === "tuple" && m.list === true));
  return { list, tuple: unknown || members.some((m) => m.t === "tuple" && m.list !== true) };
}

function isInstanceTest(ctx: TranslationContext, v: Typed, cls: py.Expr): ir.Expr {
  if (cls.kind === "Name" && !ctx.lookup(cls.id)) {
    const test = typeTests[cls.id];
    // An IntEnum member is an int (a PyIntEnum object here).
    if (cls.id === "int" && v.type.t === "instance" && v.type.cls.enum === "IntEnum") return f.evaluatedThen(v.ir, f.bool(true));
    // A StrEnum member is a str.
    if (cls.id === "str" && v.type.t === "instance" && isStrEnumKind(v.type.cls.enum)) return f.evaluatedThen(v.ir, f.bool(true));
    if (test) {
      // A named tuple is a tuple: known here from its class, else asked at run time.
      const members = v.type.t === "union" ? v.type.types : [v.type];
      if (cls.id === "tuple" && v.type.t === "instance" && v.type.cls.namedTuple) return f.evaluatedThen(v.ir, f.bool(true));
      const programHasNamedTuples = () => [...ctx.dataclasses.values()].some((spec) => spec.kind === "namedtuple");
      if (cls.id === "tuple" && members.some((m) => (m.t === "unknown" && programHasNamedTuples()) || (m.t === "instance" && m.cls.namedTuple))) {
        return ctx.callHelper("isTupleOrNamedTuple", [v.ir], cls);
      }
      if ((cls.id === "int" || cls.id === "float") && containsAmbiguousNumber(v.type)) {
        ctx.report("TR3002", cls, `isinstance(x, ${cls.id}) cannot tell int from float in JavaScript: both are numbers`);
      }
      // A float whose static type is lost is kept as one (pyFloat), so `isFloat` tells; a value typed float is a plain number.
      if (cls.id === "float" && !floatOnly(v.type)) return ctx.callHelper("isFloat", [v.ir], cls);
      // Likewise a tuple is marked where its type may be a list's (markTuple).
      if (cls.id === "tuple" || cls.id === "list") {
        const kinds = arrayKinds(v.type);
        if (kinds.list && kinds.tuple) {
          const marked = ctx.callHelper("isTuple", [v.ir], cls);
          return cls.id === "tuple" ? marked : f.bin("&&", test(v.ir), f.not(marked));
        }
        // Both are arrays: an array whose type says the other kind is not an instance.
        if (!kinds[cls.id] && (kinds.list || kinds.tuple)) return f.evaluatedThen(v.ir, f.bool(false));
      }
      return test(v.ir);
    }
    if (isBuiltinExceptionName(cls.id)) return f.bin("instanceof", v.ir, ctx.helper(exceptionTsName(cls.id)));
    if (cls.id === "range") return f.bin("instanceof", v.ir, ctx.helper("PyRange"));
    // Everything is an object in Python; the value is still evaluated.
    if (cls.id === "object") return f.evaluatedThen(v.ir, f.bool(true));
  }
  const c = translateExpr(ctx, cls);
  return f.bin("instanceof", v.ir, c.ir);
}
