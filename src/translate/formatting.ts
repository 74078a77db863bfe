/** f-strings, str()/repr()/format() and print(): Python's text for values. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { notePrintedType, type ShownAs } from "./positions";
import { T, containsAmbiguousNumber, descriptor, needsDescriptor, withoutNone, type PyType } from "./types";

/** Extra arguments telling the formatting helpers the Python type where the run time cannot. */
export function descriptorArgs(ctx: TranslationContext, type: PyType, span: py.NodeBase, shownAs: ShownAs = "repr"): ir.Expr[] {
  notePrintedType(ctx, type, span, shownAs);
  if (containsAmbiguousNumber(type)) {
    ctx.report("TR3002", span, "this value may be an int or a float: a float with an integral value (like 3.0) would print as an int (3) here");
  }
  if (!needsDescriptor(type)) return [];
  ctx.note(withoutNone(type).t === "tuple" ? "tupleFormat" : "floatFormat", span);
  return [f.str(descriptor(type))];
}

/**
 * type(x)'s extra argument: like descriptorArgs, but type() shows no repr (no positions, no address warning),
 * and a coroutine, a thunk at run time, is told by its static type (`<class 'coroutine'>`).
 */
export function typeDescriptorArgs(ctx: TranslationContext, type: PyType, span: py.NodeBase): ir.Expr[] {
  if (type.t === "coroutine") return [f.str("coroutine")];
  // A generator object is a plain JavaScript object at run time: only the translator knows which kind it is.
  if (type.t === "generator" || type.t === "asyncGenerator") return [f.str(type.t === "generator" ? "generator" : "async_generator")];
  if (containsAmbiguousNumber(type)) {
    ctx.report("TR3002", span, "this value may be an int or a float: a float with an integral value (like 3.0) would print as an int (3) here");
  }
  if (!needsDescriptor(type)) return [];
  ctx.note(withoutNone(type).t === "tuple" ? "tupleFormat" : "floatFormat", span);
  return [f.str(descriptor(type))];
}

/** `str(x)`: a plain string stays as it is, ints print the same in JS; other values go through `str`. */
export function strOf(ctx: TranslationContext, value: Typed, span: py.NodeBase): ir.Expr {
  if (value.type.t === "str") return value.ir;
  return ctx.callHelper("str", [value.ir, ...descriptorArgs(ctx, value.type, span, "str")], span);
}

export function reprOf(ctx: TranslationContext, value: Typed, span: py.NodeBase): ir.Expr {
  return ctx.callHelper("repr", [value.ir, ...descriptorArgs(ctx, value.type, span)], span);
}

/** A value as print() receives it: the print helper applies `str`, unless a type must be passed. */
export function printArg(ctx: TranslationContext, value: Typed, span: py.NodeBase): ir.Expr {
  if (needsDescriptor(value.type)) return strOf(ctx, value, span);
  descriptorArgs(ctx, value.type, span, "str");
  return value.ir;
}

export function translateFString(ctx: TranslationContext, e: py.JoinedStr): Typed {
  ctx.note("fString", e);
  const quasis: string[] = [""];
  const exprs: ir.Expr[] = [];
  for (const part of e.values) {
    if (part.kind === "Constant" && typeof part.value === "string") {
      quasis[quasis.length - 1] += part.value;
      continue;
    }
    if (part.kind !== "FormattedValue") continue;
    exprs.push(formattedValue(ctx, part));
    quasis.push("");
  }
  if (exprs.length === 0) return { ir: f.str(quasis[0]!, e), type: T.str };
  return { ir: f.template(quasis, exprs, e), type: T.str };
}

function formattedValue(ctx: TranslationContext, part: py.FormattedValue): ir.Expr {
  const conversion = String.fromCharCode(part.conversion);
  const spec = part.format_spec ? specText(ctx, part.format_spec) : null;
  return formatted(ctx, translateExpr(ctx, part.value), conversion === "a" ? "r" : conversion === "r" || conversion === "s" ? conversion : "", spec, part);
}

/** `{value!conversion:spec}` of an f-string, as a template literal's expression. */
export function formatted(ctx: TranslationContext, value: Typed, conversion: "s" | "r" | "", spec: ir.Expr | string | null, span: py.NodeBase): ir.Expr {
  let converted: Typed = value;
  if (conversion === "r") converted = { ir: reprOf(ctx, value, span), type: T.str };
  else if (conversion === "s") converted = { ir: strOf(ctx, value, span), type: T.str };
  if (spec !== null) {
    return ctx.callHelper("format", [converted.ir, typeof spec === "string" ? f.str(spec) : spec, ...descriptorArgs(ctx, converted.type, span, "str")], span);
  }
  if (converted.type.t === "str" || converted.type.t === "int") return converted.ir;
  return strOf(ctx, converted, span);
}

function specText(ctx: TranslationContext, spec: py.JoinedStr): ir.Expr {
  const allConstant = spec.values.every((v) => v.kind === "Constant");
  if (allConstant) return f.str(spec.values.map((v) => (v.kind === "Constant" ? String(v.value) : "")).join(""));
  return translateFString(ctx, spec).ir;
}
