/**
 * A plain-JavaScript copy of tree-sitter's concrete syntax tree.
 *
 * Reading a web-tree-sitter `Node` crosses into wasm on every property access, so the tree is
 * copied once, with a single cursor walk, into these small objects; the converters then work on
 * ordinary JS data. Comments and line continuations (tree-sitter "extras") are taken out of the
 * tree here and kept aside, so converters never have to skip them.
 */
import type { Tree } from "web-tree-sitter";

export interface CstNode {
  /** The grammar type: `"identifier"`, `"if_statement"`, ... or the token text for anonymous tokens (`"("`). */
  readonly type: string;
  readonly named: boolean;
  /** The field this node fills in its parent (`"left"`, `"body"`...), if any. */
  readonly field: string | null;
  /** UTF-16 offsets: web-tree-sitter parses JS strings as UTF-16, so its indices are code units. */
  readonly start: number;
  readonly end: number;
  /** A zero-width token tree-sitter invented to recover from an error. */
  readonly missing: boolean;
  readonly children: readonly CstNode[];
}

export interface CstComment {
  readonly start: number;
  readonly end: number;
}

interface MutableNode {
  type: string;
  named: boolean;
  field: string | null;
  start: number;
  end: number;
  missing: boolean;
  children: MutableNode[];
}

/**
 * Copies the tree iteratively (an explicit stack, no recursion), so deeply nested input cannot
 * overflow the JS stack here. Every cursor read is a call into wasm, so they are kept few: type
 * and field ids (names and namedness come from tables), the start, and the end of leaves only,
 * since a node always ends where its last child (comments included) ends. Only zero-width leaves
 * are asked whether they are MISSING.
 */
export function copyTree(tree: Tree, comments: CstComment[]): CstNode {
  const language = tree.language;
  const names = language.types;
  const fieldNames = language.fields;
  const namedIds = names.map((_, id) => language.nodeTypeIsNamed(id));
  const commentId = language.idForNodeType("comment", true);
  const continuationId = language.idForNodeType("line_continuation", true);
  const cursor = tree.walk();
  const root: MutableNode = {
    type: "module", named: true, field: null, start: cursor.startIndex, end: cursor.endIndex, missing: false, children: [],
  };
  // The open nodes, innermost last, with the end of the last child seen in each.
  const stack: MutableNode[] = [root];
  const ends: number[] = [root.start];
  try {
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const typeId = cursor.nodeTypeId;
      const start = cursor.startIndex;
      const parent = stack[stack.length - 1]!;
      const node: MutableNode = {
        type: names[typeId] ?? "ERROR",
        named: namedIds[typeId] ?? true,
        field: fieldNames[cursor.currentFieldId] ?? null,
        start,
        end: start,
        missing: false,
        children: [],
      };
      const extra = typeId === commentId || typeId === continuationId;
      if (!extra) parent.children.push(node);
      if (!extra && cursor.gotoFirstChild()) {
        stack.push(node);
        ends.push(start);
        continue;
      }
      node.end = cursor.endIndex;
      node.missing = node.start === node.end && cursor.nodeIsMissing;
      if (typeId === commentId) comments.push({ start, end: node.end });
      ends[ends.length - 1] = node.end;
      while (!cursor.gotoNextSibling()) {
        if (stack.length === 1) return root;
        cursor.gotoParent();
        const done = stack.pop()!;
        done.end = ends.pop()!;
        ends[ends.length - 1] = done.end;
        if (done.type === "ERROR") repairStarredIndex(done, stack[stack.length - 1]!);
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * `d[1, *rest]` is valid 3.11 (PEP 646) but tree-sitter's grammar allows `*` only first in a
 * subscript: the starred item after a comma comes out as ERROR(`*`, expr). It is what a first
 * starred item is, a `list_splat` filling the `subscript` field.
 */
function repairStarredIndex(node: MutableNode, parent: MutableNode): void {
  const [star, value, ...rest] = node.children;
  if (parent.type !== "subscript" || rest.length > 0 || star?.type !== "*" || star.named || !value?.named || value.type === "ERROR") return;
  node.type = "list_splat";
  node.field = "subscript";
}

// ---------------------------------------------------------------------------------------------
// Small queries used by every converter.

export function field(node: CstNode, name: string): CstNode | undefined {
  return node.children.find((c) => c.field === name);
}

export function fields(node: CstNode, name: string): CstNode[] {
  return node.children.filter((c) => c.field === name);
}

export function namedChildren(node: CstNode): CstNode[] {
  return node.children.filter((c) => c.named);
}

/** The first named child, whatever its field. */
export function firstNamed(node: CstNode): CstNode | undefined {
  return node.children.find((c) => c.named);
}

export function hasToken(node: CstNode, token: string): boolean {
  return node.children.some((c) => !c.named && c.type === token);
}

export function isErrorNode(node: CstNode): boolean {
  return node.type === "ERROR" || node.missing;
}
