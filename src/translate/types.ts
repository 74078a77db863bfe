/**
 * The translator's light static types for Python values. They decide TypeScript annotations, and
 * where int and float (or list and tuple) would be confused at run time, the type descriptor
 * that the formatting helpers get.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type { TypeNode } from "../ts/ir";
import { printType } from "../ts/printer";

export interface ClassInfo {
  readonly pyName: string;
  tsName: string;
  readonly base: ClassInfo | null;
  /** A builtin exception class name this class derives from, e.g. "ValueError". */
  readonly exceptionBase: string | null;
  readonly fields: Map<string, PyType>;
  /** Attributes assigned in the class body: static in TypeScript. */
  readonly classAttrs: Set<string>;
  /** Attributes assigned on instances (`self.x = ...`, `obj.x = ...`). */
  readonly instanceAttrs: Set<string>;
  /** Instance attributes `__init__` may leave unset: absent until assigned, read through `checkedAttr` (AttributeError). */
  readonly maybeUnset: Set<string>;
  readonly methods: Map<string, FunctionInfo>;
  /** `@property` methods (a getter, and the `@name.setter` if any): attributes read and assigned through them. */
  readonly properties: Map<string, PropertyInfo>;
  /** A `@dataclass` (its __repr__ and __eq__ name the class itself, so nothing may derive from it). */
  readonly dataclass?: boolean;
  /** A named tuple's fields, in order (`p[0]` is the first; see namedTuples.ts). */
  readonly namedTuple?: readonly string[];
  /** A named tuple or a frozen dataclass: attributes are not assigned after `__init__` (frozen.ts). */
  readonly frozen?: boolean;
  /** An enum (`class Color(Enum)`): its members are static instances, see enums.ts. */
  readonly enum?: import("./enums").EnumKind;
}

export interface PropertyInfo {
  readonly getter: FunctionInfo;
  setter: FunctionInfo | null;
  /** functools' `@cached_property`: computed once per instance, and assignable (the value is replaced). */
  readonly cached?: boolean;
}

export interface FunctionInfo {
  /** The `def` or lambda it was made from (a `partial` copies the info, so compare with ctx.functions to know it is the def's own). */
  readonly node: py.FunctionDef | py.Lambda;
  readonly pyName: string;
  tsName: string;
  readonly isAsync: boolean;
  readonly params: ParamInfo[];
  returns: PyType;
  /** The declared return annotation, if any: it wins over inference. */
  declaredReturn: PyType | null;
  /** Whether some `return` gives a value (a never-called function's value type stays unknown). */
  returnsValue: boolean;
  /** A `def` or `async def` whose body yields: a (async) generator function. */
  readonly isGenerator: boolean;
  /** A plain `def` that runs an event loop (asyncio.run, run_until_complete): async in TypeScript, and awaited where called. */
  readonly blocking?: boolean;
  /** Its __qualname__ and first line, for asyncio's reprs (`coro=<work() running at FILE:3>`). */
  readonly position?: { readonly name: string; readonly line: number };
  /** The join of the yielded values' types. */
  yields: PyType;
  /** A method of a class called without an instance: `@staticmethod` (no first parameter) or `@classmethod` (the class). */
  binding?: "static" | "class";
  /** Given to a decorator: the value carries its signature at run time (`withSignature`, see decorators.ts). */
  registered?: boolean;
  /** Decorated with `functools.wraps`: its `__name__` is the wrapped function's, known at run time. */
  wrapsName?: boolean;
}

export interface ParamInfo {
  readonly pyName: string;
  /** The parameter's symbol in the function's scope: its TS name and inferred type. */
  readonly sym: { readonly tsName: string; type: PyType };
  /** The annotation's type; read again in each pass, since it may name a class defined further down. */
  declared: PyType | null;
  readonly hasDefault: boolean;
  readonly form: "positional" | "vararg" | "kwonly" | "kwarg";
}

