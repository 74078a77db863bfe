/** Generic traversal of the Python AST (nodes are plain objects discriminated by `kind`). */
import type * as py from "../python/ast";
import { nodeFieldsOf } from "../python/nodeFields";

type AnyNode = { readonly kind: string };

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}

/** Calls `each` with the direct child nodes of `node` and their fields, in field order (comments excluded), allocating nothing. */
export function forEachChild(node: AnyNode, each: (child: AnyNode, field: string) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const key of nodeFieldsOf(node)) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) each(item, key);
    } else if (isNode(value)) {
      each(value, key);
    }
  }
}

/** Whether `test` holds for some direct child of `node`. */
export function someChild(node: AnyNode, test: (child: AnyNode) => boolean): boolean {
  let found = false;
  forEachChild(node, (child) => {
    if (!found && test(child)) found = true;
  });
  return found;
}

/** Whether `test` holds for `node` or one of its descendants (the search stops at the first). */
export function someNode(node: AnyNode, test: (node: AnyNode) => boolean): boolean {
  let found = false;
  walk(node, (n) => {
    found ||= test(n);
    return !found;
  });
  return found;
}

/** Visits `node` and its descendants depth-first; `visit` returns false to skip a subtree. */
export function walk(node: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  if (visit(node) === false) return;
  forEachChild(node, (child) => walk(child, visit));
}

const statementLevelKinds = new Set([
  "Module", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
  "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "match_case", "Raise", "Try", "TryStar",
  "ExceptHandler", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);

/** Statements and the nodes that hold statement blocks (handlers, match cases): what a statement-only walk visits. */
export function isStatementLevel(node: AnyNode): boolean {
  return statementLevelKinds.has(node.kind);
}

/** Whether a node opens a new Python scope (its body's names are not the enclosing function's). */
export function isScopeNode(node: AnyNode): node is py.FunctionDef | py.ClassDef | py.Lambda | py.ListComp | py.DictComp {
  switch (node.kind) {
    case "FunctionDef":
    case "AsyncFunctionDef":
    case "ClassDef":
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return true;
    default:
      return false;
  }
}

/** Names bound by an assignment target (`a`, `a, (b, *c)`); attributes and subscripts bind nothing. */
export function targetNames(target: py.Expr): py.Name[] {
  switch (target.kind) {
    case "Name":
      return [target];
    case "Tuple":
    case "List":
      return target.elts.flatMap(targetNames);
    case "Starred":
      return targetNames(target.value);
    default:
      return [];
  }
}

/** Whether the statement list can fall off its end (a light check: return/raise at the end, if/else). */
export function canFallThrough(body: readonly py.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return true;
  switch (last.kind) {
    case "Return":
    case "Raise":
      return false;
    case "If":
      return last.orelse.length === 0 || canFallThrough(last.body) || canFallThrough(last.orelse);
    case "While":
      return !(last.test.kind === "Constant" && last.test.value === true);
    case "Try":
    case "TryStar":
      if (last.finalbody.length > 0 && !canFallThrough(last.finalbody)) return false;
      return canFallThrough(last.orelse.length > 0 ? last.orelse : last.body) || last.handlers.some((h) => canFallThrough(h.body));
    default:
      return true;
  }
}

/** Whether a block always leaves (return, raise, break or continue at its end, on every path). */
export function alwaysExits(body: readonly py.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (last && (last.kind === "Break" || last.kind === "Continue")) return true;
  if (last?.kind === "If" && last.orelse.length > 0) return alwaysExits(last.body) && alwaysExits(last.orelse);
  return !canFallThrough(body);
}

/** The statement blocks directly inside a statement: bodies, `else`s, handlers, `finally`, match cases. */
export function statementBlocks(stmt: py.Stmt): (readonly py.Stmt[])[] {
  switch (stmt.kind) {
    case "If":
    case "While":
    case "For":
    case "AsyncFor":
      return [stmt.body, stmt.orelse];
    case "With":
    case "AsyncWith":
      return [stmt.body];
    case "Try":
    case "TryStar":
      return [stmt.body, ...stmt.handlers.map((h) => h.body), stmt.orelse, stmt.finalbody];
    case "Match":
      return stmt.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** Whether a function body yields (not counting nested functions, lambdas and classes). */
export function containsYield(body: readonly py.Stmt[]): boolean {
  let found = false;
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (found || node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") return false;
      if (node.kind === "Yield" || node.kind === "YieldFrom") found = true;
      return !found;
    });
  }
  return found;
}

/** Whether a `return`, `break` or `continue` in the block leaves it early (jumps inside nested loops or functions do not). */
export function mayJumpOut(body: readonly py.Stmt[]): boolean {
  const visit = (node: { readonly kind: string }, inLoop: boolean): boolean => {
    if (isScopeNode(node)) return false;
    if (node.kind === "Return") return true;
    if ((node.kind === "Break" || node.kind === "Continue") && !inLoop) return true;
    const loop = node.kind === "For" || node.kind === "AsyncFor" || node.kind === "While";
    if (loop) {
      const l = node as py.For | py.While;
      // A loop's `else` is outside the loop as far as break/continue go.
      return l.body.some((b) => visit(b, true)) || l.orelse.some((b) => visit(b, inLoop));
    }
    return someChild(node, (child) => visit(child, inLoop));
  };
  return body.some((stmt) => visit(stmt, false));
}

/**
 * A `with`/`async with` block that can be a function of its own (`await asyncWith(cm, async (x) => {...})`):
 * nothing in it leaves it early (return, break, continue) or yields, which a function body cannot do for
 * the function around it.
 */
export function blockRunsAsFunction(s: py.With): boolean {
  return !mayJumpOut(s.body) && !containsYield(s.body);
}

/**
 * The `:=` targets inside a comprehension, nested comprehensions included: PEP 572 binds them in the scope
 * around the comprehension, not in the comprehension's own. A lambda's body is its own scope.
 */
export function comprehensionWalrusTargets(comp: AnyNode): py.Name[] {
  const found: py.Name[] = [];
  walk(comp, (node) => {
    if (node.kind === "Lambda") return false;
    if (node.kind === "NamedExpr") found.push((node as py.NamedExpr).target);
    return true;
  });
  return found;
}
