/**
 * The event loop as an object (`loop = asyncio.get_running_loop()`, `new_event_loop()`): plain TypeScript has
 * none, the host's loop runs the promises. What a program asks of it that the platform has is rewritten —
 * `loop.time()` is `performance.now() / 1000`, `loop.run_until_complete(main())` is `await main()`, `loop.close()`
 * is nothing — and any other use of the loop is refused.
 */
import type * as ir from "../ts/ir";
import * as f from "../ts/factory";

/** The helpers that give the exact translation a loop object. */
const loopMakers = new Set(["getRunningLoop", "newEventLoop", "getEventLoop"]);

/** `const loop = getRunningLoop()`: the variable's name and the helper that made it. */
export function loopDeclaration(s: ir.Stmt): { name: string; maker: string } | null {
  if (s.kind !== "VarDecl" || s.target.kind !== "Ident" || !s.init) return null;
  const maker = loopMaker(s.init);
  return maker ? { name: s.target.name, maker } : null;
}

/** The helper's name when the expression makes a loop object (`getRunningLoop()`), else null. */
export function loopMaker(e: ir.Expr): string | null {
  return e.kind === "Call" && e.args.length === 0 && e.callee.kind === "Ident" && loopMakers.has(e.callee.name) ? e.callee.name : null;
}

/** `loop.close()` as a statement: nothing to close in plain TypeScript. */
export function isLoopClose(s: ir.Stmt, isLoop: (e: ir.Expr) => boolean): boolean {
  return s.kind === "ExprStmt" && s.expr.kind === "Call" && s.expr.args.length === 0 && s.expr.callee.kind === "Member" && s.expr.callee.property === "close" && isLoop(s.expr.callee.object);
}

/** `loop.time()`: the host's monotonic clock in seconds. */
export function loopTime(span: ir.Expr["span"]): ir.Expr {
  return f.bin("/", f.call(f.member(f.id("performance"), "now"), []), f.num(1000), span);
}