export type PyType =
  /** `range`: a `PyRange` at run time (a `for` over `range(...)` is a counting loop and never sees one). */
  | { readonly t: "int" | "float" | "str" | "bool" | "None" | "unknown" | "never" | "type" | "asyncio" | "range" }
  | { readonly t: "list" | "set" | "iterator"; readonly elem: PyType }
  /** `list` set: a Python list whose length and item types are known (gather's result): a TS tuple type. */
  | { readonly t: "tuple"; readonly elems: readonly PyType[]; readonly list?: true; readonly variadic?: true }
  /** `cls`: a dict subclass from collections (Counter, defaultdict, OrderedDict) whose own methods differ. */
  | { readonly t: "dict"; readonly key: PyType; readonly value: PyType; readonly cls?: string }
  /** A coroutine object: lazy, translated as a thunk `() => Promise<T>`. */
  | { readonly t: "coroutine" | "task" | "future" | "promise"; readonly result: PyType }
  | { readonly t: "function"; readonly fn: FunctionInfo }
  | { readonly t: "callable"; readonly params: readonly PyType[]; readonly result: PyType }
  /** An instance of an asyncio runtime class (Lock, Queue[T], TaskGroup, the running loop...). */
  | { readonly t: "object"; readonly cls: string; readonly elem: PyType }
  /** A generator (`def` with `yield`) or async generator (`async def` with `yield`). */
  | { readonly t: "generator" | "asyncGenerator"; readonly elem: PyType }
  | { readonly t: "class" | "instance"; readonly cls: ClassInfo }
  | { readonly t: "exception" | "exceptionClass"; readonly name: string }
  /** `DONE = object()`: a unique sentinel, a `Symbol` here; `name` is the constant holding it ("" if none). */
  | { readonly t: "sentinel"; readonly name: string }
  | { readonly t: "union"; readonly types: readonly PyType[] };

const simple = <T extends "int" | "float" | "str" | "bool" | "None" | "unknown" | "never" | "type" | "asyncio" | "range">(t: T) => ({ t }) as const;
export const T = {
  int: simple("int"),
  float: simple("float"),
  str: simple("str"),
  bool: simple("bool"),
  none: simple("None"),
  unknown: simple("unknown"),
  never: simple("never"),
  type: simple("type"),
  asyncio: simple("asyncio"),
  range: simple("range"),
  list: (elem: PyType): PyType => ({ t: "list", elem }),
  set: (elem: PyType): PyType => ({ t: "set", elem }),
  iterator: (elem: PyType): PyType => ({ t: "iterator", elem }),
  tuple: (elems: readonly PyType[]): PyType => ({ t: "tuple", elems }),
  fixedList: (elems: readonly PyType[]): PyType => ({ t: "tuple", elems, list: true }),
  /** `tuple[T, ...]`: a tuple of any length (`*args`, `tuple(xs)`, `e.args`). */
  tupleOf: (elem: PyType): PyType => ({ t: "tuple", elems: [elem], variadic: true }),
  dict: (key: PyType, value: PyType): PyType => ({ t: "dict", key, value }),
  coroutine: (result: PyType): PyType => ({ t: "coroutine", result }),
  task: (result: PyType): PyType => ({ t: "task", result }),
  future: (result: PyType): PyType => ({ t: "future", result }),
  promise: (result: PyType): PyType => ({ t: "promise", result }),
  exception: (name: string): PyType => ({ t: "exception", name }),
};

export function isNumeric(type: PyType): boolean {
  if (type.t === "union") return type.types.every(isNumeric);
  return type.t === "int" || type.t === "float" || type.t === "bool";
}

export function isAwaitable(type: PyType): type is Extract<PyType, { t: "coroutine" | "task" | "future" | "promise" }> {
  return type.t === "coroutine" || type.t === "task" || type.t === "future" || type.t === "promise";
}

/** What calling a value of this type gives (`unknown` for what is not known to be a function). */
/**
 * CPython's `type(x).__name__` for a value of this static type, where the type alone says it (an int, a list,
 * an instance of the program's class); null where it does not (a union, a task, an asyncio object, unknown).
 * The messages of CPython's TypeErrors name it: "'int' object is not iterable".
 */
