/**
 * A plain-JavaScript copy of tree-sitter's concrete syntax tree.
 *
 * Reading a web-tree-sitter `Node` crosses into wasm on every property access, so the tree is
 * copied once, with a single cursor walk, into these small objects; the converters then work on
 * ordinary JS data. Comments and line continuations (tree-sitter "extras") are taken out of the
 * tree here and kept aside, so converters never have to skip them.
 */
import type { Tree, TreeCursor } from "web-tree-sitter";

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
 * overflow the JS stack here.
 */
export function copyTree(tree: Tree, comments: CstComment[]): CstNode {
  const cursor = tree.walk();
  try {
    const root = nodeAt(cursor);
    const stack: MutableNode[] = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const parent = stack[stack.length - 1]!;
      const type = cursor.nodeType;
      if (type === "comment") comments.push({ start: cursor.startIndex, end: cursor.endIndex });
      else if (type !== "line_continuation") {
        const node = nodeAt(cursor);
        parent.children.push(node);
        if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (stack.length === 1) return root;
        cursor.gotoParent();
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

function nodeAt(cursor: TreeCursor): MutableNode {
  return {
    type: cursor.nodeType,
    named: cursor.nodeIsNamed,
    field: cursor.currentFieldName,
    start: cursor.startIndex,
    end: cursor.endIndex,
    missing: cursor.nodeIsMissing,
    children: [],
  };
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
