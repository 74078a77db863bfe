/**
 * Statements: one converter per tree-sitter statement type, dispatched by `convertStatement`.
 * Statements tree-sitter could not parse at all (ERROR nodes) are left out, so a module with errors
 * still holds every statement that parsed; the errors themselves are reported by treeErrors.ts.
 */
import type {
  Alias, ExceptHandler, Expr, FunctionDef, Keyword, Stmt, WithItem,
} from "./ast";
import type { ConvertContext } from "./context";
import { convertCallArguments, convertParameters } from "./convertArguments";
import { convertExpr } from "./convertExpressions";
import { convertMatch } from "./convertPatterns";
import { field, fields, firstNamed, hasToken, namedChildren, type CstNode } from "./cst";
import { toTarget } from "./targets";

export function convertBody(cx: ConvertContext, node: CstNode | undefined): Stmt[] {
  const body: Stmt[] = [];
  for (const child of node?.children ?? []) {
    if (!child.named || child.type === "ERROR") continue;
    const stmt = convertStatement(cx, child);
    if (stmt) body.push(stmt);
  }
  return body;
}

function convertStatement(cx: ConvertContext, node: CstNode): Stmt | undefined {
  switch (node.type) {
    // Simple statements
    case "expression_statement": return convertExpressionStatement(cx, node);
    case "return_statement": return { kind: "Return", value: optionalValue(cx, node), ...span(node) };
    case "delete_statement": return convertDelete(cx, node);
    case "raise_statement": return convertRaise(cx, node);
    case "pass_statement": return { kind: "Pass", ...span(node) };
    case "break_statement": return { kind: "Break", ...span(node) };
    case "continue_statement": return { kind: "Continue", ...span(node) };
    case "global_statement": return { kind: "Global", names: identifiers(cx, node), ...span(node) };
    case "nonlocal_statement": return { kind: "Nonlocal", names: identifiers(cx, node), ...span(node) };
    case "import_statement": return { kind: "Import", names: aliases(cx, fields(node, "name")), ...span(node) };
    case "import_from_statement": return convertImportFrom(cx, node);
    case "future_import_statement": return convertFutureImport(cx, node);
    case "assert_statement": return convertAssert(cx, node);
    // Compound statements
    case "if_statement": return convertIf(cx, node);
    case "for_statement": return convertFor(cx, node);
    case "while_statement": return convertWhile(cx, node);
    case "try_statement": return convertTry(cx, node);
    case "with_statement": return convertWith(cx, node);
    case "function_definition": return convertFunction(cx, node, []);
    case "class_definition": return convertClass(cx, node, []);
    case "decorated_definition": return convertDecorated(cx, node);
    case "match_statement": return convertMatch(cx, node, convertBody);
    case "print_statement": return convertPrint(cx, node);
    default:
      // exec_statement (Python 2), type_alias_statement (3.12): not Python 3.11.
      cx.error("PY1000", node.start, node.end, "invalid syntax");
      return undefined;
  }
}

function span(node: CstNode): { start: number; end: number } {
  return { start: node.start, end: node.end };
}

function optionalValue(cx: ConvertContext, node: CstNode): Expr | null {
  const value = firstNamed(node);
  return value ? convertExpr(cx, value) : null;
}

function identifiers(cx: ConvertContext, node: CstNode): string[] {
  return namedChildren(node).map((c) => cx.name(c));
}

// ---------------------------------------------------------------------------------------------
// Expression statements and assignments

function convertExpressionStatement(cx: ConvertContext, node: CstNode): Stmt {
  const items = namedChildren(node);
  const first = items[0];
  if (items.length === 1 && first?.type === "assignment") return convertAssignment(cx, first);
  if (items.length === 1 && first?.type === "augmented_assignment") return convertAugmented(cx, first);
  const value: Expr = items.length === 1 && !hasToken(node, ",")
    ? convertExpr(cx, first)
    : { kind: "Tuple", elts: items.map((c) => convertExpr(cx, c)), ctx: "Load", ...span(node) };
  return { kind: "Expr", value, ...span(node) };
}

/**
 * tree-sitter keeps Python 2's print statement. `print >> f, x` is still valid Python 3 (a tuple
 * holding a shift); `print x` is not.
 */
