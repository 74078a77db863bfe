/**
 * A structural map over the TypeScript IR: rebuilds every node with its children passed through the given
 * functions, so a rewrite (./rewrite.ts) handles only the nodes it changes and forgets none of the others.
 * `near` is the Python span of the closest enclosing node that has one, for reporting.
 */
import type { Span } from "../core/diagnostics";
import type * as ir from "../ts/ir";

export interface IrVisitor {
  expr(e: ir.Expr, near: Span): ir.Expr;
  stmts(body: readonly ir.Stmt[], near: Span): ir.Stmt[];
  type(t: ir.TypeNode, near: Span): ir.TypeNode;
}

export function spanOf(node: { readonly span?: Span }, near: Span): Span {
  return node.span ?? near;
}

export function mapExprChildren(e: ir.Expr, v: IrVisitor, near: Span): ir.Expr {
  const at = spanOf(e, near);
  const x = (child: ir.Expr): ir.Expr => v.expr(child, at);
  switch (e.kind) {
    case "Ident":
    case "NumberLit":
    case "StringLit":
    case "BoolLit":
    case "NullLit":
    case "UndefinedLit":
    case "This":
    case "Super":
      return e;
    case "TemplateLit":
      return { ...e, exprs: e.exprs.map(x) };
    case "ArrayLit":
      return { ...e, elements: e.elements.map(x) };
    case "ObjectLit":
      return { ...e, props: e.props.map((p) => ("kind" in p ? { ...p, operand: x(p.operand) } : { key: p.key, value: x(p.value) })) };
    case "Arrow":
      return {
        ...e,
        params: mapParams(e.params, v, at),
        returns: e.returns && v.type(e.returns, at),
        body: Array.isArray(e.body) ? v.stmts(e.body as readonly ir.Stmt[], at) : x(e.body as ir.Expr),
      };
    case "Call":
    case "New":
      return { ...e, callee: x(e.callee), args: e.args.map(x), typeArgs: e.typeArgs?.map((t) => v.type(t, at)) };
    case "Member":
      return { ...e, object: x(e.object) };
    case "Index":
      return { ...e, object: x(e.object), index: x(e.index) };
    case "Binary":
      return { ...e, left: x(e.left), right: x(e.right) };
    case "Unary":
    case "Update":
    case "Await":
    case "Spread":
    case "NonNull":
      return { ...e, operand: x(e.operand) };
    case "As":
      return { ...e, operand: x(e.operand), type: v.type(e.type, at) };
    case "Conditional":
      return { ...e, test: x(e.test), then: x(e.then), otherwise: x(e.otherwise) };
    case "Assign":
      return { ...e, target: mapTarget(e.target, v, at), value: x(e.value) };
    case "Sequence":
      return { ...e, exprs: e.exprs.map(x) };
    case "Yield":
      return { ...e, operand: e.operand && x(e.operand) };
  }
}

function mapTarget(t: ir.Expr | ir.Pattern, v: IrVisitor, near: Span): ir.Expr | ir.Pattern {
  if (t.kind === "ArrayPattern") return mapPattern(t, v, near);
  return v.expr(t, near);
}

function mapPattern<P extends ir.Pattern>(p: P, v: IrVisitor, near: Span): P {
  if (p.kind === "Ident") return p;
  const at = spanOf(p, near);
  const element = (el: ir.Pattern | ir.Expr | null): ir.Pattern | ir.Expr | null => (el === null ? null : mapTarget(el, v, at));
  return { ...p, elements: p.elements.map(element), rest: p.rest && mapTarget(p.rest, v, at) };
}

export function mapParams(params: readonly ir.Param[], v: IrVisitor, near: Span): ir.Param[] {
  return params.map((p) => ({
    ...p,
    name: typeof p.name === "string" ? p.name : mapPattern(p.name, v, near),
    type: p.type && v.type(p.type, near),
    init: p.init && v.expr(p.init, near),
  }));
}

export function mapStmtChildren(s: ir.Stmt, v: IrVisitor, near: Span): ir.Stmt {
  const at = spanOf(s, near);
  const x = (child: ir.Expr): ir.Expr => v.expr(child, at);
  const body = (b: readonly ir.Stmt[]): ir.Stmt[] => v.stmts(b, at);
  switch (s.kind) {
    case "VarDecl":
      return { ...s, target: mapPattern(s.target, v, at), type: s.type && v.type(s.type, at), init: s.init && x(s.init) };
    case "FunctionDecl":
      return { ...s, params: mapParams(s.params, v, at), returns: s.returns && v.type(s.returns, at), body: body(s.body) };
    case "ClassDecl":
      return {
        ...s,
        extends: s.extends && x(s.extends),
        members: s.members.map((m) =>
          m.kind === "Field"
            ? { ...m, type: m.type && v.type(m.type, spanOf(m, at)), init: m.init && v.expr(m.init, spanOf(m, at)) }
            : { ...m, params: mapParams(m.params, v, spanOf(m, at)), returns: m.returns && v.type(m.returns, spanOf(m, at)), body: v.stmts(m.body, spanOf(m, at)) },
        ),
      };
    case "ExprStmt":
      return { ...s, expr: x(s.expr) };
    case "Return":
      return { ...s, value: s.value && x(s.value) };
    case "If":
      return { ...s, test: x(s.test), then: body(s.then), otherwise: s.otherwise && body(s.otherwise) };
    case "For":
      return {
        ...s,
        init: s.init && (s.init.kind === "VarDecl" ? (mapStmtChildren(s.init, v, at) as ir.VarDecl) : x(s.init)),
        test: s.test && x(s.test),
        update: s.update && x(s.update),
        body: body(s.body),
      };
    case "ForOf":
      return { ...s, target: mapTarget(s.target, v, at), iterable: x(s.iterable), body: body(s.body) };
    case "While":
      return { ...s, test: x(s.test), body: body(s.body) };
    case "Labeled":
      return { ...s, body: v.stmts([s.body], at)[0]! };
    case "Throw":
      return { ...s, value: x(s.value) };
    case "Try":
      return { ...s, block: body(s.block), catchBody: s.catchBody && body(s.catchBody), finallyBody: s.finallyBody && body(s.finallyBody) };
    case "Block":
      return { ...s, body: body(s.body) };
    case "Break":
    case "Continue":
    case "Comment":
      return s;
  }
}

export function mapTypeChildren(t: ir.TypeNode, v: IrVisitor, near: Span): ir.TypeNode {
  switch (t.kind) {
    case "TypeKeyword":
      return t;
    case "TypeRef":
      return { ...t, args: t.args.map((a) => v.type(a, near)) };
    case "ArrayType":
      return { ...t, element: v.type(t.element, near) };
    case "TupleType":
      return { ...t, elements: t.elements.map((e) => v.type(e, near)), rest: t.rest && v.type(t.rest, near) };
    case "UnionType":
      return { ...t, types: t.types.map((e) => v.type(e, near)) };
    case "FunctionType":
      return { ...t, params: mapParams(t.params, v, near), returns: v.type(t.returns, near) };
  }
}
