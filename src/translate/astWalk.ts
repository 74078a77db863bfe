/** Generic traversal of the Python AST (nodes are plain objects discriminated by `kind`). */
import type * as py from "../python/ast";

type AnyNode = { readonly kind: string };

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}

/**
 * Per node kind, the fields that can hold nodes (objects, arrays, or null where a node may be).
 * Reading them from a table instead of `Object.entries` on every visit is the walk's hot path.
 */
const nodeFields = new Map<string, string[]>();

function fieldsOf(node: AnyNode): string[] {
  let fields = nodeFields.get(node.kind);
  if (!fields) {
    fields = Object.entries(node)
      .filter(([key, value]) => key !== "comments" && (value === null || typeof value === "object"))
      .map(([key]) => key);
    nodeFields.set(node.kind, fields);
  }
  return fields;
}

/** The direct child nodes of `node`, in field order (comments excluded). */
export function childNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of fieldsOf(node)) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}

/** Visits `node` and its descendants depth-first; `visit` returns false to skip a subtree. */
export function walk(node: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of childNodes(node)) walk(child, visit);
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
