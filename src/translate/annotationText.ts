/**
 * A type annotation written as a string (a forward reference: `queue: "asyncio.Queue[Item]"`, `-> "Node | None"`)
 * read as the expression it spells: dotted names, subscripts, `|`, `None` and `...`. Every node gets the string's
 * span, so what is said about the annotation points at the string. Anything else gives null (an unknown type).
 */
import type * as py from "../python/ast";

export function parseAnnotationText(text: string, at: py.NodeBase): py.Expr | null {
  const tokens = text.match(/[A-Za-z_][\w]*|\.\.\.|[.[\],|]|\S/g) ?? [];
  let pos = 0;
  const span = { start: at.start, end: at.end };
  const peek = (): string | undefined => tokens[pos];
  const take = (expected: string): boolean => (tokens[pos] === expected ? (pos++, true) : false);

  const atom = (): py.Expr | null => {
    const token = tokens[pos++];
    if (token === undefined) return null;
    if (token === "...") return { kind: "Constant", value: { type: "ellipsis" }, constKind: null, ...span };
    if (!/^[A-Za-z_]\w*$/.test(token)) return null;
    if (token === "None") return { kind: "Constant", value: null, constKind: null, ...span };
    let e: py.Expr = { kind: "Name", id: token, ctx: "Load", ...span };
    for (;;) {
      if (take(".")) {
        const attr = tokens[pos++];
        if (attr === undefined || !/^[A-Za-z_]\w*$/.test(attr)) return null;
        e = { kind: "Attribute", value: e, attr, ctx: "Load", ...span };
      } else if (take("[")) {
        const items: py.Expr[] = [];
        do {
          const item = union();
          if (!item) return null;
          items.push(item);
        } while (take(","));
        if (!take("]")) return null;
        const slice: py.Expr = items.length === 1 ? items[0]! : { kind: "Tuple", elts: items, ctx: "Load", ...span };
        e = { kind: "Subscript", value: e, slice, ctx: "Load", ...span };
      } else return e;
    }
  };

  const union = (): py.Expr | null => {
    let left = atom();
    while (left && peek() === "|") {
      pos++;
      const right = atom();
      left = right && { kind: "BinOp", left, op: "BitOr", right, ...span };
    }
    return left;
  };

  const parsed = union();
  return parsed && pos === tokens.length ? parsed : null;
}
