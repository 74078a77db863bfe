/**
 * The methods `@dataclass` writes besides `__init__` (which dataclasses.ts turns into Python first):
 * `__repr__` showing each field, `__eq__` comparing the fields as tuples, and with `order=True`
 * `__lt__` ordering by them, each for another instance of the same class only; anything else gets
 * `NotImplemented`, so Python's fallbacks apply (identity for ==, a TypeError for <).
 */
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { TranslationContext } from "./context";
import type { DataclassSpec } from "./dataclasses";
import { descriptorArgs } from "./formatting";
import { memberName } from "./methods";
import { T, type ClassInfo } from "./types";

/** The methods the class does not write itself, with a comment above the first saying where they come from. */
export function dataclassMethods(ctx: TranslationContext, spec: DataclassSpec, cls: ClassInfo, own: ReadonlySet<string>): ir.ClassMethod[] {
  if (spec.kind === "namedtuple") return namedTupleMethods(ctx, spec, cls, own);
  const tsName = cls.tsName;
  const methods: ir.ClassMethod[] = [];
  if (spec.repr && !own.has("__repr__")) methods.push(reprMethod(ctx, spec, cls));
  if (spec.eq && !own.has("__eq__")) methods.push(compareMethod(ctx, spec, tsName, "__eq__", "pyEquals"));
  if (spec.order) methods.push(compareMethod(ctx, spec, tsName, "__lt__", "pyLess"));
  const hashes = spec.frozen && spec.eq && !own.has("__hash__");
  if (hashes) methods.push(hashMethod(ctx, spec));
  if (methods.length === 0) return methods;
  const compared = spec.fields.filter((x) => x.compare).map((x) => x.name);
  const tuple = `(${compared.join(", ")}${compared.length === 1 ? "," : ""})`;
  const eq = spec.eq && !own.has("__eq__");
  const compares = eq && spec.order ? "== and <" : eq ? "==" : spec.order ? "<" : null;
  const what = [
    methods.some((m) => m.name === "__repr__") ? "repr shows the fields" : null,
    compares ? `${compares} ${compares.includes(" and ") ? "compare" : "compares"} ${tuple} as tuples` : null,
    hashes ? `hash() is that of ${tuple}` : null,
  ].filter((x) => x !== null);
  const decorator = ctx.source.slice(spec.decorator.start, spec.decorator.end).replace(/\s+/g, " ");
  const comment = `Written by @${decorator}: ${what.join("; ")}`;
  methods[0] = { ...methods[0]!, comments: [comment] };
  return methods;
}

/** `__repr__`: `Point(x=1, y='a')`, the class's qualified name and each field's repr. */
function reprMethod(ctx: TranslationContext, spec: DataclassSpec, cls: ClassInfo): ir.ClassMethod {
  const shown = spec.fields.filter((x) => x.repr);
  const quasis = shown.length === 0 ? [`${spec.qualname}()`] : [`${spec.qualname}(${shown[0]!.name}=`, ...shown.slice(1).map((x) => `, ${x.name}=`), ")"];
  // The field's type tells a float 1.0 from an int 1 (JavaScript cannot), as for any repr().
  const exprs = shown.map((x) => ctx.callHelper("repr", [f.member(f.self(), memberName(x.name)), ...descriptorArgs(ctx, cls.fields.get(x.name) ?? T.unknown, x.node)]));
  return { kind: "Method", name: "__repr__", params: [], returns: f.tKeyword("string"), body: [f.ret(f.template(quasis, exprs))] };
}

/** `__hash__` of a frozen dataclass (or a named tuple): the hash of its compared fields' tuple, so equal instances are one dict key. */
function hashMethod(ctx: TranslationContext, spec: DataclassSpec): ir.ClassMethod {
  const items = f.array(spec.fields.filter((x) => x.compare).map((x) => f.member(f.self(), memberName(x.name))));
  return { kind: "Method", name: "__hash__", params: [], returns: f.tKeyword("number"), body: [f.ret(ctx.callHelper("pyHash", [ctx.callHelper("markTuple", [items])]))] };
}

/** `__eq__` / `__lt__`: the compared fields of both as arrays, when `other` is an instance of the class. */
function compareMethod(ctx: TranslationContext, spec: DataclassSpec, tsName: string, name: "__eq__" | "__lt__", helper: "pyEquals" | "pyLess"): ir.ClassMethod {
  const fieldsOf = (x: ir.Expr) => f.array(spec.fields.filter((y) => y.compare).map((y) => f.member(x, memberName(y.name))));
  const other = f.id("other");
  const test = f.bin("instanceof", other, f.id(tsName));
  const body = f.cond(test, ctx.callHelper(helper, [fieldsOf(f.self()), fieldsOf(other)]), ctx.helper("NotImplemented"));
  ctx.helper("NotImplementedType");
  return {
    kind: "Method",
    name,
    params: [f.param("other", f.tKeyword("unknown"))],
    returns: f.tUnion([f.tKeyword("boolean"), f.tRef("NotImplementedType")]),
    body: [f.ret(body)],
  };
}

/**
 * A named tuple's `__repr__`, and `__eq__`, `__lt__` and `__hash__` of its fields' tuple: it equals the plain
 * tuple of its items (`Point(1, 2) == (1, 2)`), sorts as one and is the same dict key.
 */
function namedTupleMethods(ctx: TranslationContext, spec: DataclassSpec, cls: ClassInfo, own: ReadonlySet<string>): ir.ClassMethod[] {
  const items = () => ctx.callHelper("markTuple", [f.array(spec.fields.map((x) => f.member(f.self(), memberName(x.name))))]);
  const other = () => ctx.callHelper("tupleValue", [f.id("other")]);
  const compare = (name: string, helper: "pyEquals" | "pyLess"): ir.ClassMethod => ({
    kind: "Method",
    name,
    params: [f.param("other", f.tKeyword("unknown"))],
    returns: f.tKeyword("boolean"),
    body: [f.ret(ctx.callHelper(helper, [items(), other()]))],
  });
  const methods: ir.ClassMethod[] = [];
  if (!own.has("__repr__")) methods.push(reprMethod(ctx, spec, cls));
  if (!own.has("__eq__")) methods.push(compare("__eq__", "pyEquals"));
  if (!own.has("__lt__")) methods.push(compare("__lt__", "pyLess"));
  if (!own.has("__hash__")) methods.push(hashMethod(ctx, spec));
  const names = spec.fields.map((x) => x.name);
  const tuple = `(${names.join(", ")}${names.length === 1 ? "," : ""})`;
  const origin = ctx.source.slice(spec.decorator.start, spec.decorator.end);
  if (methods.length > 0) methods[0] = { ...methods[0]!, comments: [`Written by ${origin}: repr shows the fields; ==, < and hash() are those of the tuple ${tuple}`] };
  return methods;
}
