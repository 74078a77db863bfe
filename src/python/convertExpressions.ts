/**
 * Expressions: one converter per tree-sitter node type, dispatched by `convertExpr`. Every
 * expression is built with `Load` context; assignment targets are re-contextualised by
 * `targets.ts`, which also reports what cannot be assigned to.
 */
import type {
  BoolOperator, CmpOperator, Comprehension, Constant, Expr, Keyword, Operator, UnaryOperator,
} from "./ast";
import type { ConvertContext } from "./context";
import { field, fields, firstNamed, hasToken, namedChildren, type CstNode } from "./cst";
import { convertCallArguments, convertLambdaParameters } from "./convertArguments";
import { parseNumber } from "./numbers";
import { convertString, type StringHost } from "./strings";
import { toTarget } from "./targets";

export function convertExpr(cx: ConvertContext, node: CstNode | undefined): Expr {
  if (!node) return cx.placeholder({ start: 0, end: 0 });
  switch (node.type) {
    // Atoms
    case "identifier": return { kind: "Name", id: cx.name(node), ctx: "Load", start: node.start, end: node.end };
    case "integer":
    case "float": return convertNumber(cx, node);
    case "string":
    case "concatenated_string": return convertString(stringHost(cx), node);
    case "true": return constant(node, true);
    case "false": return constant(node, false);
    case "none": return constant(node, null);
    case "ellipsis": return constant(node, { type: "ellipsis" });
    // Displays
    case "parenthesized_expression": return convertParenthesized(cx, node);
    case "tuple_pattern": return convertTuplePattern(cx, node);
    case "tuple":
    case "expression_list":
    case "pattern_list": return { kind: "Tuple", elts: elements(cx, node), ctx: "Load", start: node.start, end: node.end };
    case "list":
    case "list_pattern": return { kind: "List", elts: elements(cx, node), ctx: "Load", start: node.start, end: node.end };
    case "set": return { kind: "Set", elts: elements(cx, node), start: node.start, end: node.end };
    case "dictionary": return convertDict(cx, node);
    case "list_comprehension": return convertComprehension(cx, node, "ListComp");
    case "set_comprehension": return convertComprehension(cx, node, "SetComp");
    case "generator_expression": return convertComprehension(cx, node, "GeneratorExp");
    case "dictionary_comprehension": return convertDictComp(cx, node);
    // Primaries
    case "attribute": return convertAttribute(cx, node);
    case "subscript": return convertSubscript(cx, node);
    case "slice": return convertSlice(cx, node);
    case "call": return convertCall(cx, node);
    case "list_splat":
    case "list_splat_pattern":
    case "parenthesized_list_splat": return convertStarred(cx, node);
    // Operators
    case "binary_operator": return convertBinary(cx, node);
    case "unary_operator": return convertUnary(cx, node);
    case "not_operator": return unary(node, "Not", convertExpr(cx, field(node, "argument")));
    case "boolean_operator": return convertBoolean(cx, node);
    case "comparison_operator": return convertComparison(cx, node);
    case "conditional_expression": return convertConditional(cx, node);
    case "named_expression": return convertNamed(cx, node);
    case "lambda": return convertLambda(cx, node);
    case "await": return { kind: "Await", value: convertExpr(cx, firstNamed(node)), start: node.start, end: node.end };
    case "yield": return convertYield(cx, node);
    // Annotations (tree-sitter has a small type grammar of its own)
    case "type": return convertExpr(cx, firstNamed(node));
    case "generic_type": return convertGenericType(cx, node);
    case "union_type": return convertUnionType(cx, node);
    case "member_type": return convertMemberType(cx, node);
    case "splat_type": return convertSplatType(cx, node);
    default: return unexpected(cx, node);
  }
}

function unexpected(cx: ConvertContext, node: CstNode): Expr {
  // ERROR and MISSING nodes are reported by treeErrors.ts; anything else here is a form
  // tree-sitter accepts (Python 2, 3.12+ syntax) that Python 3.11 does not.
  if (node.type !== "ERROR" && !node.missing) cx.error("PY1000", node.start, node.end, "invalid syntax");
  return cx.placeholder(node);
}

function stringHost(cx: ConvertContext): StringHost {
  return {
    source: cx.source,
    error: (start: number, end: number, message: string, warning?: boolean) => {
      const code = message.startsWith("f-string") ? "PY1023" : "PY1026";
      if (warning) cx.warn(code, start, end, message);
      else cx.error(code, start, end, message);
    },
    convertExpr: (node: CstNode) => convertExpr(cx, node),
  };
}

function constant(node: CstNode, value: Constant["value"]): Constant {
  return { kind: "Constant", value, constKind: null, start: node.start, end: node.end };
}