function convertPrint(cx: ConvertContext, node: CstNode): Stmt | undefined {
  const chevron = node.children.find((c) => c.type === "chevron");
  const keyword = node.children[0]!;
  if (!chevron) {
    cx.error("PY1000", node.start, node.end, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    return undefined;
  }
  const print: Expr = { kind: "Name", id: "print", ctx: "Load", ...span(keyword) };
  const shift: Expr = { kind: "BinOp", left: print, op: "RShift", right: convertExpr(cx, firstNamed(chevron)), start: node.start, end: chevron.end };
  const rest = fields(node, "argument").map((c) => convertExpr(cx, c));
  const value: Expr = hasToken(node, ",") ? { kind: "Tuple", elts: [shift, ...rest], ctx: "Load", ...span(node) } : shift;
  return { kind: "Expr", value, ...span(node) };
}

/** `a = b = value` nests in tree-sitter (`a = (b = value)`); CPython lists the targets. */
function convertAssignment(cx: ConvertContext, node: CstNode): Stmt {
  const annotation = field(node, "type");
  if (annotation) return convertAnnotated(cx, node, annotation);
  const targets: Expr[] = [];
  let current: CstNode | undefined = node;
  while (current?.type === "assignment" && !field(current, "type")) {
    targets.push(toTarget(cx, convertExpr(cx, field(current, "left")), "Store", "assign"));
    current = field(current, "right");
  }
  if (current?.type === "assignment" || current?.type === "augmented_assignment") {
    cx.error("PY1000", current.start, current.end, "invalid syntax");
  }
  return { kind: "Assign", targets, value: convertExpr(cx, current), type_comment: null, ...span(node) };
}

function convertAnnotated(cx: ConvertContext, node: CstNode, annotation: CstNode): Stmt {
  const left = field(node, "left");
  const right = field(node, "right");
  const target = toTarget(cx, convertExpr(cx, left), "Store", "annotated");
  // `(x): int` is not "simple": the name was parenthesized.
  const simple = left?.type === "identifier" && cx.source.charCodeAt(node.start) !== 40 /* ( */ ? 1 : 0;
  const value = right ? convertExpr(cx, right) : null;
  return { kind: "AnnAssign", target, annotation: convertExpr(cx, annotation), value, simple, ...span(node) };
}

const augmentedOperators = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "**=": "Pow", "<<=": "LShift",
  ">>=": "RShift", "|=": "BitOr", "^=": "BitXor", "&=": "BitAnd", "//=": "FloorDiv",
} as const;

function convertAugmented(cx: ConvertContext, node: CstNode): Stmt {
  const operator = field(node, "operator")?.type ?? "+=";
  const op = augmentedOperators[operator as keyof typeof augmentedOperators] ?? "Add";
  const target = toTarget(cx, convertExpr(cx, field(node, "left")), "Store", "augassign");
  return { kind: "AugAssign", target, op, value: convertExpr(cx, field(node, "right")), ...span(node) };
}

/** `del a, b` has two targets; `del (a, b)` one Tuple target. */
function convertDelete(cx: ConvertContext, node: CstNode): Stmt {
  const operand = firstNamed(node);
  const items = operand?.type === "expression_list" ? namedChildren(operand) : operand ? [operand] : [];
  const targets = items.map((c) => toTarget(cx, convertExpr(cx, c), "Del", "del"));
  return { kind: "Delete", targets, ...span(node) };
}

function convertRaise(cx: ConvertContext, node: CstNode): Stmt {
  const cause = field(node, "cause");
  const exc = node.children.find((c) => c.named && c.field !== "cause");
  if (exc?.type === "expression_list") cx.error("PY1000", exc.start, exc.end, "invalid syntax");
  return { kind: "Raise", exc: exc ? convertExpr(cx, exc) : null, cause: cause ? convertExpr(cx, cause) : null, ...span(node) };
}

function convertAssert(cx: ConvertContext, node: CstNode): Stmt {
  const [test, msg] = namedChildren(node);
  return { kind: "Assert", test: convertExpr(cx, test), msg: msg ? convertExpr(cx, msg) : null, ...span(node) };
}

// ---------------------------------------------------------------------------------------------
// Imports

/** `a . b` is the module `a.b`: names are rebuilt from their identifiers, without the spaces. */
function dottedName(cx: ConvertContext, node: CstNode | undefined): string {
  if (!node) return "";
  if (node.type !== "dotted_name") return cx.text(node);
  return namedChildren(node).map((c) => cx.name(c)).join(".");
}

