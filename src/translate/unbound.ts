/**
 * Reads of a function's local that may run before any assignment: Python raises UnboundLocalError there, while a
 * hoisted `let x` would read `undefined` and print None. A read is proven safe when an earlier statement of its
 * block, or of a block around it, assigns the name on every path (or leaves the block), or when the statement
 * around it binds the name for its body (`for x in`, `with ... as x`, `except ... as x`, a `:=` in an `if` test).
 * Every other read is checked at run time.
 */
import type * as py from "../python/ast";
import { forEachChild, targetNames } from "./astWalk";

/** One occurrence of the name (see scopes.ts' Occurrence). */
export interface Use {
  readonly offset: number;
  readonly store: boolean;
  readonly deferred?: boolean;
  readonly nested?: boolean;
  readonly chain: readonly { readonly block: readonly py.Stmt[]; readonly stmt: py.Stmt }[];
}

/** The offsets of the direct reads of `name` that no assignment is sure to precede. */
export function maybeUnboundReads(name: string, uses: readonly Use[]): number[] {
  return uses.filter((u) => !u.store && !u.nested && !u.deferred && !provenAssigned(name, u)).map((u) => u.offset);
}

function provenAssigned(name: string, read: Use): boolean {
  return read.chain.some(({ block, stmt }, depth) => {
    const before = block.slice(0, block.indexOf(stmt));
    if (before.some((s) => assigns(s, name))) return true;
    const inner = read.chain[depth + 1];
    return inner !== undefined && bindsForBody(stmt, inner.block, name);
  });
}

const named = (targets: readonly (py.Expr | null)[], name: string) => targets.some((t) => t !== null && targetNames(t).some((n) => n.id === name));

/** Whether `stmt`'s header binds `name` for the block `body` of it. */
function bindsForBody(stmt: py.Stmt, body: readonly py.Stmt[], name: string): boolean {
  switch (stmt.kind) {
    case "For":
    case "AsyncFor":
      return body === stmt.body && named([stmt.target], name);
    case "With":
    case "AsyncWith":
      return named(stmt.items.map((i) => i.optional_vars), name) || stmt.items.some((i) => walrusAlways(i.context_expr, name));
    case "If":
    case "While":
      return walrusAlways(stmt.test, name);
    case "Try":
    case "TryStar":
      return stmt.handlers.some((h) => h.name === name && h.body === body);
    default:
      return false;
  }
}

/** Whether every path through `block` assigns `name` or leaves the block (the code after it runs only if it does). */
function blockAssigns(block: readonly py.Stmt[], name: string): boolean {
  return block.some((s) => assigns(s, name));
}

/** Whether running `stmt` to its end assigns `name` on every path that continues after it. */
function assigns(stmt: py.Stmt, name: string): boolean {
  switch (stmt.kind) {
    case "Return":
    case "Raise":
    case "Break":
    case "Continue":
      return true;
    case "Assign":
      return named(stmt.targets, name) || walrusAlways(stmt.value, name);
    case "AugAssign":
    case "AnnAssign":
      return (stmt.kind === "AugAssign" || stmt.value !== null) && named([stmt.target], name);
    case "FunctionDef":
    case "AsyncFunctionDef":
    case "ClassDef":
      return stmt.name === name;
    case "Import":
    case "ImportFrom":
      return stmt.names.some((a) => (a.asname ?? a.name.split(".")[0]) === name);
    case "Expr":
      return walrusAlways(stmt.value, name);
    case "If":
      return walrusAlways(stmt.test, name) || (blockAssigns(stmt.body, name) && blockAssigns(stmt.orelse, name));
    case "While":
      return walrusAlways(stmt.test, name);
    case "For":
    case "AsyncFor":
      return walrusAlways(stmt.iter, name);
    case "With":
    case "AsyncWith":
      return bindsForBody(stmt, stmt.body, name) || blockAssigns(stmt.body, name);
    case "Try":
    case "TryStar":
      return blockAssigns(stmt.finalbody, name) || (blockAssigns([...stmt.body, ...stmt.orelse], name) && stmt.handlers.every((h) => blockAssigns(h.body, name)));
    default:
      return false;
  }
}

/** Whether evaluating `e` always runs a `name := ...` (not one behind `and`/`or`, `if`-`else`, a lambda or a comprehension). */
function walrusAlways(e: py.Expr, name: string): boolean {
  switch (e.kind) {
    case "NamedExpr":
      return e.target.id === name || walrusAlways(e.value, name);
    case "BoolOp":
      return walrusAlways(e.values[0]!, name);
    case "IfExp":
      return walrusAlways(e.test, name);
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return false;
    default: {
      let found = false;
      forEachChild(e, (child) => {
        if (!found && "kind" in child && isExpr(child)) found = walrusAlways(child, name);
      });
      return found;
    }
  }
}

function isExpr(node: { readonly kind: string }): node is py.Expr {
  return node.kind !== "keyword" && node.kind !== "comprehension" && node.kind !== "arguments";
}
