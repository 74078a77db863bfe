/**
 * `with` (not `async with`): a class of the program with __enter__/__exit__ gets the full protocol, and
 * `contextlib.suppress(E, ...)` a `catch` that swallows those exceptions. Anything else (files, threading
 * locks, an asyncio lock, which needs `async with`) gives TR2004 and the body is translated as is.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { contextlibCallee } from "./contextlib";
import { awaitsOutsideFunctions } from "../ts/awaits";
import { blockRunsAsFunction } from "./astWalk";
import { blockParameter, dunderProtocol, nestItems, widenExitParams, type BodyTranslator } from "./contextManagers";
import { findMethod, type ClassInfo } from "./types";
import { translateExpr } from "./expressions";
import { assignTarget } from "./statements";

export function translateWith(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  return nestItems(s, body, (item, inner) => {
    const suppress = item.context_expr.kind === "Call" && contextlibCallee(ctx, item.context_expr.func) === "suppress" ? item.context_expr : null;
    if (suppress) return suppressBlock(ctx, item, suppress, inner);
    const manager = translateExpr(ctx, item.context_expr);
    const t = manager.type;
    if (t.t === "instance" && findMethod(t.cls, "__enter__") && findMethod(t.cls, "__exit__")) {
      return blockRunsAsFunction(s) ? withContextCall(ctx, s, item, manager, t.cls, inner) : dunderProtocol(ctx, s, item, manager, t.cls, "sync", inner);
    }
    if (t.t === "object" && t.cls === "Runner") return runnerBlock(ctx, s, item, manager, inner);
    const hint = t.t === "object" ? ` (an asyncio ${t.cls} is entered with \`async with\`)` : " (only classes with __enter__/__exit__, and contextlib.suppress)";
    ctx.report("TR2004", item.context_expr, `\`with\` on \`${ctx.text(item.context_expr)}\` is not supported${hint}`);
    return inner();
  });
}

/**
 * `with cm as x: body` -> `withContext(cm, (x) => { body });`, which enters, runs the block's function and
 * exits with its exception (a true __exit__ swallows it). A block that awaits is an async function the
 * call waits for.
 */
function withContextCall(ctx: TranslationContext, s: py.With, item: py.WithItem, manager: Typed, cls: ClassInfo, inner: BodyTranslator): ir.Stmt[] {
  widenExitParams(ctx, cls, "__exit__");
  const enter = findMethod(cls, "__enter__")!;
  const declared: ir.Stmt[] = [];
  const { params, bind } = blockParameter(ctx, s, item.optional_vars, enter.declaredReturn ?? enter.returns, declared);
  const body = [...bind, ...inner()];
  const awaits = awaitsOutsideFunctions(body);
  const call = ctx.callHelper("withContext", [manager.ir, f.arrow(params, body, { async: awaits })]);
  return [...declared, f.exprStmt(awaits ? f.awaitExpr(call) : call, s)];
}

/**
 * `with asyncio.Runner() as runner:` -> `const runner = new Runner();` and the body in a `try` whose `finally`
 * awaits `runner.close()`: closing cancels the tasks left over and runs the loop until they have finished.
 */
function runnerBlock(ctx: TranslationContext, s: py.With, item: py.WithItem, manager: Typed, inner: BodyTranslator): ir.Stmt[] {
  ctx.note("loopRuns", item.context_expr);
  if (!ctx.canBlock()) ctx.report("TR2003", item.context_expr, "`with asyncio.Runner()` runs the event loop on exit, and is used here where the code cannot wait for it");
  const target = item.optional_vars;
  let ref: ir.Expr;
  let setup: ir.Stmt[];
  if (target?.kind === "Name") {
    setup = assignTarget(ctx, s, target, manager);
    ref = f.id(ctx.lookup(target.id)!.tsName);
  } else {
    const name = ctx.unique("runner");
    ref = f.id(name);
    setup = [f.varDecl("const", name, manager.ir, undefined, s), ...(target ? assignTarget(ctx, s, target, { ir: ref, type: manager.type }) : [])];
  }
  return [...setup, { kind: "Try", block: inner(), finallyBody: [f.exprStmt(f.awaitExpr(f.method(ref, "close", [])))] }];
}

/** `with contextlib.suppress(A, B): body` -> `try { body } catch (err) { if (!(err instanceof A || err instanceof B)) throw err; }`. */
function suppressBlock(ctx: TranslationContext, item: py.WithItem, call: py.Call, inner: BodyTranslator): ir.Stmt[] {
  if (item.optional_vars) ctx.report("TR2004", item.optional_vars, "`as` on contextlib.suppress() is not supported");
  ctx.note("suppress", call);
  const classes = call.args.map((a) => translateExpr(ctx, a).ir);
  if (classes.length === 0) return inner();
  const err = ctx.unique("err");
  const matches = classes.map((c) => f.bin("instanceof", f.id(err), c)).reduce((a, b) => f.bin("||", a, b));
  return [{ kind: "Try", block: inner(), catchParam: err, catchBody: [f.ifStmt(f.not(matches), [f.throwStmt(f.id(err))])] }];
}