function convertNumber(cx: ConvertContext, node: CstNode): Expr {
  const value = parseNumber(cx.text(node));
  if (value !== undefined) return constant(node, value);
  cx.error("PY1022", node.start, node.end, "invalid decimal literal");
  return constant(node, 0n);
}

function convertParenthesized(cx: ConvertContext, node: CstNode): Expr {
  const inner = firstNamed(node);
  if (inner?.type === "list_splat") cx.error("PY1025", inner.start, inner.end, "cannot use starred expression here");
  return convertExpr(cx, inner);
}

/** Elements of a tuple, list or set display (starred ones included). */
export function elements(cx: ConvertContext, node: CstNode): Expr[] {
  return namedChildren(node).map((c) => convertExpr(cx, c));
}

/** `(a)` on the left of `=` or `:` is a parenthesized name, not a tuple. */
function convertTuplePattern(cx: ConvertContext, node: CstNode): Expr {
  const items = namedChildren(node);
  if (items.length === 1 && !hasToken(node, ",")) return convertExpr(cx, items[0]);
  return { kind: "Tuple", elts: items.map((c) => convertExpr(cx, c)), ctx: "Load", start: node.start, end: node.end };
}

function convertStarred(cx: ConvertContext, node: CstNode): Expr {
  return { kind: "Starred", value: convertExpr(cx, firstNamed(node)), ctx: "Load", start: node.start, end: node.end };
}

function convertDict(cx: ConvertContext, node: CstNode): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  for (const entry of namedChildren(node)) {
    if (entry.type === "pair") {
      keys.push(convertExpr(cx, field(entry, "key")));
      values.push(convertExpr(cx, field(entry, "value")));
    } else if (entry.type === "dictionary_splat") {
      keys.push(null);
      values.push(convertExpr(cx, firstNamed(entry)));
    } else {
      unexpected(cx, entry);
    }
  }
  return { kind: "Dict", keys, values, start: node.start, end: node.end };
}

// ---------------------------------------------------------------------------------------------
// Comprehensions

/** The `for ... in ... if ...` clauses; each `if` belongs to the `for` before it. */
function generators(cx: ConvertContext, node: CstNode): Comprehension[] {
  const result: { target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 | 1 }[] = [];
  for (const clause of node.children) {
    if (clause.type === "for_in_clause") {
      const iters = fields(clause, "right").filter((c) => c.named);
      const iter = iters.length === 1 && !hasToken(clause, ",") ? convertExpr(cx, iters[0]) : tupleOf(cx, clause, iters);
      const target = toTarget(cx, convertExpr(cx, field(clause, "left")), "Store", "for");
      result.push({ target, iter, ifs: [], is_async: hasToken(clause, "async") ? 1 : 0 });
    } else if (clause.type === "if_clause") {
      result[result.length - 1]?.ifs.push(convertExpr(cx, firstNamed(clause)));
    }
  }
  return result.map((g) => ({ kind: "comprehension", ...g }));
}

function tupleOf(cx: ConvertContext, span: CstNode, items: readonly CstNode[]): Expr {
  const start = items[0]?.start ?? span.start;
  const end = items[items.length - 1]?.end ?? span.end;
  return { kind: "Tuple", elts: items.map((c) => convertExpr(cx, c)), ctx: "Load", start, end };
}

function convertComprehension(cx: ConvertContext, node: CstNode, kind: "ListComp" | "SetComp" | "GeneratorExp"): Expr {
  const elt = convertExpr(cx, field(node, "body"));
  return { kind, elt, generators: generators(cx, node), start: node.start, end: node.end };
}

function convertDictComp(cx: ConvertContext, node: CstNode): Expr {
  const pair = field(node, "body");
  const key = convertExpr(cx, pair && field(pair, "key"));
  const value = convertExpr(cx, pair && field(pair, "value"));
  return { kind: "DictComp", key, value, generators: generators(cx, node), start: node.start, end: node.end };
}

// ---------------------------------------------------------------------------------------------
// Primaries

/**
 * tree-sitter binds `*` tighter than calls, attributes and subscripts (`*a.b()` comes out as
 * `(*a).b()`); Python binds it loosest. A primary built on a Starred gets the star moved out.
 */
function liftStar(primary: Expr): Expr {
  const base = primary.kind === "Call" ? primary.func : primary.kind === "Attribute" || primary.kind === "Subscript" ? primary.value : null;
  if (base?.kind !== "Starred") return primary;
  const inner: Expr = primary.kind === "Call" ? { ...primary, func: base.value } : { ...primary, value: base.value } as Expr;
  return { ...base, value: { ...inner, start: base.value.start }, end: primary.end };
}

function convertAttribute(cx: ConvertContext, node: CstNode): Expr {
  const name = field(node, "attribute");
  const attr = name ? cx.name(name) : "";
  return liftStar({ kind: "Attribute", value: convertExpr(cx, field(node, "object")), attr, ctx: "Load", start: node.start, end: node.end });
}