export function pythonTypeNameOf(t: PyType): string | null {
  switch (t.t) {
    case "None":
      return "NoneType";
    case "int":
    case "float":
    case "str":
    case "bool":
    case "list":
    case "set":
    case "range":
    case "function":
    case "generator":
    case "coroutine":
      return t.t;
    case "asyncGenerator":
      return "async_generator";
    case "dict":
      return t.cls ?? "dict";
    case "tuple":
      return t.list ? "list" : "tuple";
    case "class":
    case "exceptionClass":
      return "type";
    case "exception":
      return t.name;
    case "instance":
      return t.cls.pyName;
    default:
      return null;
  }
}

export function callResult(type: PyType): PyType {
  if (type.t === "function") return type.fn.declaredReturn ?? type.fn.returns;
  if (type.t === "callable") return type.result;
  return T.unknown;
}

/** A method of the class or of one of its bases, nearest first. */
export function findMethod(cls: ClassInfo, name: string): FunctionInfo | null {
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    const m = c.methods.get(name);
    if (m) return m;
  }
  return null;
}

/**
 * What iterating over an instance of a program's class gives: what its generator `__iter__` yields, or what the
 * `__next__` of the object `__iter__` returns gives.
 */
function iteratedItemOf(cls: ClassInfo): PyType {
  const iterator = findMethod(cls, "__iter__");
  if (!iterator) return T.unknown;
  if (iterator.isGenerator) return iterator.yields;
  const iterType = iterator.declaredReturn ?? iterator.returns;
  if (iterType.t === "never") return T.never;
  const next = iterType.t === "instance" ? findMethod(iterType.cls, "__next__") : null;
  return next ? (next.declaredReturn ?? next.returns) : T.unknown;
}

/** The element type of iterating over a value of this type. */
export function elementOf(type: PyType): PyType {
  switch (type.t) {
    case "list":
    case "set":
    case "iterator":
      return type.elem;
    case "tuple":
      return type.elems.reduce<PyType>((acc, e) => join(acc, e), T.never);
    case "dict":
      return type.key;
    case "str":
      return T.str;
    case "range":
      return T.int;
    case "generator":
    case "asyncGenerator":
      return type.elem;
    case "never":
      // Not inferred yet (a later pass will know): stay optimistic rather than poison with unknown.
      return T.never;
    case "object":
      // A collections.deque iterates its items.
      return type.cls === "PyDeque" ? type.elem : T.unknown;
    case "instance":
      return iteratedItemOf(type.cls);
    case "union":
      // `tasks` a list, then the set wait() returns: for-of gives the items of either. A dict or str
      // member would iterate differently in JS (a Map's entries), so only sequences and sets join.
      return type.types.every((m) => m.t === "list" || m.t === "set" || m.t === "tuple")
        ? type.types.reduce<PyType>((acc, m) => join(acc, elementOf(m)), T.never)
        : T.unknown;
    default:
      return T.unknown;
  }
}

export function sameType(a: PyType, b: PyType): boolean {
  return a === b || typeKey(a) === typeKey(b);
}

/** A stable text for a type, used to compare types and to detect that inference has settled. */
export function typeKey(type: PyType): string {
  switch (type.t) {
    case "list":
    case "set":
    case "iterator":
      return `${type.t}[${typeKey(type.elem)}]`;
    case "tuple":
      return `${type.list ? "fixedList" : type.variadic ? "tupleOf" : "tuple"}[${type.elems.map(typeKey).join(",")}]`;
    case "dict":
      return `dict[${typeKey(type.key)},${typeKey(type.value)}]`;
    case "coroutine":
    case "task":
    case "future":
    case "promise":
      return `${type.t}[${typeKey(type.result)}]`;
    case "function":
      // Functions of one qualified name and parameters are one type (`def choose()` in two branches, a list of
      // lambdas); each decorator's `wrapper` is another, so the wrapper a value holds is never taken for another's.
      return `fn:${type.fn.position?.name ?? type.fn.pyName}(${type.fn.params.map((p) => `${p.form === "vararg" ? "*" : p.form === "kwarg" ? "**" : ""}${p.pyName}`).join(",")})`;
    case "callable":
      return `callable[${type.params.map(typeKey).join(",")}]->${typeKey(type.result)}`;
    case "object":
      // Only queues have an item type; a Lock's is always never (and must not read as "not known yet").
      return genericObjects.has(type.cls) ? `object:${type.cls}[${typeKey(type.elem)}]` : `object:${type.cls}`;
    case "generator":
    case "asyncGenerator":
      return `${type.t}[${typeKey(type.elem)}]`;
    case "class":
    case "instance":
      return `${type.t}:${type.cls.pyName}`;
    case "exception":
    case "exceptionClass":
    case "sentinel":
      return `${type.t}:${type.name}`;
    case "union":
      return type.types.map(typeKey).join("|");
    default:
      return type.t;
  }
}

