/**
 * Where plain TypeScript suspends otherwise than CPython: the async functions of a program that never suspend
 * (CPython runs `await f()` of one straight through, JavaScript still yields a microtask at each `await`), and
 * asyncio.wait_for as a race with a timer (the work is not cancelled).
 */
import type { Span } from "../core/diagnostics";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { mapExprChildren, mapStmtChildren, type IrVisitor } from "./irMap";

const ORIGIN: Span = { start: 0, end: 0 };

/**
 * The program's top-level async functions whose bodies hold no `await`, `for await` or `yield` of their own
 * (a nested function's are its own): awaiting one never suspends in CPython.
 */
export function neverSuspending(body: readonly ir.Stmt[]): Set<string> {
  const names = new Set<string>();
  for (const s of body) if (s.kind === "FunctionDecl" && s.async && !s.generator && !suspends(s.body)) names.add(s.name);
  return names;
}

function suspends(body: readonly ir.Stmt[]): boolean {
  let found = false;
  const visitor: IrVisitor = {
    expr: (e, near) => {
      if (e.kind === "Await" || e.kind === "Yield") found = true;
      // An inner function's awaits suspend that function, not this one.
      if (e.kind === "Arrow") return e;
      return mapExprChildren(e, visitor, near);
    },
    stmts: (stmts, near) =>
      stmts.map((s) => {
        if (s.kind === "ForOf" && s.await) found = true;
        if (s.kind === "FunctionDecl" || s.kind === "ClassDecl") return s;
        return mapStmtChildren(s, visitor, near);
      }),
    type: (t) => t,
  };
  visitor.stmts(body, ORIGIN);
  return found;
}

/** Whether the program runs coroutines side by side (tasks or gather): only then can another one interleave. */
export function runsConcurrently(body: readonly ir.Stmt[], makers: ReadonlySet<string>): boolean {
  let found = false;
  const visitor: IrVisitor = {
    expr: (e, near) => {
      if (e.kind === "Call" && e.callee.kind === "Ident" && makers.has(e.callee.name)) found = true;
      return mapExprChildren(e, visitor, near);
    },
    stmts: (stmts, near) => stmts.map((s) => mapStmtChildren(s, visitor, near)),
    type: (t) => t,
  };
  visitor.stmts(body, ORIGIN);
  return found;
}

/**
 * `Promise.race([work, sleep(ms).then(() => { throw new TimeoutError(); })])`: the waiting ends at the deadline.
 * A timer from node:timers/promises rather than AbortSignal.timeout(), whose timer is not one the runner's
 * virtual clock can see; the race subscribes to the timer's promise, so its late rejection is handled.
 */
export function raceWithTimer(work: ir.Expr, ms: ir.Expr, timeoutError: string, span: Span | undefined): ir.Expr {
  const fail = f.arrow([], [f.throwStmt(f.newExpr(timeoutError, []))]);
  const timer = f.method(f.call("sleep", [ms]), "then", [fail]);
  return f.call(f.member(f.id("Promise"), "race"), [f.array([work, timer])], span);
}
