/**
 * `class Movie(TypedDict)` with annotated keys, and `Movie = TypedDict("Movie", {"name": str})`: at run time
 * a TypedDict is `dict` (`Movie(name="Up")` is `{'name': 'Up'}`), and its class only types the program. Each
 * becomes a type alias, `Movie = dict[str, str | int]`, read by annotations as any alias (statements.ts); a
 * call of it is `dict(...)` (calls.ts). The desugaring happens with the dataclasses' (dataclasses.ts).
 */
import type * as py from "../python/ast";
import type { Names } from "./dataclasses";
import { refersTo } from "./dataclasses";

/** The aliases made here: the statement `Movie = dict[...]`, which a call of `Movie` makes a dict. */
export const typedDictAliases = new WeakSet<py.Assign>();

/** `class Movie(TypedDict): name: str`: the alias statement; the class as it is when its body is not only keys. */
export function typedDictClass(s: py.ClassDef, names: Names): py.Stmt {
  const types: py.Expr[] = [];
  for (const stmt of s.body) {
    if (stmt.kind === "AnnAssign" && stmt.target.kind === "Name" && !stmt.value) types.push(stmt.annotation);
    else if (!(stmt.kind === "Pass" || (stmt.kind === "Expr" && stmt.value.kind === "Constant"))) return s;
  }
  if (s.decorator_list.length > 0 || s.bases.length !== 1 || !refersTo(s.bases[0]!, "TypedDict", names)) return s;
  if (s.keywords.some((k) => k.arg !== "total")) return s;
  return alias(s.name, types, s);
}

/** `Movie = TypedDict("Movie", {"name": str, "year": int})`: the alias statement; null for another statement. */
export function typedDictStatement(s: py.Assign, names: Names): py.Assign | null {
  const call = s.value;
  if (call.kind !== "Call" || !refersTo(call.func, "TypedDict", names) || s.targets.length !== 1 || s.targets[0]!.kind !== "Name") return null;
  const fields = call.args[1];
  if (call.args.length !== 2 || fields?.kind !== "Dict" || fields.keys.some((k) => k?.kind !== "Constant" || typeof k.value !== "string")) return null;
  if (call.keywords.some((k) => k.arg !== "total")) return null;
  return alias((s.targets[0] as py.Name).id, fields.values, s);
}

/** `name = dict[str, A | B]` at the statement's place (`dict[str, object]` without keys). */
function alias(name: string, types: readonly py.Expr[], at: py.NodeBase): py.Assign {
  const span = { start: at.start, end: at.end };
  const id = (value: string): py.Name => ({ kind: "Name", id: value, ctx: "Load", ...span });
  const union = types.length === 0 ? id("object") : types.reduce((a, b): py.Expr => ({ kind: "BinOp", left: a, op: "BitOr", right: b, ...span }));
  const slice: py.ListExpr = { kind: "Tuple", elts: [id("str"), union], ctx: "Load", ...span };
  const value: py.Subscript = { kind: "Subscript", value: id("dict"), slice, ctx: "Load", ...span };
  const statement: py.Assign = { kind: "Assign", targets: [{ ...id(name), ctx: "Store" }], value, type_comment: null, ...span };
  typedDictAliases.add(statement);
  return statement;
}