const MAX_UNION = 4;
/** Kinds whose two members in a union merge into one (`list[int] | list[str]` is `list[int | str]`). */
const mergeable = new Set(["list", "set", "iterator", "dict", "coroutine", "task", "future", "promise", "generator", "asyncGenerator"]);

/** How deeply types may nest before the inner part is `unknown`: deeper than real programs' types. */
const MAX_TYPE_DEPTH = 6;

/**
 * The type a variable widens to. `xs = [xs]` would nest one list deeper on every inference pass and
 * never reach a fixed point: a new type that contains the old container type inside it is cut at the
 * old one's depth (`list[unknown]`), and no type grows deeper than any real program's.
 */
export function widened(old: PyType, next: PyType): PyType {
  // Most widenings change nothing, and join then gives the old type back: nothing to measure.
  if (next === old) return next;
  const depth = typeDepth(old);
  if (depth > 0 && containsInside(next, old)) return cut(next, depth);
  return typeDepth(next) > MAX_TYPE_DEPTH ? cut(next, MAX_TYPE_DEPTH) : next;
}

/** Whether `inner` occurs in `outer` below its top (a union's members count as its top). */
function containsInside(outer: PyType, inner: PyType): boolean {
  return innerTypes(outer).some((t) => sameType(t, inner) || containsInside(t, inner));
}

/** The types directly inside `type` (a union's: its members' inner types). */
function innerTypes(type: PyType): readonly PyType[] {
  if (type.t === "union") return type.types.flatMap(innerTypes);
  const inner: PyType[] = [];
  mapInner(type, (t) => (inner.push(t), t));
  return inner;
}

/** `type` with each type directly inside it (an item, a key, a result, a parameter) replaced by `fn`'s. */
function mapInner(type: PyType, fn: (inner: PyType) => PyType): PyType {
  switch (type.t) {
    case "list":
    case "set":
    case "iterator":
    case "generator":
    case "asyncGenerator":
    case "object":
      return { ...type, elem: fn(type.elem) };
    case "tuple":
      return { ...type, elems: type.elems.map(fn) };
    case "dict":
      return { ...type, key: fn(type.key), value: fn(type.value) };
    case "coroutine":
    case "task":
    case "future":
    case "promise":
      return { ...type, result: fn(type.result) };
    case "callable":
      return { ...type, params: type.params.map(fn), result: fn(type.result) };
    default:
      return type;
  }
}

function typeDepth(type: PyType): number {
  if (type.t === "union") return Math.max(...type.types.map(typeDepth));
  const inner = innerTypes(type);
  return inner.length === 0 && !isContainer(type) ? 0 : 1 + Math.max(0, ...inner.map(typeDepth));
}

function isContainer(type: PyType): boolean {
  return type.t === "tuple" || type.t === "callable";
}

function cut(type: PyType, depth: number): PyType {
  if (depth <= 0) return T.unknown;
  if (type.t === "union") return { ...type, types: type.types.map((t) => cut(t, depth)) };
  return mapInner(type, (t) => cut(t, depth - 1));
}

