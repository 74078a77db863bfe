/** Short constructors for IR nodes, so translator code reads like the TypeScript it builds. */
import type { Span } from "../core/diagnostics";
import type * as ir from "./ir";

export const id = (name: string, span?: Span): ir.Ident => ({ kind: "Ident", name, span });
export const num = (value: number | string, span?: Span): ir.NumberLit => ({ kind: "NumberLit", text: String(value), span });
export const str = (value: string, span?: Span): ir.StringLit => ({ kind: "StringLit", value, span });
export const bool = (value: boolean, span?: Span): ir.Literal => ({ kind: "BoolLit", value, span });
export const nil = (span?: Span): ir.NullLit => ({ kind: "NullLit", span });
export const undef = (): ir.NullLit => ({ kind: "UndefinedLit" });
export const self = (): ir.NullLit => ({ kind: "This" });
export const superRef = (): ir.NullLit => ({ kind: "Super" });
export const array = (elements: readonly ir.Expr[], span?: Span): ir.ArrayLit => ({ kind: "ArrayLit", elements, span });
export const object = (props: ir.ObjectLit["props"], span?: Span): ir.ObjectLit => ({ kind: "ObjectLit", props, span });
export const call = (callee: ir.Expr | string, args: readonly ir.Expr[], span?: Span, typeArgs?: readonly ir.TypeNode[]): ir.CallExpr => ({
  kind: "Call",
  callee: typeof callee === "string" ? id(callee) : callee,
  args,
  span,
  typeArgs,
});
export const newExpr = (callee: ir.Expr | string, args: readonly ir.Expr[], span?: Span, typeArgs?: readonly ir.TypeNode[]): ir.CallExpr => ({
  kind: "New",
  callee: typeof callee === "string" ? id(callee) : callee,
  args,
  span,
  typeArgs,
});
export const member = (object: ir.Expr, property: string, span?: Span): ir.Member => ({ kind: "Member", object, property, span });
export const method = (object: ir.Expr, name: string, args: readonly ir.Expr[], span?: Span): ir.CallExpr =>
  call(member(object, name), args, span);
export const index = (object: ir.Expr, idx: ir.Expr, span?: Span): ir.Index => ({ kind: "Index", object, index: idx, span });
export const bin = (op: ir.BinaryOperator, left: ir.Expr, right: ir.Expr, span?: Span): ir.Binary => ({ kind: "Binary", op, left, right, span });
export const unary = (op: ir.UnaryOperator, operand: ir.Expr, span?: Span): ir.Unary => ({ kind: "Unary", op, operand, span });
export const not = (operand: ir.Expr, span?: Span): ir.Unary => unary("!", operand, span);
export const awaitExpr = (operand: ir.Expr, span?: Span): ir.AwaitExpr => ({ kind: "Await", operand, span });
export const cond = (test: ir.Expr, then: ir.Expr, otherwise: ir.Expr, span?: Span): ir.Conditional => ({ kind: "Conditional", test, then, otherwise, span });
export const assign = (target: ir.Expr | ir.Pattern, value: ir.Expr, op: ir.AssignOperator = "=", span?: Span): ir.Assign => ({ kind: "Assign", op, target, value, span });
export const spread = (operand: ir.Expr, span?: Span): ir.Spread => ({ kind: "Spread", operand, span });
export const asType = (operand: ir.Expr, type: ir.TypeNode): ir.AsExpr => ({ kind: "As", operand, type });
export const nonNull = (operand: ir.Expr): ir.NonNull => ({ kind: "NonNull", operand });
export const arrow = (params: readonly ir.Param[], body: ir.Expr | readonly ir.Stmt[], options: { async?: boolean; returns?: ir.TypeNode; span?: Span } = {}): ir.Arrow => ({
  kind: "Arrow",
  params,
  body,
  async: options.async,
  returns: options.returns,
  span: options.span,
});
export const param = (name: string, type?: ir.TypeNode, init?: ir.Expr): ir.Param => ({ name, type, init });
export const template = (quasis: readonly string[], exprs: readonly ir.Expr[], span?: Span): ir.TemplateLit => ({ kind: "TemplateLit", quasis, exprs, span });

// Statements
export const exprStmt = (expr: ir.Expr, span?: Span): ir.ExprStmt => ({ kind: "ExprStmt", expr, span });
export const ret = (value?: ir.Expr, span?: Span): ir.Return => ({ kind: "Return", value, span });
export const throwStmt = (value: ir.Expr, span?: Span): ir.Throw => ({ kind: "Throw", value, span });
export const varDecl = (declKind: "const" | "let", target: ir.Pattern | string, init?: ir.Expr, type?: ir.TypeNode, span?: Span): ir.VarDecl => ({
  kind: "VarDecl",
  declKind,
  target: typeof target === "string" ? id(target) : target,
  init,
  type,
  span,
});
export const ifStmt = (test: ir.Expr, then: readonly ir.Stmt[], otherwise?: readonly ir.Stmt[], span?: Span): ir.IfStmt => ({ kind: "If", test, then, otherwise, span });

// Types
export const tKeyword = (name: Extract<ir.TypeNode, { kind: "TypeKeyword" }>["name"]): ir.TypeNode => ({ kind: "TypeKeyword", name });
export const tRef = (name: string, ...args: ir.TypeNode[]): ir.TypeNode => ({ kind: "TypeRef", name, args });
export const tArray = (element: ir.TypeNode): ir.TypeNode => ({ kind: "ArrayType", element });
export const tTuple = (elements: readonly ir.TypeNode[], rest?: ir.TypeNode): ir.TypeNode => ({ kind: "TupleType", elements, rest });
export const tUnion = (types: readonly ir.TypeNode[]): ir.TypeNode => (types.length === 1 ? types[0]! : { kind: "UnionType", types });
export const tFunction = (params: readonly ir.Param[], returns: ir.TypeNode): ir.TypeNode => ({ kind: "FunctionType", params, returns });

/**
 * `result` once `value` has been evaluated (for its effects): `((_value: unknown) => result)(value)`, or
 * `result` alone when `value` is a name or a literal, which have none.
 */
export function evaluatedThen(value: ir.Expr, result: ir.Expr): ir.Expr {
  if (["Ident", "This", "NumberLit", "StringLit", "BoolLit", "NullLit"].includes(value.kind)) return result;
  return call(arrow([param("_value", tKeyword("unknown"))], result), [value]);
}

/** Attaches leading comments to a statement without mutating it. */
export function withComments<S extends ir.Stmt>(stmt: S, comments: readonly string[] | undefined): S {
  if (!comments || comments.length === 0) return stmt;
  return { ...stmt, comments: [...(stmt.comments ?? []), ...comments] };
}
