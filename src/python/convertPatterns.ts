/**
 * `match` statements and their patterns. tree-sitter keeps a leading `-` of a number as a separate
 * token beside it (`case -1:`), and wraps most patterns in `case_pattern`; both are folded here
 * into CPython's Match* nodes.
 */
import type { Expr, MatchCase, Pattern, Stmt } from "./ast";
import type { ConvertContext } from "./context";
import { convertExpr } from "./convertExpressions";
import { field, fields, hasToken, namedChildren, type CstNode } from "./cst";

type BodyConverter = (cx: ConvertContext, node: CstNode | undefined) => Stmt[];

export function convertMatch(cx: ConvertContext, node: CstNode, convertBody: BodyConverter): Stmt {
  const subjects = fields(node, "subject");
  const subject: Expr = subjects.length === 1 && !hasToken(node, ",")
    ? convertExpr(cx, subjects[0])
    : { kind: "Tuple", elts: subjects.map((s) => convertExpr(cx, s)), ctx: "Load", start: subjects[0]?.start ?? node.start, end: subjects[subjects.length - 1]?.end ?? node.end };
  const cases = (field(node, "body")?.children ?? [])
    .filter((c) => c.type === "case_clause")
    .map((c) => convertCase(cx, c, convertBody));
  return { kind: "Match", subject, cases, start: node.start, end: node.end };
}

function convertCase(cx: ConvertContext, node: CstNode, convertBody: BodyConverter): MatchCase {
  const patternNodes = node.children.filter((c) => c.type === "case_pattern");
  const patterns = patternNodes.map((p) => convertPattern(cx, p));
  // `case a, b:` is an open sequence pattern.
  const pattern: Pattern = patterns.length === 1 && !hasToken(node, ",")
    ? patterns[0]!
    : { kind: "MatchSequence", patterns, start: patternNodes[0]?.start ?? node.start, end: patternNodes[patternNodes.length - 1]?.end ?? node.end };
  const guard = field(node, "guard");
  const guardExpr = guard ? convertExpr(cx, namedChildren(guard)[0]) : null;
  return { kind: "match_case", pattern, guard: guardExpr, body: convertBody(cx, field(node, "consequence")) };
}

/** The patterns in a list of children, pairing a `-` token with the number after it. */
function patternsOf(cx: ConvertContext, children: readonly CstNode[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === "-" && children[i + 1]) {
      const operand = children[++i]!;
      patterns.push(matchValue(negative(cx, child, operand), child.start, operand.end));
    } else if (child.named || child.type === "_") {
      patterns.push(convertPattern(cx, child));
    }
  }
  return patterns;
}

function negative(cx: ConvertContext, minus: CstNode, operand: CstNode): Expr {
  return { kind: "UnaryOp", op: "USub", operand: convertExpr(cx, operand), start: minus.start, end: operand.end };
}

function matchValue(value: Expr, start: number, end: number): Pattern {
  return { kind: "MatchValue", value, start, end };
}

function convertPattern(cx: ConvertContext, node: CstNode): Pattern {
  const span = { start: node.start, end: node.end };
  switch (node.type) {
    case "case_pattern": return patternsOf(cx, node.children)[0] ?? { kind: "MatchAs", pattern: null, name: null, ...span };
    case "_": return { kind: "MatchAs", pattern: null, name: null, ...span };
    case "dotted_name": return convertDottedPattern(cx, node);
    case "identifier": return { kind: "MatchAs", pattern: null, name: cx.name(node), ...span };
    case "none": return { kind: "MatchSingleton", value: null, ...span };
    case "true": return { kind: "MatchSingleton", value: true, ...span };
    case "false": return { kind: "MatchSingleton", value: false, ...span };
    case "integer":
    case "float":
    case "string":
    case "concatenated_string": return matchValue(convertExpr(cx, node), node.start, node.end);
    case "complex_pattern": return convertComplex(cx, node);
    case "union_pattern": return { kind: "MatchOr", patterns: patternsOf(cx, node.children), ...span };
    case "list_pattern": return { kind: "MatchSequence", patterns: patternsOf(cx, node.children), ...span };
    case "tuple_pattern": return convertTuplePattern(cx, node);
    case "splat_pattern": return convertStar(cx, node);
    case "as_pattern": return convertAsPattern(cx, node);
    case "dict_pattern": return convertMapping(cx, node);
    case "class_pattern": return convertClassPattern(cx, node);
    default:
      if (node.type !== "ERROR") cx.error("PY1000", node.start, node.end, "invalid syntax");
      return { kind: "MatchAs", pattern: null, name: null, ...span };
  }
}

