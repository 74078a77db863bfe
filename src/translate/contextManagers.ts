/**
 * `async with`: locks and semaphores become acquire/try/finally/release; a TaskGroup is entered and
 * its exit awaited with the body's error; a user class with __aenter__/__aexit__ gets the full
 * protocol (an __aexit__ that returns true suppresses the exception, as in Python).
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { findMethod } from "./methods";
import { bindTarget } from "./functions";
import { assignTarget } from "./statements";
import { T, join, withoutNone, type ClassInfo, type PyType } from "./types";

type BodyTranslator = () => ir.Stmt[];

export function translateAsyncWith(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  // `async with a, b:` is `async with a:` around `async with b:`.
  const nest = (index: number): ir.Stmt[] => {
    if (index === s.items.length) return body();
    const item = s.items[index]!;
    const manager = translateExpr(ctx, item.context_expr);
    return withItem(ctx, s, item, manager, () => nest(index + 1));
  };
  return nest(0);
}

function withItem(ctx: TranslationContext, s: py.With, item: py.WithItem, manager: Typed, inner: BodyTranslator): ir.Stmt[] {
  const t = withoutNone(manager.type);
  if (t.t === "object" && (t.cls === "Lock" || t.cls === "Semaphore" || t.cls === "BoundedSemaphore")) {
    ctx.note("asyncWith", s);
    const { ref, setup } = named(ctx, manager, "lock");
    const bind = item.optional_vars ? [f.varDecl("const", bindTarget(ctx, item.optional_vars, T.none), f.nil())] : [];
    return [
      ...setup,
      f.exprStmt(f.awaitExpr(f.method(ref, "acquire", [])), s),
      { kind: "Try", block: [...bind, ...inner()], finallyBody: [f.exprStmt(f.method(ref, "release", []))] },
    ];
  }
  if (t.t === "object" && t.cls === "TaskGroup") {
    ctx.note("taskGroup", s);
    const name = item.optional_vars ? bindTarget(ctx, item.optional_vars, t) : f.id(ctx.unique("group"));
    const group = name.kind === "Ident" ? name : f.id(ctx.unique("group"));
    const enter = f.varDecl("const", name, f.method(manager.ir, "enter", []), undefined, s);
    return [enter, ...protocol(ctx, inner, (err) => f.method(group, "exit", [err ?? f.nil()]), false)];
  }
  if (t.t === "object" && (t.cls === "AsyncContextManager" || t.cls === "AsyncExitStack")) {
    // @asynccontextmanager: enter runs the generator to its yield (the value bound by `as`); exit
    // resumes it, or raises the body's exception at the yield (suppressed if the generator swallows it).
    // AsyncExitStack: enter is the stack itself; exit unwinds what was entered, last first.
    if (t.cls === "AsyncExitStack") {
      ctx.note("asyncExitStack", s);
      const target = item.optional_vars ? bindTarget(ctx, item.optional_vars, t) : f.id(ctx.unique("stack"));
      const stack = target.kind === "Ident" ? target : f.id(ctx.unique("stack"));
      const setup = [f.varDecl("const", target, manager.ir, undefined, s)];
      return [...setup, ...protocol(ctx, inner, (err) => f.method(stack, "exit", [err ?? f.nil()]), true)];
    }
    ctx.note("asyncContextManager", s);
    const { ref, setup } = named(ctx, manager, "manager");
    const entered = f.awaitExpr(f.method(ref, "enter", []));
    const bind = item.optional_vars ? assignTarget(ctx, s, item.optional_vars, { ir: entered, type: t.elem }) : [f.exprStmt(entered, s)];
    return [...setup, ...bind, ...protocol(ctx, inner, (err) => f.method(ref, "exit", [err ?? f.nil()]), true)];
  }
  if (t.t === "instance" && findMethod(t.cls, "__aenter__") && findMethod(t.cls, "__aexit__")) {
    const { ref, setup } = named(ctx, manager, "manager");
    const enterResult = findMethod(t.cls, "__aenter__")!;
    const entered = f.awaitExpr(f.method(ref, "__aenter__", []));
    const bind = item.optional_vars ? assignTarget(ctx, s, item.optional_vars, { ir: entered, type: enterResult.declaredReturn ?? enterResult.returns }) : [f.exprStmt(entered, s)];
    // __aexit__(exc_type, exc, tb): the exception's class as Python shows it, the exception, no traceback.
    const exitCall = (err: ir.Expr | null) =>
      f.method(ref, "__aexit__", err === null ? [f.nil(), f.nil(), f.nil()] : [ctx.callHelper("typeOf", [err]), f.asType(err, f.tRef("BaseException")), f.nil()]);
    widenExitParams(ctx, t.cls);
    return [...setup, ...bind, ...protocol(ctx, inner, exitCall, true)];
  }
  ctx.report("TR2004", item.context_expr, `\`async with\` on ${describe(t)} is not supported`);
  return inner();
}

/**
 * try { body } catch (err) { exit(err) } finally { exit(null) when the body did not fail }:
 * the exit runs however the body ends (return, break, exception), once.
 */
function protocol(ctx: TranslationContext, inner: BodyTranslator, exit: (err: ir.Expr | null) => ir.Expr, suppressible: boolean): ir.Stmt[] {
  const failed = ctx.unique("failed");
  const err = ctx.unique("err");
  const handleError: ir.Stmt[] = suppressible
    ? [f.ifStmt(f.not(f.awaitExpr(exit(f.id(err)))), [f.throwStmt(f.id(err))])]
    : [f.exprStmt(f.awaitExpr(exit(f.id(err)))), f.throwStmt(f.id(err))];
  return [
    f.varDecl("let", failed, f.bool(false)),
    {
      kind: "Try",
      block: inner(),
      catchParam: err,
      catchBody: [f.exprStmt(f.assign(f.id(failed), f.bool(true))), ...handleError],
      finallyBody: [f.ifStmt(f.not(f.id(failed)), [f.exprStmt(f.awaitExpr(exit(null)))])],
    },
  ];
}

/** The manager in a const of its own unless it already is a plain name. */
function named(ctx: TranslationContext, manager: Typed, base: string): { ref: ir.Expr; setup: ir.Stmt[] } {
  if (manager.ir.kind === "Ident" || manager.ir.kind === "This" || manager.ir.kind === "Member") return { ref: manager.ir, setup: [] };
  const name = ctx.unique(base);
  return { ref: f.id(name), setup: [f.varDecl("const", name, manager.ir)] };
}

/** __aexit__(exc_type, exc, tb) receives the error's class, the error and no traceback. */
function widenExitParams(ctx: TranslationContext, cls: ClassInfo): void {
  const exit = findMethod(cls, "__aexit__");
  const [, excType, exc, tb] = exit?.params ?? [];
  if (excType) ctx.widen(excType.sym, join(T.type, T.none));
  if (exc) ctx.widen(exc.sym, join(T.exception("BaseException"), T.none));
  if (tb) ctx.widen(tb.sym, T.none);
}

function describe(t: PyType): string {
  if (t.t === "object") return `an asyncio ${t.cls}`;
  if (t.t === "instance") return `a \`${t.cls.pyName}\` object without __aenter__/__aexit__`;
  return `a value of type ${t.t}`;
}
