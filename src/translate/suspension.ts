/**
 * Whether `await f()` surely gives the loop a turn. CPython runs an awaited coroutine inside the awaiting
 * task and yields only when the coroutine waits for something pending, so `await quick()` of a coroutine
 * that returns at once lets no other task run, where JavaScript's `await` always suspends for a microtask.
 * The note that says so (`awaitCoroutine`) belongs only where that can happen: this module proves the
 * opposite for the common case, a coroutine that reaches an `await asyncio.sleep(...)` (which always
 * yields, `sleep(0)` included) or an `await` of such a coroutine before any statement that may leave it.
 */
import type * as py from "../python/ast";
import { asyncioName } from "./asyncioCalls";
import { isScopeNode, walk } from "./astWalk";
import type { TranslationContext } from "./context";
import { findMethod, type FunctionInfo } from "./types";

/** Whether the awaited call `call` may finish without yielding to the loop (unknown callees may). */
export function mayFinishWithoutSuspending(ctx: TranslationContext, call: py.Call): boolean {
  return !callSurelySuspends(ctx, call, new Set());
}

function callSurelySuspends(ctx: TranslationContext, call: py.Call, seen: Set<py.FunctionDef>): boolean {
  if (asyncioName(ctx, call.func) === "sleep") return true;
  const def = calleeDef(ctx, call.func);
  if (!def || def.kind !== "AsyncFunctionDef" || seen.has(def)) return false;
  seen.add(def);
  return bodySurelySuspends(ctx, def.body, seen);
}

/** The statements run in order until one surely suspends; any that may leave the body first ends the proof. */
function bodySurelySuspends(ctx: TranslationContext, body: readonly py.Stmt[], seen: Set<py.FunctionDef>): boolean {
  for (const s of body) {
    const awaited = awaitedCall(s);
    if (awaited && callSurelySuspends(ctx, awaited, seen)) return true;
    if (mayLeave(s)) return false;
  }
  return false;
}

/** The call a statement awaits first and unconditionally: `await f()`, `x = await f()`, `return await f()`. */
function awaitedCall(s: py.Stmt): py.Call | null {
  const value = s.kind === "Expr" || s.kind === "Assign" || s.kind === "AnnAssign" || s.kind === "Return" ? s.value : null;
  return value?.kind === "Await" && value.value.kind === "Call" ? value.value : null;
}

/** A statement that may end the coroutine: it holds a `return` or `raise` (nested defs and classes aside). */
function mayLeave(s: py.Stmt): boolean {
  let leaves = false;
  walk(s, (n) => {
    leaves ||= n.kind === "Return" || n.kind === "Raise";
    return !leaves && (n === s || !isScopeNode(n));
  });
  return leaves;
}

function calleeDef(ctx: TranslationContext, func: py.Expr): py.FunctionDef | null {
  let fn: FunctionInfo | null = null;
  if (func.kind === "Name") {
    const type = ctx.lookup(func.id)?.type;
    if (type?.t === "function") fn = type.fn;
  } else if (func.kind === "Attribute" && func.value.kind === "Name") {
    const type = ctx.lookup(func.value.id)?.type;
    if (type?.t === "instance") fn = findMethod(type.cls, func.attr) ?? null;
  }
  return fn && fn.node.kind !== "Lambda" && ctx.functions.get(fn.node) === fn ? fn.node : null;
}