/** The least type covering both, as Python's numeric tower and containers suggest. */
export function join(a: PyType, b: PyType): PyType {
  if (a.t === "never") return b;
  if (b.t === "never") return a;
  if (sameType(a, b)) return a;
  if (a.t === "unknown" || b.t === "unknown") return T.unknown;
  if (a.t === b.t) {
    switch (a.t) {
      case "list":
      case "set":
      case "iterator":
        return { t: a.t, elem: join(a.elem, (b as typeof a).elem) };
      case "tuple": {
        const other = b as typeof a;
        if (a.variadic || other.variadic) return T.tupleOf(join(elementOf(a), elementOf(other)));
        if (a.elems.length === other.elems.length && a.list === other.list) return { t: "tuple", elems: a.elems.map((e, i) => join(e, other.elems[i]!)), list: a.list };
        break;
      }
      case "dict": {
        const other = b as typeof a;
        return T.dict(join(a.key, other.key), join(a.value, other.value));
      }
      case "coroutine":
      case "task":
      case "future":
      case "promise":
        return { t: a.t, result: join(a.result, (b as typeof a).result) };
      case "object": {
        const other = b as typeof a;
        // `worker(queue: Queue)` given a PriorityQueue: both are Queues (subclasses in the runtime too), with the same methods.
        const cls = commonAsyncioClass(a.cls, other.cls);
        if (cls) return { t: "object", cls, elem: join(a.elem, other.elem) };
        break;
      }
      case "generator":
      case "asyncGenerator":
        return { t: a.t, elem: join(a.elem, (b as typeof a).elem) };
      case "instance":
        return commonClass(a.cls, (b as typeof a).cls) ?? union(a, b);
      case "exception":
        return T.exception("BaseException");
      default:
        break;
    }
  }
  if (a.t === "exception" && b.t === "instance" && b.cls.exceptionBase) return a;
  if (b.t === "exception" && a.t === "instance" && a.cls.exceptionBase) return b;
  return union(a, b);
}

/** asyncio's subclasses among its objects: a `PriorityQueue` passed where a `Queue` is annotated is a `Queue`. */
const asyncioBase: Readonly<Record<string, string>> = nameTable({ LifoQueue: "Queue", PriorityQueue: "Queue", BoundedSemaphore: "Semaphore" });

function commonAsyncioClass(a: string, b: string): string | null {
  for (let x: string | undefined = a; x; x = asyncioBase[x]) {
    for (let y: string | undefined = b; y; y = asyncioBase[y]) if (x === y) return x;
  }
  return null;
}

function commonClass(a: ClassInfo, b: ClassInfo): PyType | null {
  for (let x: ClassInfo | null = a; x; x = x.base) {
    for (let y: ClassInfo | null = b; y; y = y.base) if (x === y) return { t: "instance", cls: x };
  }
  return null;
}

function union(a: PyType, b: PyType): PyType {
  const members: PyType[] = [];
  for (const t of [...(a.t === "union" ? a.types : [a]), ...(b.t === "union" ? b.types : [b])]) {
    const i = members.findIndex((m) => m.t === t.t && (mergeable.has(m.t) || sameShapeTuples(m, t)));
    if (i >= 0) members[i] = join(members[i]!, t);
    else if (!members.some((m) => sameType(m, t))) members.push(t);
  }
  if (members.length > MAX_UNION) return T.unknown;
  return members.length === 1 ? members[0]! : { t: "union", types: members };
}

/** What can be unpacked or called methods on, once `if x is DONE: break` has ruled the sentinels out. */
export function withoutSentinels(type: PyType): PyType {
  if (type.t !== "union") return type;
  const rest = type.types.filter((t) => t.t !== "sentinel");
  if (rest.length === 0) return type;
  return rest.length === 1 ? rest[0]! : { t: "union", types: rest };
}

/** `tuple[never, int]` and `tuple[str, int]` in one union are one tuple type (join merges them item by item). */
function sameShapeTuples(a: PyType, b: PyType): boolean {
  return a.t === "tuple" && b.t === "tuple" && !a.variadic && !b.variadic && a.list === b.list && a.elems.length === b.elems.length;
}

/** Whether a value of this type may be None. */
export function mayBeNone(type: PyType): boolean {
  return type.t === "None" || (type.t === "union" && type.types.some((m) => m.t === "None"));
}

export function withoutNone(type: PyType): PyType {
  if (type.t !== "union") return type;
  const rest = type.types.filter((t) => t.t !== "None");
  return rest.length === 1 ? rest[0]! : { t: "union", types: rest };
}

// ---------------------------------------------------------------------------------------------
// To TypeScript

