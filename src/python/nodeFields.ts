/** Which fields of a Python AST node can hold child nodes, learnt once per node kind. */

type AnyNode = { readonly kind: string };

const nodeFields = new Map<string, readonly string[]>();

/**
 * The fields of `node` that can hold nodes (objects, arrays, or null where a node may be), comments
 * excluded. Every node of a kind has the same fields, so they are read from the first one seen:
 * reading them from this table instead of `Object.entries` on every visit is the walks' hot path.
 */
export function nodeFieldsOf(node: AnyNode): readonly string[] {
  let fields = nodeFields.get(node.kind);
  if (!fields) {
    fields = Object.entries(node)
      .filter(([key, value]) => key !== "comments" && (value === null || typeof value === "object"))
      .map(([key]) => key);
    nodeFields.set(node.kind, fields);
  }
  return fields;
}