/** A bare name captures; a dotted name is a value pattern (`Color.RED`). */
function convertDottedPattern(cx: ConvertContext, node: CstNode): Pattern {
  const parts = namedChildren(node);
  if (parts.length === 1) {
    const name = cx.name(parts[0]!);
    return { kind: "MatchAs", pattern: null, name: name === "_" ? null : name, start: node.start, end: node.end };
  }
  return matchValue(dottedExpr(cx, parts), node.start, node.end);
}

function dottedExpr(cx: ConvertContext, parts: readonly CstNode[]): Expr {
  const first = parts[0]!;
  let expr: Expr = { kind: "Name", id: cx.name(first), ctx: "Load", start: first.start, end: first.end };
  for (const part of parts.slice(1)) {
    expr = { kind: "Attribute", value: expr, attr: cx.name(part), ctx: "Load", start: first.start, end: part.end };
  }
  return expr;
}

/** `1+2j`, `-1-2j`: a BinOp value, as CPython builds it. */
function convertComplex(cx: ConvertContext, node: CstNode): Pattern {
  const children = node.children;
  let i = 0;
  let left: Expr;
  if (children[0]?.type === "-" && children[1]) {
    left = negative(cx, children[0], children[1]);
    i = 2;
  } else {
    left = convertExpr(cx, children[0]);
    i = 1;
  }
  const op = children[i]?.type === "-" ? "Sub" : "Add";
  const right = convertExpr(cx, children[i + 1]);
  return matchValue({ kind: "BinOp", left, op, right, start: node.start, end: node.end }, node.start, node.end);
}

/** `(p)` is a group, not a one-element sequence; `(p,)` and `()` are sequences. */
function convertTuplePattern(cx: ConvertContext, node: CstNode): Pattern {
  const patterns = patternsOf(cx, node.children);
  if (patterns.length === 1 && !hasToken(node, ",")) return patterns[0]!;
  return { kind: "MatchSequence", patterns, start: node.start, end: node.end };
}

function convertStar(cx: ConvertContext, node: CstNode): Pattern {
  const name = node.children.find((c) => c.type === "identifier");
  const text = name ? cx.name(name) : null;
  return { kind: "MatchStar", name: text === "_" ? null : text, start: node.start, end: node.end };
}

function convertAsPattern(cx: ConvertContext, node: CstNode): Pattern {
  const inner = node.children.find((c) => c.named && c.type !== "identifier") ?? node.children[0];
  const names = node.children.filter((c) => c.type === "identifier");
  const name = names[names.length - 1];
  const pattern = inner ? convertPattern(cx, inner) : null;
  return { kind: "MatchAs", pattern, name: name ? cx.name(name) : null, start: node.start, end: node.end };
}

function convertMapping(cx: ConvertContext, node: CstNode): Pattern {
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.field === "key") {
      const next = children[i + 1];
      if (child.type === "-" && next) {
        keys.push(negative(cx, child, next));
        i++;
      } else {
        keys.push(mappingKey(cx, child));
      }
    } else if (child.field === "value") {
      patterns.push(convertPattern(cx, child));
    } else if (child.type === "splat_pattern") {
      const name = child.children.find((c) => c.type === "identifier");
      rest = name ? cx.name(name) : null;
    }
  }
  return { kind: "MatchMapping", keys, patterns, rest, start: node.start, end: node.end };
}

function mappingKey(cx: ConvertContext, node: CstNode): Expr {
  if (node.type === "dotted_name") return dottedExpr(cx, namedChildren(node));
  if (node.type === "complex_pattern") {
    const value = convertComplex(cx, node);
    return value.kind === "MatchValue" ? value.value : cx.placeholder(node);
  }
  return convertExpr(cx, node);
}

function convertClassPattern(cx: ConvertContext, node: CstNode): Pattern {
  const cls = node.children.find((c) => c.type === "dotted_name");
  const patterns: Pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: Pattern[] = [];
  for (const child of node.children) {
    if (child.type !== "case_pattern") continue;
    const keyword = child.children.find((c) => c.type === "keyword_pattern");
    if (!keyword) {
      patterns.push(convertPattern(cx, child));
      continue;
    }
    const equals = keyword.children.findIndex((c) => c.type === "=");
    const name = keyword.children[0];
    kwd_attrs.push(name ? cx.name(name) : "");
    kwd_patterns.push(patternsOf(cx, keyword.children.slice(equals + 1))[0] ?? convertPattern(cx, keyword));
  }
  const clsExpr = cls ? dottedExpr(cx, namedChildren(cls)) : cx.placeholder(node);
  return { kind: "MatchClass", cls: clsExpr, patterns, kwd_attrs, kwd_patterns, start: node.start, end: node.end };
}