export function toTsType(type: PyType): TypeNode {
  switch (type.t) {
    case "int":
    case "float":
      return f.tKeyword("number");
    case "str":
      return f.tKeyword("string");
    case "bool":
      return f.tKeyword("boolean");
    case "None":
      return f.tKeyword("null");
    case "type":
      return f.tRef("PyType");
    case "range":
      return f.tRef("PyRange");
    case "unknown":
    case "asyncio":
      return f.tKeyword("unknown");
    case "never":
      return f.tKeyword("never");
    case "list":
      return f.tArray(toTsType(type.elem));
    case "iterator":
      return f.tRef("Iterable", toTsType(type.elem));
    case "set":
      return f.tRef("Set", toTsType(type.elem.t === "never" ? T.unknown : type.elem));
    case "tuple":
      // `*args` nothing was passed to: its items are unknown, not never.
      if (type.variadic) return f.tArray(toTsType(type.elems[0] === undefined || type.elems[0].t === "never" ? T.unknown : type.elems[0]));
      return f.tTuple(type.elems.map(toTsType));
    case "dict":
      // Nothing known about the entries (never filled where we can see): unknown, not never.
      return f.tRef("Map", toTsType(type.key.t === "never" ? T.unknown : type.key), toTsType(type.value.t === "never" ? T.unknown : type.value));
    case "coroutine":
      return f.tRef("Coroutine", toTsResult(type.result));
    case "task":
      return f.tRef("Task", toTsResult(type.result));
    case "future":
      return f.tRef("Future", toTsResult(type.result));
    case "promise":
      return f.tRef("Promise", toTsResult(type.result));
    case "function":
      // A function whose type mentions itself (`def f(): return f`) would recurse forever.
      if (printing.has(type.fn)) return f.tKeyword("unknown");
      return withPrinting(type.fn, () => f.tFunction(
        type.fn.params.map((p) => ({ name: p.sym.tsName, type: toTsType(p.declared ?? (p.form === "kwarg" && p.sym.type.t === "never" ? T.dict(T.str, T.unknown) : p.sym.type)), optional: p.hasDefault, rest: p.form === "vararg" })),
        type.fn.isAsync ? f.tRef("Promise", toTsResult(type.fn.returns)) : toTsResult(type.fn.returns),
      ));
    case "callable":
      return f.tFunction(type.params.map((p, i) => ({ name: `arg${i}`, type: toTsType(p) })), toTsType(type.result));
    case "object":
      return genericObjects.has(type.cls) ? f.tRef(type.cls, toTsType(type.elem.t === "never" ? T.unknown : type.elem)) : f.tRef(type.cls);
    case "generator":
      return f.tRef("Generator", toTsType(type.elem), f.tKeyword("void"), f.tKeyword("undefined"));
    case "asyncGenerator":
      return f.tRef("AsyncGenerator", toTsType(type.elem), f.tKeyword("void"), f.tKeyword("undefined"));
    case "class":
      return f.tRef("typeof " + type.cls.tsName);
    case "instance":
      return f.tRef(type.cls.tsName);
    case "exception":
      return f.tRef(type.name === "TypeError" ? "PyTypeError" : type.name);
    case "exceptionClass":
      return f.tRef(`typeof ${type.name === "TypeError" ? "PyTypeError" : type.name}`);
    case "sentinel":
      // `typeof DONE` is the type of that one symbol, so `if (x === DONE) break;` narrows x to the rest.
      return f.tRef(type.name ? `typeof ${type.name}` : "symbol");
    case "union":
      return tsUnion(type.types.map(toTsType));
  }
}

/** `number | number` (int | float) is `number`; members in a stable order, `null` last. */
/** The order of a union's members: `localeCompare`'s, with one collator instead of one per comparison. */
const typeNameOrder = new Intl.Collator();

function tsUnion(members: readonly TypeNode[]): TypeNode {
  const byText = new Map<string, TypeNode>();
  for (const m of members) byText.set(printType(m), m);
  const rank = (text: string) => (text === "null" ? 2 : text === "undefined" ? 3 : ["number", "string", "boolean"].includes(text) ? 0 : 1);
  const sorted = [...byText.entries()].sort(([a], [b]) => rank(a) - rank(b) || (rank(a) === 0 ? 0 : typeNameOrder.compare(a, b)));
  return f.tUnion(sorted.map(([, node]) => node));
}

