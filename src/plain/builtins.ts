/**
 * Python builtins and str methods the exact translation keeps as runtime helpers (because Python's meaning is
 * not JavaScript's in some corner), in the form a TypeScript developer writes with the platform: `[...xs].sort()`
 * with a comparator, `reduce`, `Math.round`, `Number`, `===`, `.split`. Each form that can print or behave
 * otherwise than CPython records the difference that explains it; a call shape with no such form gives null
 * (the rewrite then refuses the helper's name).
 */
import type { Span } from "../core/diagnostics";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { DifferenceKind } from "./differences";
import { mapExprChildren, mapStmtChildren, type IrVisitor } from "./irMap";
import { isPlainRead } from "./library";

/** What a builtin's rewrite needs from the rewriter: the plain form of an argument, and a place to record a difference. */
export interface BuiltinContext {
  plain(e: ir.Expr): ir.Expr;
  differ(kind: DifferenceKind): void;
}

type Rule = (args: readonly ir.Expr[], c: BuiltinContext, span: Span | undefined) => ir.Expr | null;

export function plainBuiltin(name: string, e: ir.CallExpr, c: BuiltinContext): ir.Expr | null {
  // A spread argument (`f(*xs)`) has no fixed place among the parameters these forms read.
  if (e.args.some((a) => a.kind === "Spread")) return null;
  const rule = rules[name];
  return rule ? rule(e.args, c, e.span) : null;
}

const rules: Readonly<Record<string, Rule>> = {
  sorted(args, c, span) {
    const [items, options] = args;
    if (!items || args.length > 2) return null;
    const opts = optionsOf(options);
    if (!opts || [...opts.keys()].some((k) => k !== "key" && k !== "reverse")) return null;
    const reverse = opts.get("reverse");
    if (reverse && reverse.kind !== "BoolLit") return null;
    c.differ("ordering");
    const comparator = compare(opts.get("key") && c.plain(opts.get("key")!), reverse?.kind === "BoolLit" && reverse.value);
    // A copy: sort() sorts in place, sorted() makes a new list.
    return f.method(f.array([f.spread(c.plain(items))]), "sort", [comparator], span);
  },
  sum(args, c, span) {
    const [items, start] = args;
    if (!items || args.length > 2) return null;
    const add = f.arrow([f.param("total"), f.param("x")], f.bin("+", f.id("total"), f.id("x")));
    return f.method(asArray(c.plain(items)), "reduce", [add, start ? c.plain(start) : f.num(0)], span);
  },
  min: (args, c, span) => extreme("<", args, c, span),
  max: (args, c, span) => extreme(">", args, c, span),
  zip(args, c, span) {
    // Read twice (lengths, then items): only names and attributes, which reading again cannot change.
    if (args.length < 2 || !args.every(isPlainRead)) return null;
    const plain = args.map((a) => c.plain(a));
    const length = f.call(f.member(f.id("Math"), "min"), plain.map((a) => f.member(a, "length")));
    const tuple = f.asType(f.array(plain.map((a) => f.nonNull(f.index(a, f.id("i"))))), f.tRef("const"));
    return f.call(f.member(f.id("Array"), "from"), [f.object([{ key: "length", value: length }]), f.arrow([f.param("_"), f.param("i")], tuple)], span);
  },
  enumerate(args, c, span) {
    const [items] = args;
    if (!items || args.length !== 1) return null;
    return f.method(asArray(c.plain(items)), "entries", [], span);
  },
  round(args, c, span) {
    const [x, digits] = args;
    if (!x || args.length > 2) return null;
    c.differ("roundHalfEven");
    const round = (v: ir.Expr): ir.Expr => f.call(f.member(f.id("Math"), "round"), [v]);
    if (!digits) return { ...round(c.plain(x)), span };
    const scale = f.bin("**", f.num(10), c.plain(digits));
    return f.bin("/", round(f.bin("*", c.plain(x), scale)), scale, span);
  },
  float(args, c, span) {
    if (args.length !== 1) return null;
    c.differ("numberParsing");
    return f.call("Number", [c.plain(args[0]!)], span);
  },
  int(args, c, span) {
    const [x, base] = args;
    if (!x || args.length > 2) return null;
    c.differ("numberParsing");
    if (base) return f.call(f.member(f.id("Number"), "parseInt"), [c.plain(x), c.plain(base)], span);
    return f.call(f.member(f.id("Math"), "trunc"), [f.call("Number", [c.plain(x)])], span);
  },
  pyEquals(args, c, span) {
    if (args.length !== 2) return null;
    c.differ("identityEquality");
    return f.bin("===", c.plain(args[0]!), c.plain(args[1]!), span);
  },
  split(args, c, span) {
    const [text, sep] = args;
    if (!text || args.length > 2 || sep?.kind === "NullLit") return null;
    // split() with no separator splits on runs of whitespace and drops empty ends: a regular expression in JavaScript.
    if (!sep) return f.method(f.method(c.plain(text), "trim", []), "split", [f.id(WHITESPACE_RUNS)], span);
    return f.method(c.plain(text), "split", [c.plain(sep)], span);
  },
};

