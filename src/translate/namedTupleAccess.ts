/**
 * Uses of a named tuple (namedTuples.ts) read where they are written: `p[0]` with a constant index is the
 * field itself, typed as that field (where `__getitem__` would give any field's type); `p._replace(x=5)`
 * is a new instance with the other fields copied; `Point._make(row)` is one made from the items of `row`.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import { construct } from "./calls";
import { literalIndex, translateExpr } from "./expressions";
import { keepKind } from "./values";
import type { Typed, TranslationContext } from "./context";
import { memberName } from "./methods";
import { T, elementOf, findMethod } from "./types";

/** `p[0]`, `p[-1]`: the field; null for another index (the class's `__getitem__` takes it). */
export function namedTupleField(e: py.Subscript, target: Typed): Typed | null {
  const fields = target.type.t === "instance" ? target.type.cls.namedTuple : undefined;
  if (!fields || target.type.t !== "instance") return null;
  const index = literalIndex(e.slice);
  if (index === null) return null;
  const field = fields.at(index);
  if (field === undefined || index < -fields.length) return null;
  return { ir: f.member(target.ir, memberName(field), e), type: target.type.cls.fields.get(field) ?? T.unknown };
}

/** `p._replace(y=5)`: `new Point(p.x, 5)`; null when `target` is not a named tuple or the method is another. */
export function namedTupleReplace(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  if (func.attr !== "_replace" || target.type.t !== "instance" || !target.type.cls.namedTuple) return null;
  const cls = target.type.cls;
  const fields = cls.namedTuple!;
  const unknown = e.keywords.filter((k) => k.arg === null || !fields.includes(k.arg));
  if (e.args.length > 0 || unknown.length > 0) {
    const names = unknown.map((k) => (k.arg === null ? "**" : `'${k.arg}'`));
    const message = e.args.length > 0 ? `${cls.pyName}._replace() takes keyword arguments only` : `ValueError: Got unexpected field names: [${names.join(", ")}]`;
    ctx.report("TR2005", e, message);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  const receiver = func.value;
  if (fields.length > e.keywords.length && !(receiver.kind === "Name" || (receiver.kind === "Attribute" && receiver.value.kind === "Name"))) {
    ctx.report("TR2005", e, `\`._replace()\` is supported on a named tuple held in a name (\`p._replace(...)\`), which the copied fields read again`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  // The constructor's call Python's _replace makes: every field by keyword, the unchanged ones read from the receiver.
  const keywords = fields.map((field): py.Keyword => {
    const given = e.keywords.find((k) => k.arg === field);
    const value: py.Expr = given ? given.value : { kind: "Attribute", value: receiver, attr: field, ctx: "Load", start: e.start, end: e.end };
    return { kind: "keyword", arg: field, value, start: given?.start ?? e.start, end: given?.end ?? e.end };
  });
  const call: py.Call = { kind: "Call", func: receiver, args: [], keywords, start: e.start, end: e.end };
  return construct(ctx, call, cls.tsName, findMethod(cls, "__init__"), { t: "instance", cls });
}

/** `Point._make(row)`: `new Point(...namedTupleItems(row, 2))`, the count checked as CPython's `_make` checks it. */
export function namedTupleMake(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  if (func.attr !== "_make" || target.type.t !== "class" || !target.type.cls.namedTuple) return null;
  const cls = target.type.cls;
  const [iterable] = e.args;
  if (!iterable || e.args.length !== 1 || e.keywords.length > 0 || iterable.kind === "Starred") {
    ctx.report("TR2005", e, `\`${cls.pyName}._make()\` takes one iterable here`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  const given = translateExpr(ctx, iterable);
  // Each field takes the type of its item, as the constructor's parameters do from a call.
  const params = findMethod(cls, "__init__")?.params.slice(1) ?? [];
  const t = given.type;
  params.forEach((p, i) => ctx.widen(p.sym, t.t === "tuple" && !t.variadic ? (t.elems[i] ?? T.unknown) : elementOf(t)));
  // A field whose type is not one kind keeps each item's (a float 1.0 stays a float), as a call's arguments do.
  const mixed = params.some((p) => p.sym.type.t === "unknown" || p.sym.type.t === "union");
  const kept = mixed ? keepKind(ctx, given, T.unknown, iterable) : given.ir;
  const items = ctx.callHelper("namedTupleItems", [kept, f.num(cls.namedTuple!.length)], iterable);
  const args = f.spread(f.asType(items, f.tRef("ConstructorParameters", f.tRef(`typeof ${cls.tsName}`))));
  return { ir: f.newExpr(cls.tsName, [args], e), type: { t: "instance", cls } };
}
