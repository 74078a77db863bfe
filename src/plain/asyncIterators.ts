/**
 * The async iterator protocol in plain TypeScript: a class with Python's `__aiter__`/`__anext__` becomes one with
 * `[Symbol.asyncIterator]()` and `next()`, which returns `{ done, value }` records instead of raising
 * StopAsyncIteration at the end, so `for await` takes it as it is (the exact translation adapts it with `aiter`).
 */
import type { Span } from "../core/diagnostics";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { mapStmtChildren, type IrVisitor } from "./irMap";

const ORIGIN: Span = { start: 0, end: 0 };

/** The class in the platform's protocol, or the class unchanged when it does not define both methods. */
export function platformAsyncIterator(cls: ir.ClassDecl): ir.ClassDecl {
  const methods = cls.members.filter((m): m is ir.ClassMethod => m.kind === "Method");
  const aiter = methods.find((m) => m.name === "__aiter__" && !m.static);
  const anext = methods.find((m) => m.name === "__anext__" && m.async && !m.static);
  if (!aiter || !anext) return cls;
  const element = anext.returns?.kind === "TypeRef" && anext.returns.name === "Promise" && anext.returns.args[0] ? anext.returns.args[0] : f.tKeyword("unknown");
  return {
    ...cls,
    members: cls.members.map((m) => {
      if (m === aiter) return { ...m, name: "[Symbol.asyncIterator]" };
      if (m === anext) return { ...m, name: "next", returns: f.tRef("Promise", f.tRef("IteratorResult", element)), body: iteratorResults(m.body) };
      return m;
    }),
  };
}

/** `return v` is `return { done: false, value: v }`; `throw new StopAsyncIteration()` is `return { done: true, value: undefined }`. */
function iteratorResults(body: readonly ir.Stmt[]): ir.Stmt[] {
  const result = (done: boolean, value: ir.Expr): ir.Expr => f.object([{ key: "done", value: f.bool(done) }, { key: "value", value }]);
  const visitor: IrVisitor = {
    expr: (e) => e,
    type: (t) => t,
    stmts: (stmts) =>
      stmts.map((s): ir.Stmt => {
        // A nested function's returns are its own.
        if (s.kind === "FunctionDecl" || s.kind === "ClassDecl") return s;
        if (s.kind === "Return") return { ...s, value: result(false, s.value ?? f.undef()) };
        if (s.kind === "Throw" && s.value.kind === "New" && s.value.callee.kind === "Ident" && s.value.callee.name === "StopAsyncIteration" && s.value.args.length === 0) {
          return { kind: "Return", span: s.span, comments: s.comments, value: result(true, f.undef()) };
        }
        return mapStmtChildren(s, visitor, ORIGIN);
      }),
  };
  return visitor.stmts(body, ORIGIN);
}
