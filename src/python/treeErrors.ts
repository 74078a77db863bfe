/**
 * Turns tree-sitter's error recovery (ERROR nodes, zero-width MISSING tokens) into one diagnostic
 * worded and placed as CPython would: CPython stops at the first syntax error, and so does this.
 * Runs only when the token checks found nothing (a bad token is the better explanation).
 */
import { diagnostic, type Diagnostic } from "../core/diagnostics";
import type { CstNode } from "./cst";

/** Keywords that open a compound statement's header, which must end with `:`. */
const headerKeywords = new Set(["if", "elif", "else", "while", "for", "def", "class", "with", "try", "except", "finally", "async"]);
/** Tokens that cannot start a statement: CPython fails right on them. */
const cannotStart = new Set(["else", "elif", "except", "finally", "as", "in", "is", "and", "or", ")", "]", "}", ",", "=", ".", ":"]);

export function treeErrors(source: string, root: CstNode): Diagnostic[] {
  const error = firstError(root);
  if (!error) return [];
  const at = (offset: number, message: string): Diagnostic[] => {
    const start = Math.max(0, Math.min(offset, source.length));
    return [diagnostic(message === "expected ':'" ? "PY1001" : "PY1000", { start, end: Math.min(start + 1, source.length) }, message)];
  };
  if (error.missing) return at(error.start, error.type === ":" ? "expected ':'" : "invalid syntax");
  const target = invalidTarget(error, parent(root, error));
  if (target) return [diagnostic("PY1008", { start: target.at, end: target.at + 1 }, target.message)];
  const tokens = leaves(error);
  const first = tokens[0];
  if (!first) return at(error.start, "invalid syntax");
  const firstLine = tokens.filter((t) => !hasNewline(source, first.start, t.start));
  const last = firstLine[firstLine.length - 1] ?? first;
  if (headerKeywords.has(first.type) && !firstLine.some((t) => t.type === ":")) return at(last.end, "expected ':'");
  if (cannotStart.has(first.type)) return at(first.start, "invalid syntax");
  const conditional = error.children.findIndex((c, i) => c.type === "if" && i > 0);
  if (conditional > 0 && !error.children.some((c) => c.type === "else")) {
    return at(error.children[conditional - 1]!.start, "expected 'else' after 'if' expression");
  }
  return at(last.end, "invalid syntax");
}

/** What CPython calls an expression in "cannot assign to ..." (`_PyPegen_get_expr_name`). */
const expressionNames: Readonly<Record<string, string>> = {
  call: "function call", integer: "literal", float: "literal", string: "literal", concatenated_string: "literal",
  true: "True", false: "False", none: "None", ellipsis: "ellipsis", binary_operator: "expression",
  unary_operator: "expression", boolean_operator: "expression", not_operator: "expression",
  comparison_operator: "comparison", conditional_expression: "conditional expression", lambda: "lambda",
  await: "await expression", yield: "yield expression", named_expression: "named expression",
  list_comprehension: "list comprehension", set_comprehension: "set comprehension",
  dictionary_comprehension: "dict comprehension", generator_expression: "generator expression",
  dictionary: "dict literal", set: "set display",
};

/**
 * tree-sitter cannot build `f() = 1`, `f() += 1` or `for f() in x:` and leaves an ERROR right
 * after the expression; CPython names the expression that cannot be assigned to.
 */
function invalidTarget(error: CstNode, parentNode: CstNode | undefined): { at: number; message: string } | undefined {
  const children = error.children;
  const equals = children.findIndex((c) => c.type === "=");
  const before = children[equals - 1];
  if (equals > 0 && before && expressionNames[before.type]) {
    const what = expressionNames[before.type]!;
    const hint = what === "literal" || what === "function call" || what === "expression" || what === "comparison";
    return { at: before.start, message: `cannot assign to ${what}${hint ? " here. Maybe you meant '==' instead of '='?" : ""}` };
  }
  if (children.length === 1 && children[0]!.type === "=" && parentNode?.type === "binary_operator") {
    const left = parentNode.children.find((c) => c.field === "left");
    const what = left && expressionNames[left.type];
    if (left && what) return { at: left.start, message: `'${what}' is an illegal expression for augmented assignment` };
  }
  const target = children[1];
  if (children[0]?.type === "for" && target && expressionNames[target.type]) {
    return { at: target.start, message: `cannot assign to ${expressionNames[target.type]!}` };
  }
  return undefined;
}

function parent(root: CstNode, node: CstNode): CstNode | undefined {
  for (const child of root.children) {
    if (child === node) return root;
    if (child.start <= node.start && node.end <= child.end) {
      const found = parent(child, node);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first ERROR or MISSING node in document order. */
function firstError(node: CstNode): CstNode | undefined {
  if (node.type === "ERROR" || node.missing) return node;
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return undefined;
}

function leaves(node: CstNode, out: CstNode[] = []): CstNode[] {
  if (node.children.length === 0) out.push(node);
  for (const child of node.children) leaves(child, out);
  return out;
}

function hasNewline(source: string, from: number, to: number): boolean {
  const slice = source.slice(from, to);
  return slice.includes("\n") || slice.includes("\r");
}