/** `a[i]`, `a[i:j]`, and `a[i, j:k]` / `a[i,]`, whose slice is a Tuple. */
function convertSubscript(cx: ConvertContext, node: CstNode): Expr {
  const items = fields(node, "subscript");
  const bracket = node.children.findIndex((c) => c.type === "[");
  const trailingComma = node.children.slice(bracket + 1).some((c) => c.type === ",");
  // `a[*b]` (3.11) indexes with a one-element tuple.
  const single = items.length === 1 && !trailingComma ? convertExpr(cx, items[0]) : undefined;
  const slice = single && single.kind !== "Starred" ? single : tupleOf(cx, node, items);
  return liftStar({ kind: "Subscript", value: convertExpr(cx, field(node, "value")), slice, ctx: "Load", start: node.start, end: node.end });
}

/** `lower:upper:step`, each part optional: the colons tell which expression is which. */
function convertSlice(cx: ConvertContext, node: CstNode): Expr {
  const parts: (Expr | null)[] = [null, null, null];
  let index = 0;
  for (const child of node.children) {
    if (child.type === ":") index++;
    else if (child.named && index < 3) parts[index] = convertExpr(cx, child);
  }
  return { kind: "Slice", lower: parts[0]!, upper: parts[1]!, step: parts[2]!, start: node.start, end: node.end };
}

function convertCall(cx: ConvertContext, node: CstNode): Expr {
  const func = convertExpr(cx, field(node, "function"));
  const argsNode = field(node, "arguments");
  let args: Expr[] = [];
  let keywords: Keyword[] = [];
  if (argsNode?.type === "generator_expression") args = [convertExpr(cx, argsNode)];
  else if (argsNode) ({ args, keywords } = convertCallArguments(cx, argsNode));
  return liftStar({ kind: "Call", func, args, keywords, start: node.start, end: node.end });
}

// ---------------------------------------------------------------------------------------------
// Operators

const binaryOperators: Readonly<Record<string, Operator>> = {
  "+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "**": "Pow", "<<": "LShift",
  ">>": "RShift", "|": "BitOr", "^": "BitXor", "&": "BitAnd", "//": "FloorDiv",
};
const unaryOperators: Readonly<Record<string, UnaryOperator>> = { "+": "UAdd", "-": "USub", "~": "Invert" };
const comparisonOperators: Readonly<Record<string, CmpOperator>> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE", is: "Is", "is not": "IsNot",
  in: "In", "not in": "NotIn",
};

function operatorOf(node: CstNode): string {
  return field(node, "operator")?.type ?? "";
}

/** Python's binary operator precedence, loosest first; `**` alone is right-associative. */
const binaryPrecedence: Readonly<Record<Operator, number>> = {
  BitOr: 1, BitXor: 2, BitAnd: 3, LShift: 4, RShift: 4, Add: 5, Sub: 5,
  Mult: 6, MatMult: 6, Div: 6, FloorDiv: 6, Mod: 6, Pow: 7,
};

/**
 * tree-sitter-python ranks `^` above `&` (it reads `a ^ b & c` as `(a ^ b) & c`), so a chain of
 * binary operators is flattened to its operands and operators in source order and re-associated
 * with Python's own precedence (precedence climbing). Parenthesized operands stay opaque.
 */
function convertBinary(cx: ConvertContext, node: CstNode): Expr {
  const operands: CstNode[] = [];
  const operators: Operator[] = [];
  const flatten = (n: CstNode): void => {
    const left = field(n, "left");
    const right = field(n, "right");
    if (left?.type === "binary_operator") flatten(left);
    else if (left) operands.push(left);
    operators.push(binaryOperators[operatorOf(n)] ?? "Add");
    if (right?.type === "binary_operator") flatten(right);
    else if (right) operands.push(right);
  };
  flatten(node);
  if (operands.length !== operators.length + 1) return cx.placeholder(node);
  const converted = operands.map((o) => convertExpr(cx, o));
  let position = 0;
  const climb = (minimum: number): Expr => {
    let left = converted[position]!;
    while (position < operators.length && binaryPrecedence[operators[position]!] >= minimum) {
      const op = operators[position]!;
      position++;
      const precedence = binaryPrecedence[op];
      const right = climb(op === "Pow" ? precedence : precedence + 1);
      left = { kind: "BinOp", left, op, right, start: left.start, end: right.end };
    }
    return left;
  };
  return climb(1);
}

function unary(node: CstNode, op: UnaryOperator, operand: Expr): Expr {
  return { kind: "UnaryOp", op, operand, start: node.start, end: node.end };
}

function convertUnary(cx: ConvertContext, node: CstNode): Expr {
  return unary(node, unaryOperators[operatorOf(node)] ?? "UAdd", convertExpr(cx, field(node, "argument")));
}