/** Printed as written (an identifier's text is printed verbatim): the regular expression literal `/\s+/`. */
const WHITESPACE_RUNS = "/\\s+/";

/** min/max of one iterable (and `key=`), or of two values or more: a `reduce` that keeps the first extreme, as Python does. */
function extreme(op: "<" | ">", args: readonly ir.Expr[], c: BuiltinContext, span: Span | undefined): ir.Expr | null {
  const [items, options] = args;
  if (!items || args.length > 2) return null;
  const opts = optionsOf(options);
  if (!opts || [...opts.keys()].some((k) => k !== "key")) return null;
  const key = opts.get("key");
  const by = key && c.plain(key);
  const value = (name: string): ir.Expr => applied(by, name);
  c.differ("ordering");
  const pick = f.arrow([f.param("best"), f.param("x")], f.cond(f.bin(op, value("x"), value("best")), f.id("x"), f.id("best")));
  return f.method(asArray(c.plain(items)), "reduce", [pick], span);
}

/** `key(x)`: a one-parameter arrow's body with `x` put for its parameter (`(p) => p.age` and `a` give `a.age`), else a call. */
function applied(key: ir.Expr | undefined, x: string): ir.Expr {
  if (!key) return f.id(x);
  const [p] = key.kind === "Arrow" ? key.params : [];
  if (key.kind !== "Arrow" || key.async || key.params.length !== 1 || typeof p!.name !== "string" || p!.init || Array.isArray(key.body)) return f.call(key, [f.id(x)]);
  const from = p!.name;
  const body = key.body as ir.Expr;
  // An inner function that takes a parameter of the same name would be wrongly changed: call the key there instead.
  if (bindsName(body, from) || (x !== from && readsName(body, x))) return f.call(key, [f.id(x)]);
  return renamed(body, from, x);
}

/** The comparator Python's ordering needs: sort()'s default compares the values' strings (10 before 9). */
function compare(key: ir.Expr | undefined, reverse: boolean): ir.Expr {
  const [left, right] = reverse ? ["b", "a"] : ["a", "b"];
  const value = (name: string): ir.Expr => applied(key, name);
  const body = f.cond(f.bin("<", value(left), value(right)), f.num(-1), f.cond(f.bin(">", value(left), value(right)), f.num(1), f.num(0)));
  return f.arrow([f.param("a"), f.param("b")], body);
}

/** The options object of a call (`{ key, reverse }`), empty when there is none, null when it is not a plain object literal. */
function optionsOf(options: ir.Expr | undefined): Map<string, ir.Expr> | null {
  if (!options) return new Map();
  if (options.kind !== "ObjectLit") return null;
  const out = new Map<string, ir.Expr>();
  for (const p of options.props) {
    if (!("key" in p)) return null;
    out.set(p.key, p.value);
  }
  return out;
}

/** An array as it is (a literal, a comprehension's `.map`/`.filter`), anything else iterable spread into one. */
function asArray(e: ir.Expr): ir.Expr {
  if (e.kind === "ArrayLit") return e;
  if (e.kind === "Call" && e.callee.kind === "Member" && e.callee.property === "from" && e.callee.object.kind === "Ident" && e.callee.object.name === "Array") return e;
  if (e.kind === "Call" && e.callee.kind === "Member" && ["map", "filter", "slice", "concat"].includes(e.callee.property)) return e;
  return f.array([f.spread(e)]);
}


const ORIGIN: Span = { start: 0, end: 0 };

/** The expression with every reading of `from` made a reading of `to`. */
function renamed(e: ir.Expr, from: string, to: string): ir.Expr {
  const visitor: IrVisitor = {
    expr: (x, near) => (x.kind === "Ident" && x.name === from ? { ...x, name: to } : mapExprChildren(x, visitor, near)),
    stmts: (body, near) => body.map((s) => mapStmtChildren(s, visitor, near)),
    type: (t) => t,
  };
  return visitor.expr(e, ORIGIN);
}

/** Whether a function inside the expression declares a parameter of this name. */
function bindsName(e: ir.Expr, name: string): boolean {
  return some(e, (x) => x.kind === "Arrow" && x.params.some((p) => p.name === name));
}

/** Whether the expression reads this name (the key's own body may read a variable the comparator's parameter would hide). */
function readsName(e: ir.Expr, name: string): boolean {
  return some(e, (x) => x.kind === "Ident" && x.name === name);
}

function some(e: ir.Expr, test: (x: ir.Expr) => boolean): boolean {
  let found = false;
  const visitor: IrVisitor = {
    expr: (x, near) => {
      if (test(x)) found = true;
      return mapExprChildren(x, visitor, near);
    },
    stmts: (body, near) => body.map((s) => mapStmtChildren(s, visitor, near)),
    type: (t) => t,
  };
  visitor.expr(e, ORIGIN);
  return found;
}
