/** Whether translated statements wait (an `await` or `for await`) outside the functions and classes they define. */
import type * as ir from "./ir";

const ownScopes = new Set(["Arrow", "FunctionDecl", "ClassDecl", "Method"]);

export function awaitsOutsideFunctions(body: readonly ir.Stmt[]): boolean {
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(visit);
    if (typeof value !== "object" || value === null) return false;
    const node = value as { readonly kind?: unknown; readonly await?: unknown };
    if (typeof node.kind === "string" && ownScopes.has(node.kind)) return false;
    if (node.kind === "Await" || (node.kind === "ForOf" && node.await === true)) return true;
    return Object.values(node).some(visit);
  };
  return visit(body);
}