function aliases(cx: ConvertContext, nodes: readonly CstNode[]): Alias[] {
  return nodes.map((n) => {
    if (n.type !== "aliased_import") return { kind: "alias", name: dottedName(cx, n), asname: null, ...span(n) };
    const alias = field(n, "alias");
    return { kind: "alias", name: dottedName(cx, field(n, "name")), asname: alias ? cx.name(alias) : null, ...span(n) };
  });
}

function importedNames(cx: ConvertContext, node: CstNode): Alias[] {
  const wildcard = node.children.find((c) => c.type === "wildcard_import");
  if (wildcard) return [{ kind: "alias", name: "*", asname: null, ...span(wildcard) }];
  return aliases(cx, fields(node, "name"));
}

function convertImportFrom(cx: ConvertContext, node: CstNode): Stmt {
  const moduleName = field(node, "module_name");
  let level = 0;
  let module: string | null = null;
  if (moduleName?.type === "relative_import") {
    const prefix = moduleName.children.find((c) => c.type === "import_prefix");
    level = prefix ? cx.text(prefix).replace(/\s+/g, "").length : 0;
    const dotted = moduleName.children.find((c) => c.type === "dotted_name");
    module = dotted ? dottedName(cx, dotted) : null;
  } else {
    module = dottedName(cx, moduleName);
  }
  return { kind: "ImportFrom", module, names: importedNames(cx, node), level, ...span(node) };
}

function convertFutureImport(cx: ConvertContext, node: CstNode): Stmt {
  return { kind: "ImportFrom", module: "__future__", names: importedNames(cx, node), level: 0, ...span(node) };
}

// ---------------------------------------------------------------------------------------------
// Compound statements

function convertIf(cx: ConvertContext, node: CstNode): Stmt {
  const test = convertExpr(cx, field(node, "condition"));
  const body = convertBody(cx, field(node, "consequence"));
  return { kind: "If", test, body, orelse: elseChain(cx, fields(node, "alternative")), ...span(node) };
}

/** `elif` clauses become an If nested in the previous one's `orelse`. */
function elseChain(cx: ConvertContext, clauses: readonly CstNode[]): Stmt[] {
  const [clause, ...rest] = clauses;
  if (!clause) return [];
  if (clause.type === "else_clause") return convertBody(cx, field(clause, "body"));
  const test = convertExpr(cx, field(clause, "condition"));
  const body = convertBody(cx, field(clause, "consequence"));
  const end = rest.length > 0 ? rest[rest.length - 1]!.end : clause.end;
  return [{ kind: "If", test, body, orelse: elseChain(cx, rest), start: clause.start, end }];
}

function elseBody(cx: ConvertContext, node: CstNode): Stmt[] {
  const clause = field(node, "alternative");
  return clause ? convertBody(cx, field(clause, "body")) : [];
}

function convertFor(cx: ConvertContext, node: CstNode): Stmt {
  const kind = hasToken(node, "async") ? "AsyncFor" : "For";
  const target = toTarget(cx, convertExpr(cx, field(node, "left")), "Store", "for");
  const iter = convertExpr(cx, field(node, "right"));
  const body = convertBody(cx, field(node, "body"));
  return { kind, target, iter, body, orelse: elseBody(cx, node), type_comment: null, ...span(node) };
}

function convertWhile(cx: ConvertContext, node: CstNode): Stmt {
  const test = convertExpr(cx, field(node, "condition"));
  return { kind: "While", test, body: convertBody(cx, field(node, "body")), orelse: elseBody(cx, node), ...span(node) };
}

function convertTry(cx: ConvertContext, node: CstNode): Stmt {
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let star = false;
  let firstStar: boolean | undefined;
  for (const clause of node.children) {
    if (clause.type === "except_clause") {
      const starred = hasToken(clause, "*") || hasToken(clause, "except*");
      firstStar ??= starred;
      if (starred !== firstStar) {
        cx.error("PY1000", clause.start, clause.start + (starred ? 7 : 6), "cannot have both 'except' and 'except*' on the same 'try'");
        firstStar = starred; // one report per change of kind, as CPython stops at the first
      }
      star ||= starred;
      handlers.push(convertHandler(cx, clause));
    } else if (clause.type === "else_clause") orelse = convertBody(cx, field(clause, "body"));
    else if (clause.type === "finally_clause") finalbody = convertBody(cx, firstNamed(clause));
  }
  const body = convertBody(cx, field(node, "body"));
  if (handlers.length === 0 && !node.children.some((c) => c.type === "finally_clause")) {
    cx.error("PY1000", node.end, node.end, "expected 'except' or 'finally' block");
  }
  return { kind: star ? "TryStar" : "Try", body, handlers, orelse, finalbody, ...span(node) };
}