const printing = new Set<FunctionInfo>();

function withPrinting<R>(fn: FunctionInfo, body: () => R): R {
  printing.add(fn);
  try {
    return body();
  } finally {
    printing.delete(fn);
  }
}

/** Runtime classes with an item type parameter (`Queue<T>`). */
/** A collections.deque: indexed with its get/set, true when it has items. */
export function isDeque(t: PyType): boolean {
  return t.t === "object" && t.cls === "PyDeque";
}

const genericObjects = new Set(["Queue", "LifoQueue", "PriorityQueue", "PyDeque", "ContextVar", "AsyncClosing"]);

/** A return/result type: Python's None result is TypeScript's `void`. */
export function toTsResult(type: PyType): TypeNode {
  return type.t === "None" || type.t === "never" ? f.tKeyword("void") : toTsType(type);
}

// ---------------------------------------------------------------------------------------------
// Descriptors for the formatting helpers

/** Whether formatting a value of this type at run time needs the static type (floats, tuples). */
export function needsDescriptor(type: PyType): boolean {
  switch (type.t) {
    case "float":
      return true;
    case "tuple":
      return !type.list || type.elems.some(needsDescriptor);
    case "list":
    case "set":
    case "iterator":
      return needsDescriptor(type.elem);
    case "dict":
      return needsDescriptor(type.key) || needsDescriptor(type.value);
    case "union":
      return !ambiguousNumber(type) && type.types.some(needsDescriptor);
    default:
      return false;
  }
}

/** Whether the type holds an int | float somewhere (formatting can then only guess from the value). */
export function containsAmbiguousNumber(type: PyType): boolean {
  switch (type.t) {
    case "union":
      return ambiguousNumber(type) || type.types.some(containsAmbiguousNumber);
    case "list":
    case "set":
    case "iterator":
      return containsAmbiguousNumber(type.elem);
    case "tuple":
      return type.elems.some(containsAmbiguousNumber);
    case "dict":
      return containsAmbiguousNumber(type.key) || containsAmbiguousNumber(type.value);
    default:
      return false;
  }
}

/** The type in Python syntax, e.g. `list[tuple[int, float]]`, for the formatting helpers. */
export function descriptor(type: PyType): string {
  switch (type.t) {
    case "list":
    case "set":
      return `${type.t}[${descriptor(type.elem)}]`;
    case "iterator":
      return `list[${descriptor(type.elem)}]`;
    case "tuple":
      if (type.list) return `list[${descriptor(type.elems.reduce<PyType>((a, b) => join(a, b), T.never))}]`;
      if (type.variadic) return `tuple[${descriptor(type.elems[0] ?? T.unknown)}, ...]`;
      return type.elems.length === 0 ? "tuple[()]" : `tuple[${type.elems.map(descriptor).join(", ")}]`;
    case "dict":
      return `dict[${descriptor(type.key)}, ${descriptor(type.value)}]`;
    case "union":
      // int | float cannot be told apart at run time: "object" lets the formatter go by the value.
      if (ambiguousNumber(type)) return "object";
      return type.types.map(descriptor).join(" | ");
    case "int":
    case "float":
    case "str":
    case "bool":
    case "None":
      return type.t;
    case "never":
      return "int";
    default:
      return "object";
  }
}

/** Whether a value of this type might be an int or a float that the run time cannot tell apart. */
export function ambiguousNumber(type: PyType): boolean {
  if (type.t === "union") return type.types.some((t) => t.t === "float") && type.types.some((t) => t.t === "int");
  return false;
}

/** The type of an arithmetic result: float if either side is, int | float if either might be. */
export function numericResult(a: PyType, b: PyType): PyType {
  const has = (t: PyType, k: string): boolean => t.t === k || (t.t === "union" && t.types.some((m) => m.t === k));
  if (a.t === "float" || b.t === "float") return T.float;
  if (has(a, "float") || has(b, "float")) return join(T.int, T.float);
  return T.int;
}
