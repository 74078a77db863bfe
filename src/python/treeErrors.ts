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
  const tokens = leaves(error);
  const first = tokens[0];
  if (!first) return at(error.start, "invalid syntax");
  const firstLine = tokens.filter((t) => !hasNewline(source, first.start, t.start));
  const last = firstLine[firstLine.length - 1] ?? first;
  if (headerKeywords.has(first.type) && !firstLine.some((t) => t.type === ":")) return at(last.end, "expected ':'");
  if (cannotStart.has(first.type)) return at(first.start, "invalid syntax");
  return at(last.end, "invalid syntax");
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