function convertHandler(cx: ConvertContext, clause: CstNode): ExceptHandler {
  const values = fields(clause, "value");
  let typeNode: CstNode | undefined = values[0];
  let alias: CstNode | undefined = field(clause, "alias");
  if (typeNode?.type === "as_pattern") {
    alias = field(typeNode, "alias");
    typeNode = firstNamed(typeNode);
  }
  if (values.length > 1) cx.error("PY1000", values[1]!.start, values[1]!.end, "multiple exception types must be parenthesized");
  const name = alias ? cx.name(firstNamed(alias) ?? alias) : null;
  const block = clause.children.find((c) => c.type === "block");
  return { kind: "ExceptHandler", type: typeNode ? convertExpr(cx, typeNode) : null, name, body: convertBody(cx, block), ...span(clause) };
}

function convertWith(cx: ConvertContext, node: CstNode): Stmt {
  const kind = hasToken(node, "async") ? "AsyncWith" : "With";
  const clause = node.children.find((c) => c.type === "with_clause");
  const itemNodes = clause ? namedChildren(clause) : [];
  const items = itemNodes.flatMap((item) => withItems(cx, item, itemNodes.length === 1));
  return { kind, items, body: convertBody(cx, field(node, "body")), type_comment: null, ...span(node) };
}

/**
 * Since 3.9, `with (a, b):` and `with (a as x, b):` hold two context managers, not one tuple
 * (CPython's grammar tries the parenthesized form first); `with (a, b) as c:` still binds a tuple.
 */
function withItems(cx: ConvertContext, item: CstNode, only: boolean): WithItem[] {
  const value = field(item, "value");
  const parenthesized = only && (value?.type === "tuple" || value?.type === "parenthesized_expression");
  if (parenthesized && !namedChildren(value).some((c) => c.type === "list_splat" || c.type === "yield")) {
    return namedChildren(value).map((c) => withItem(cx, c));
  }
  return value ? [withItem(cx, value)] : [];
}

function withItem(cx: ConvertContext, value: CstNode): WithItem {
  if (value.type !== "as_pattern") return { kind: "withitem", context_expr: convertExpr(cx, value), optional_vars: null };
  const alias = field(value, "alias");
  const target = toTarget(cx, convertExpr(cx, alias ? firstNamed(alias) : undefined), "Store", "with");
  return { kind: "withitem", context_expr: convertExpr(cx, firstNamed(value)), optional_vars: target };
}

function convertFunction(cx: ConvertContext, node: CstNode, decorator_list: Expr[]): FunctionDef {
  const name = field(node, "name");
  const returns = field(node, "return_type");
  return {
    kind: hasToken(node, "async") ? "AsyncFunctionDef" : "FunctionDef",
    name: name ? cx.name(name) : "",
    args: convertParameters(cx, field(node, "parameters")),
    body: convertBody(cx, field(node, "body")),
    decorator_list,
    returns: returns ? convertExpr(cx, returns) : null,
    type_comment: null,
    ...span(node),
  };
}

function convertClass(cx: ConvertContext, node: CstNode, decorator_list: Expr[]): Stmt {
  const name = field(node, "name");
  const superclasses = field(node, "superclasses");
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (superclasses) ({ args: bases, keywords } = convertCallArguments(cx, superclasses));
  const body = convertBody(cx, field(node, "body"));
  return { kind: "ClassDef", name: name ? cx.name(name) : "", bases, keywords, body, decorator_list, ...span(node) };
}

function convertDecorated(cx: ConvertContext, node: CstNode): Stmt | undefined {
  const decorators = node.children.filter((c) => c.type === "decorator").map((d) => convertExpr(cx, firstNamed(d)));
  const definition = field(node, "definition");
  // As in CPython, the definition's span starts at `def`/`class`, not at the first decorator.
  if (definition?.type === "function_definition") return convertFunction(cx, definition, decorators);
  if (definition?.type === "class_definition") return convertClass(cx, definition, decorators);
  return undefined;
}
