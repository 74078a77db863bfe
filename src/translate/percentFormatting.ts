/**
 * `"fmt" % args` with a literal format: read at translation time and written as the template literal
 * the equivalent f-string gives, each conversion as a format spec (`%-10s` is `{x!s:<10}`, `%5.2f` is
 * `{x:5.2f}`, `%d` of a float its int part). The types say which values a conversion receives.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr, unsupported } from "./expressions";
import { formatted } from "./formatting";
import { T, isNumeric, type PyType } from "./types";
import { someNode } from "./astWalk";

interface Conversion {
  /** Offsets of the conversion in the format text. */
  readonly start: number;
  readonly end: number;
  readonly key: string | null;
  readonly flags: string;
  readonly width: string;
  readonly precision: string | null;
  readonly type: string;
}

// Python's conversion: %[(key)][flags][width][.precision][length modifier]type.
const conversionPattern = /%(?:\((\w+)\))?([-+ #0]*)(\d*)(?:\.(\d+))?[hlL]?([sridufFeEgGxXoc%])/y;

/** The template literal for `left % right` where `left` is a string literal, or null (reported) when it has no exact one. */
export function translatePercentFormat(ctx: TranslationContext, e: py.BinOp, format: string): Typed {
  const conversions = parseConversions(format);
  if (typeof conversions === "string") return unsupported(ctx, e, `\`%\` string formatting with ${conversions}`);
  const fields = conversions.filter((c) => c.type !== "%");
  const keyed = fields.filter((c) => c.key !== null);
  if (keyed.length > 0) {
    if (keyed.length !== fields.length) return unsupported(ctx, e, "`%` string formatting that mixes %(name)s fields and positional ones");
    return unsupported(ctx, e, "`%(name)s` string formatting (use an f-string)");
  }
  const values = argumentValues(ctx, e.right, fields.length);
  if (typeof values === "string") return unsupported(ctx, e, `\`%\` string formatting ${values}`);
  ctx.note("percentFormat", e);
  const quasis: string[] = [""];
  const exprs: ir.Expr[] = [];
  let at = 0;
  let next = 0;
  for (const c of conversions) {
    quasis[quasis.length - 1] += format.slice(at, c.start);
    at = c.end;
    if (c.type === "%") {
      quasis[quasis.length - 1] += "%";
      continue;
    }
    const value = values[next++]!;
    // A type a later pass will know (a parameter before its calls are seen): the text is a str either way.
    const expr = value.type.t === "never" ? value.ir : convert(ctx, c, value, e);
    if (typeof expr === "string") return unsupported(ctx, e, `\`%${c.type}\` of ${expr} (CPython raises TypeError)`);
    // A literal value is part of the text, as a TypeScript developer would write it.
    if (expr.kind === "StringLit") quasis[quasis.length - 1] += expr.value;
    else if (expr.kind === "NumberLit" && /^-?\d+$/.test(expr.text)) quasis[quasis.length - 1] += expr.text;
    else {
      exprs.push(expr);
      quasis.push("");
    }
  }
  quasis[quasis.length - 1] += format.slice(at);
  if (exprs.length === 0) return { ir: f.str(quasis[0]!, e), type: T.str };
  return { ir: f.template(quasis, exprs, e), type: T.str };
}

/** The conversions in order, or what makes the format one this translation does not read. */
function parseConversions(format: string): Conversion[] | string {
  const found: Conversion[] = [];
  for (let at = format.indexOf("%"); at !== -1; at = format.indexOf("%", at)) {
    conversionPattern.lastIndex = at;
    const m = conversionPattern.exec(format);
    if (!m) return `the conversion \`${format.slice(at, at + 4)}\` (only %s %r %d %i %u %f %e %g %x %o %c %% with flags, width and precision)`;
    const [, key, flags, width, precision, type] = m;
    found.push({ start: at, end: at + m[0].length, key: key ?? null, flags: flags!, width: width!, precision: precision ?? null, type: type! });
    at += m[0].length;
  }
  return found;
}

/**
 * The values a tuple on the right gives one by one (Python takes any other value as the only one), or why they
 * cannot be read here. A literal tuple is evaluated item by item as the template reads it: Python evaluates
 * all items first, which differs only when a later item changes an earlier, mutable one.
 */
function argumentValues(ctx: TranslationContext, right: py.Expr, count: number): Typed[] | string {
  const counted = (values: Typed[]): Typed[] | string => {
    if (values.length > count) return "with more values than conversions (CPython raises TypeError: not all arguments converted during string formatting)";
    if (values.length < count) return "with fewer values than conversions (CPython raises TypeError: not enough arguments for format string)";
    return values;
  };
  if (right.kind === "Tuple") {
    if (right.elts.some((x) => x.kind === "Starred")) return "of a starred tuple";
    const values = right.elts.map((x) => translateExpr(ctx, x));
    const laterEffects = right.elts.some((x, i) => i > 0 && hasEffects(x));
    if (laterEffects && values.slice(0, -1).some((v) => !immutable(v.type))) return "whose items call functions after a mutable item (bind them to names first)";
    return counted(values);
  }
  const value = translateExpr(ctx, right);
  const type = value.type;
  if (type.t === "tuple" && type.list !== true) {
    if (type.variadic || right.kind !== "Name") return "of a tuple that is not written out (bind its items to names, or use an f-string)";
    return counted(type.elems.map((elem, i) => ({ ir: f.index(value.ir, f.num(i)), type: elem })));
  }
  if (type.t === "union" && type.types.some((t) => t.t === "tuple")) return "of a value that may be a tuple";
  if (type.t === "unknown") return "of a value of unknown type";
  return counted([value]);
}

/** Whether evaluating `e` may run code that changes a value read before it (a call, an await). */
function hasEffects(e: py.Expr): boolean {
  return someNode(e, (node) => ["Call", "Await", "Yield", "YieldFrom", "NamedExpr"].includes(node.kind));
}

function immutable(type: PyType): boolean {
  return type.t === "str" || type.t === "int" || type.t === "float" || type.t === "bool" || type.t === "None";
}

/** One conversion as the f-string field it equals, or the Python type name that makes CPython raise. */
function convert(ctx: TranslationContext, c: Conversion, value: Typed, span: py.NodeBase): ir.Expr | string {
  const left = c.flags.includes("-");
  const sign = c.flags.includes("+") ? "+" : c.flags.includes(" ") ? " " : "";
  const alternate = c.flags.includes("#") ? "#" : "";
  const zero = c.flags.includes("0") && !left ? "0" : "";
  const precision = c.precision === null ? "" : `.${c.precision}`;
  switch (c.type) {
    case "s":
    case "r": {
      const spec = c.width === "" && precision === "" ? null : `${left ? "<" : ">"}${c.width}${precision}`;
      // `%s` is str(x), which `${x}` gives for every value but an instance of a class that formats itself.
      const conversion = c.type === "r" || value.type.t === "instance" ? c.type : "";
      return formatted(ctx, value, conversion, spec, span);
    }
    case "c": {
      if (value.type.t === "str") return formatted(ctx, value, "", c.width === "" ? null : `${left ? "<" : ">"}${c.width}`, span);
      if (value.type.t !== "int") return typeName(value.type);
      return formatted(ctx, value, "", `${left ? "<" : ">"}${c.width}c`, span);
    }
    case "d":
    case "i":
    case "u": {
      if (c.precision !== null) return "with a precision";
      const number = integerPart(value);
      if (typeof number === "string") return number;
      const spec = c.flags === "" && c.width === "" ? null : `${left ? "<" : ""}${sign}${zero}${c.width}d`;
      return formatted(ctx, number, "", spec, span);
    }
    case "x":
    case "X":
    case "o": {
      if (c.precision !== null) return "with a precision";
      if (value.type.t !== "int" && value.type.t !== "bool") return typeName(value.type);
      return formatted(ctx, asNumber(value), "", `${left ? "<" : ""}${sign}${alternate}${zero}${c.width}${c.type}`, span);
    }
    default: {
      if (!isNumeric(value.type)) return typeName(value.type);
      const fixed = c.precision === null && "fFeE".includes(c.type) ? ".6" : precision;
      return formatted(ctx, asNumber(value), "", `${left ? "<" : ""}${sign}${alternate}${zero}${c.width}${fixed}${c.type}`, span);
    }
  }
}

/** `%d`'s value: an int as it is, a bool as 0 or 1, a float cut to its integer part (as CPython's int()). */
function integerPart(value: Typed): Typed | string {
  if (value.type.t === "int") return value;
  if (value.type.t === "bool") return asNumber(value);
  if (value.type.t === "float") return { ir: f.call(f.member(f.id("Math"), "trunc"), [value.ir]), type: T.int };
  return typeName(value.type);
}

function asNumber(value: Typed): Typed {
  return value.type.t === "bool" ? { ir: f.call("Number", [value.ir]), type: T.int } : value;
}

function typeName(type: PyType): string {
  return type.t === "instance" ? `a ${type.cls.pyName}` : type.t === "union" ? "a value that may be of several types" : `a ${type.t}`;
}