/** `a and b and c` is one BoolOp with three values; a parenthesized `(a and b) and c` is not. */
function convertBoolean(cx: ConvertContext, node: CstNode): Expr {
  const op: BoolOperator = operatorOf(node) === "or" ? "Or" : "And";
  const values: Expr[] = [];
  let current: CstNode | undefined = node;
  const rights: CstNode[] = [];
  while (current?.type === "boolean_operator" && operatorOf(current) === operatorOf(node)) {
    rights.push(field(current, "right")!);
    current = field(current, "left");
  }
  values.push(convertExpr(cx, current));
  for (let i = rights.length - 1; i >= 0; i--) values.push(convertExpr(cx, rights[i]));
  return { kind: "BoolOp", op, values, start: node.start, end: node.end };
}

function convertComparison(cx: ConvertContext, node: CstNode): Expr {
  const operands = node.children.filter((c) => c.named).map((c) => convertExpr(cx, c));
  const ops = node.children
    .filter((c) => c.field === "operators")
    .map((c) => comparisonOperators[cx.text(c).replace(/\s+/g, " ")] ?? badOperator(cx, c));
  const [left, ...comparators] = operands;
  return { kind: "Compare", left: left ?? cx.placeholder(node), ops, comparators, start: node.start, end: node.end };
}

/** `<>` is Python 2 (only `barry_as_FLUFL` brings it back). */
function badOperator(cx: ConvertContext, node: CstNode): CmpOperator {
  cx.error("PY1000", node.start, node.end, "invalid syntax");
  return "NotEq";
}

function convertConditional(cx: ConvertContext, node: CstNode): Expr {
  const [body, test, orelse] = namedChildren(node).map((c) => convertExpr(cx, c));
  const missing = cx.placeholder(node);
  return { kind: "IfExp", test: test ?? missing, body: body ?? missing, orelse: orelse ?? missing, start: node.start, end: node.end };
}

function convertNamed(cx: ConvertContext, node: CstNode): Expr {
  const name = field(node, "name");
  const target = { kind: "Name" as const, id: name ? cx.name(name) : "", ctx: "Store" as const, start: name?.start ?? node.start, end: name?.end ?? node.start };
  return { kind: "NamedExpr", target, value: convertExpr(cx, field(node, "value")), start: node.start, end: node.end };
}

function convertLambda(cx: ConvertContext, node: CstNode): Expr {
  const args = convertLambdaParameters(cx, field(node, "parameters"));
  return { kind: "Lambda", args, body: convertExpr(cx, field(node, "body")), start: node.start, end: node.end };
}

// ---------------------------------------------------------------------------------------------
// Annotations: tree-sitter's `type` grammar, mapped back to the expressions Python 3.11 sees

/** `list[int]`, `dict[str, int]`: a Subscript whose slice is one type or a Tuple. */
function convertGenericType(cx: ConvertContext, node: CstNode): Expr {
  const params = node.children.find((c) => c.type === "type_parameter");
  const value = convertExpr(cx, node.children[0]);
  const types = params ? namedChildren(params) : [];
  const single = types.length === 1 && params && !hasToken(params, ",") ? convertExpr(cx, types[0]) : undefined;
  const slice = single && single.kind !== "Starred" ? single : tupleOf(cx, params ?? node, types);
  return { kind: "Subscript", value, slice, ctx: "Load", start: node.start, end: node.end };
}

function convertUnionType(cx: ConvertContext, node: CstNode): Expr {
  const [left, right] = namedChildren(node).map((c) => convertExpr(cx, c));
  const missing = cx.placeholder(node);
  return { kind: "BinOp", left: left ?? missing, op: "BitOr", right: right ?? missing, start: node.start, end: node.end };
}

function convertMemberType(cx: ConvertContext, node: CstNode): Expr {
  const [value, name] = namedChildren(node);
  return { kind: "Attribute", value: convertExpr(cx, value), attr: name ? cx.name(name) : "", ctx: "Load", start: node.start, end: node.end };
}

/** `*Ts` (PEP 646, 3.11); `**P` is 3.12 type parameter syntax. */
function convertSplatType(cx: ConvertContext, node: CstNode): Expr {
  if (hasToken(node, "**")) return unexpected(cx, node);
  return { kind: "Starred", value: convertExpr(cx, firstNamed(node)), ctx: "Load", start: node.start, end: node.end };
}

function convertYield(cx: ConvertContext, node: CstNode): Expr {
  const operand = firstNamed(node);
  if (hasToken(node, "from")) return { kind: "YieldFrom", value: convertExpr(cx, operand), start: node.start, end: node.end };
  return { kind: "Yield", value: operand ? convertExpr(cx, operand) : null, start: node.start, end: node.end };
}
