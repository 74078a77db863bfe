/**
 * `async with`: the block becomes a function given to the runtime's asyncWith, which enters the manager (a
 * TaskGroup, lock, semaphore, condition, barrier, timeout, AsyncExitStack, @asynccontextmanager, or a class of
 * the program with __aenter__/__aexit__), runs it and exits with its exception (see runtime/withBlocks.ts).
 * A block that returns, breaks out or yields cannot be a function: it is written out where it is, the manager
 * entered before a `try` and exited in its `catch`/`finally` (locks as acquire/try/finally/release).
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { blockRunsAsFunction, canFallThrough, mayJumpOut } from "./astWalk";
import { assignTarget } from "./statements";
import { T, findMethod, join, mayBeNone, toTsType, withoutNone, type ClassInfo, type PyType } from "./types";

export type BodyTranslator = () => ir.Stmt[];

/** `with a, b: body` is `with a:` around `with b: body`: `each` gets an item and what translates the rest inside it. */
export function nestItems(s: py.With, body: BodyTranslator, each: (item: py.WithItem, inner: BodyTranslator) => ir.Stmt[]): ir.Stmt[] {
  const nest = (index: number): ir.Stmt[] => (index === s.items.length ? body() : each(s.items[index]!, () => nest(index + 1)));
  return nest(0);
}

export function translateAsyncWith(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  return blockRunsAsFunction(s) ? asyncWithCalls(ctx, s, body) : expandedAsyncWith(ctx, s, body);
}

/** An asyncio or program object `async with` can enter: what `as` binds, and the notes its block gets. */
function enteredValue(ctx: TranslationContext, s: py.With, item: py.WithItem, given: Typed): { manager: Typed; entered: PyType } | null {
  const t = withoutNone(given.type);
  // A manager that may be None (`lock = None` until set): Python would fail on None; TypeScript needs `lock!`.
  const manager = given.type.t === "union" && mayBeNone(given.type) ? { ...given, ir: f.nonNull(given.ir), type: t } : given;
  if (t.t === "object") {
    switch (t.cls) {
      case "Lock":
      case "Condition":
      case "Semaphore":
      case "BoundedSemaphore":
        ctx.note(t.cls === "Condition" ? "condition" : "asyncWith", s);
        return { manager, entered: T.none };
      case "Barrier":
        return { manager, entered: T.int };
      case "TaskGroup":
        ctx.note("taskGroup", s);
        ctx.note("awaitUsing", s);
        return { manager, entered: t };
      case "Timeout":
        ctx.note("timeout", s);
        return { manager, entered: t };
      case "AsyncExitStack":
        ctx.note("asyncExitStack", s);
        return { manager, entered: t };
      case "AsyncContextManager":
        ctx.note("asyncContextManager", s);
        ctx.note("awaitUsing", s);
        return { manager, entered: t.elem };
      case "AsyncClosing":
        return { manager, entered: t.elem };
    }
  }
  if (t.t === "instance" && findMethod(t.cls, "__aenter__") && findMethod(t.cls, "__aexit__")) {
    widenExitParams(ctx, t.cls, "__aexit__");
    const enter = findMethod(t.cls, "__aenter__")!;
    return { manager, entered: enter.declaredReturn ?? enter.returns };
  }
  ctx.report("TR2004", item.context_expr, `\`async with\` on ${describe(t)} is not supported`);
  return null;
}

/**
 * `async with cm as x: body` -> `await asyncWith(cm, async (x) => { body });`: the runtime enters, runs the
 * block's function, and exits with its exception (a true exit swallows it). `as x` is the function's
 * parameter when only such blocks use `x`; otherwise the variable is declared before and assigned inside.
 */
function asyncWithCalls(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  const declared: ir.Stmt[] = [];
  const calls = nestItems(s, body, (item, inner) => {
    const found = enteredValue(ctx, s, item, translateExpr(ctx, item.context_expr));
    if (!found) return inner();
    const { params, bind } = blockParameter(ctx, s, item.optional_vars, found.entered, declared);
    const block = f.arrow(params, [...bind, ...inner()], { async: true });
    return [f.exprStmt(f.awaitExpr(ctx.callHelper("asyncWith", [found.manager.ir, block])), s)];
  });
  return [...declared, ...calls];
}

/** What the block's function takes, and the statements that bind `as` inside it. */
export function blockParameter(ctx: TranslationContext, s: py.With, target: py.Expr | null, entered: PyType, declared: ir.Stmt[]): { params: ir.Param[]; bind: ir.Stmt[] } {
  if (!target) return { params: [], bind: [] };
  if (target.kind === "Name") {
    const sym = ctx.lookup(target.id) ?? ctx.symbol(ctx.scope, target.id);
    ctx.widen(sym, entered);
    if (ctx.scope.blockParams.has(target.id)) return { params: [f.param(sym.tsName)], bind: [] };
    // Used after the block too: a variable of the enclosing function, declared before the call.
    if (ctx.scope.inlineDecl.get(target.id) === s) declared.push({ ...f.varDecl("let", sym.tsName, undefined, toTsType(sym.type.t === "never" ? T.unknown : sym.type)), definite: true });
    const param = ctx.unique("entered");
    return { params: [f.param(param)], bind: [f.exprStmt(f.assign(f.id(sym.tsName, target), f.id(param)), s)] };
  }
  const param = ctx.unique("entered");
  return { params: [f.param(param)], bind: assignTarget(ctx, s, target, { ir: f.id(param), type: entered }) };
}

/**
 * A block that returns, breaks, continues or yields cannot be a function of its own: the manager is
 * entered and exited around a `try` in the enclosing function.
 */
function expandedAsyncWith(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  return nestItems(s, body, (item, inner) => withItem(ctx, s, item, translateExpr(ctx, item.context_expr), inner));
}

function withItem(ctx: TranslationContext, s: py.With, item: py.WithItem, given: Typed, inner: BodyTranslator): ir.Stmt[] {
  const found = enteredValue(ctx, s, item, given);
  if (!found) return inner();
  const { manager, entered } = found;
  const t = withoutNone(manager.type);
  if (t.t === "instance") return dunderProtocol(ctx, s, item, manager, t.cls, "async", inner);
  if (t.t !== "object") return inner();
  switch (t.cls) {
    case "Lock":
    case "Condition":
    case "Semaphore":
    case "BoundedSemaphore": {
      const { ref, setup } = named(ctx, manager, "lock");
      const bind = item.optional_vars ? assignTarget(ctx, s, item.optional_vars, { ir: f.nil(), type: entered }) : [];
      return [
        ...setup,
        f.exprStmt(f.awaitExpr(f.method(ref, "acquire", [])), s),
        // `as x` binds None (what Lock.__aenter__ returns) in the function's scope, not the try block's.
        ...bind,
        { kind: "Try", block: inner(), finallyBody: [f.exprStmt(f.method(ref, "release", []))] },
      ];
    }
    case "Barrier": {
      // __aenter__ waits at the barrier and gives the arrival index; __aexit__ does nothing.
      const arrival: Typed = { ir: f.awaitExpr(f.method(manager.ir, "wait", [])), type: entered };
      return [...(item.optional_vars ? assignTarget(ctx, s, item.optional_vars, arrival) : [f.exprStmt(arrival.ir, s)]), ...inner()];
    }
    case "TaskGroup": {
      // One Python variable is one binding: a second `async with ... as tg` in the function assigns it again.
      const { ref: group, setup } = boundManager(ctx, s, item, { ir: f.method(manager.ir, "enter", []), type: t }, "group");
      return [...setup, ...protocol(ctx, inner, (err) => f.method(group, "exit", [err ?? f.nil()]), awaitedExit)];
    }
    case "Timeout":
      return timeoutBlock(ctx, s, item, manager, inner);
    case "AsyncExitStack": {
      // enter is the stack itself; exit unwinds what was entered, last first.
      const { ref: stack, setup } = boundManager(ctx, s, item, manager, "stack");
      return [...setup, ...protocol(ctx, inner, (err) => f.method(stack, "exit", [err ?? f.nil()]), suppressingAwaitedExit)];
    }
    case "AsyncClosing":
    case "AsyncContextManager": {
      // @asynccontextmanager: enter runs the generator to its yield (the value bound by `as`); exit
      // resumes it, or raises the body's exception at the yield (suppressed if the generator swallows it).
      const { ref, setup } = named(ctx, manager, "manager");
      const enter = f.awaitExpr(f.method(ref, "enter", []));
      const bind = item.optional_vars ? assignTarget(ctx, s, item.optional_vars, { ir: enter, type: entered }) : [f.exprStmt(enter, s)];
      return [...setup, ...bind, ...protocol(ctx, inner, (err) => f.method(ref, "exit", [err ?? f.nil()]), suppressingAwaitedExit)];
    }
    default:
      return inner();
  }
}

/**
 * The entered manager bound by `as name` (declared there, or assigned when the variable is declared
 * elsewhere) and referred to by that name; without `as` (or with another target), a fresh constant.
 */
function boundManager(ctx: TranslationContext, s: py.With, item: py.WithItem, entered: Typed, base: string): { ref: ir.Ident; setup: ir.Stmt[] } {
  const target = item.optional_vars;
  if (target?.kind === "Name") {
    const setup = assignTarget(ctx, s, target, entered);
    return { ref: f.id(ctx.lookup(target.id)!.tsName), setup };
  }
  const name = ctx.unique(base);
  return { ref: f.id(name), setup: [f.varDecl("const", name, entered.ir, undefined, s), ...(target ? assignTarget(ctx, s, target, { ir: f.id(name), type: entered.type }) : [])] };
}

/**
 * A class of the program with __aenter__/__aexit__ (`async with`) or __enter__/__exit__ (`with`): enter,
 * bind `as`, run the body, and exit with the body's exception, which a true result swallows.
 */
export function dunderProtocol(ctx: TranslationContext, s: py.With, item: py.WithItem, manager: Typed, cls: ClassInfo, mode: "async" | "sync", inner: BodyTranslator): ir.Stmt[] {
  const [enterName, exitName] = mode === "async" ? ["__aenter__", "__aexit__"] : ["__enter__", "__exit__"];
  const { ref, setup } = named(ctx, manager, "manager");
  const enterResult = findMethod(cls, enterName)!;
  const enterCall = f.method(ref, enterName, []);
  const entered = mode === "async" ? f.awaitExpr(enterCall) : enterCall;
  const bind = item.optional_vars ? assignTarget(ctx, s, item.optional_vars, { ir: entered, type: enterResult.declaredReturn ?? enterResult.returns }) : [f.exprStmt(entered, s)];
  // __exit__(exc_type, exc, tb): the exception's class as Python shows it, the exception, no traceback.
  const exitCall = (err: ir.Expr | null) =>
    f.method(ref, exitName, err === null ? [f.nil(), f.nil(), f.nil()] : [ctx.callHelper("typeOf", [err]), f.asType(err, f.tRef("BaseException")), f.nil()]);
  widenExitParams(ctx, cls, exitName);
  return [...setup, ...bind, ...protocol(ctx, inner, exitCall, mode === "async" ? suppressingAwaitedExit : suppressingExit)];
}

/**
 * `async with asyncio.timeout(d) as cm:` -> `const cm = timeoutAfter(d).enter();`, the body in `try`, and
 * `cm.exit(err)` in `catch` before rethrowing (exit raises TimeoutError instead when the deadline
 * cancelled the body). Both enter and exit are plain calls: CPython's __aenter__/__aexit__ never suspend.
 */
function timeoutBlock(ctx: TranslationContext, s: py.With, item: py.WithItem, manager: Typed, inner: BodyTranslator): ir.Stmt[] {
  const entered: Typed = { ir: f.method(manager.ir, "enter", []), type: manager.type };
  const target = item.optional_vars;
  let ref: ir.Expr;
  let setup: ir.Stmt[];
  if (target?.kind === "Name") {
    setup = assignTarget(ctx, s, target, entered);
    ref = f.id(ctx.lookup(target.id)!.tsName);
  } else {
    // No `as` name (or a target that is not a plain name, bound after entering).
    const name = ctx.unique("deadline");
    ref = f.id(name);
    setup = [f.varDecl("const", name, entered.ir, undefined, s), ...(target ? assignTarget(ctx, s, target, { ir: ref, type: manager.type }) : [])];
  }
  const exit = (err: ir.Expr | null) => f.method(ref, "exit", [err ?? f.nil()]);
  const body = inner();
  if (mayJumpOut(s.body)) return [...setup, ...protocol(ctx, () => body, exit, plainExit)];
  // Without return/break/continue the block is left by falling off its end or by an exception.
  const err = ctx.unique("err");
  return [
    ...setup,
    { kind: "Try", block: body, catchParam: err, catchBody: [f.exprStmt(exit(f.id(err))), f.throwStmt(f.id(err))] },
    ...(canFallThrough(s.body) ? [f.exprStmt(exit(null))] : []),
  ];
}

/** Whether the exit is awaited, and whether a true result from it swallows the body's exception. */
interface ExitKind {
  readonly awaited: boolean;
  readonly suppresses: boolean;
}
const awaitedExit: ExitKind = { awaited: true, suppresses: false };
const suppressingAwaitedExit: ExitKind = { awaited: true, suppresses: true };
const plainExit: ExitKind = { awaited: false, suppresses: false };
const suppressingExit: ExitKind = { awaited: false, suppresses: true };

/**
 * try { body } catch (err) { exit(err) } finally { exit(null) when the body did not fail }:
 * the exit runs however the body ends (return, break, exception), once.
 */
function protocol(ctx: TranslationContext, inner: BodyTranslator, exit: (err: ir.Expr | null) => ir.Expr, how: ExitKind): ir.Stmt[] {
  const failed = ctx.unique("failed");
  const err = ctx.unique("err");
  const call = (e: ir.Expr) => (how.awaited ? f.awaitExpr(e) : e);
  const handleError: ir.Stmt[] =
    how.suppresses
      ? [f.ifStmt(f.not(call(exit(f.id(err)))), [f.throwStmt(f.id(err))])]
      : [f.exprStmt(call(exit(f.id(err)))), f.throwStmt(f.id(err))];
  return [
    f.varDecl("let", failed, f.bool(false)),
    {
      kind: "Try",
      block: inner(),
      catchParam: err,
      catchBody: [f.exprStmt(f.assign(f.id(failed), f.bool(true))), ...handleError],
      finallyBody: [f.ifStmt(f.not(f.id(failed)), [f.exprStmt(call(exit(null)))])],
    },
  ];
}

/** The manager in a const of its own unless it already is a plain name. */
function named(ctx: TranslationContext, manager: Typed, base: string): { ref: ir.Expr; setup: ir.Stmt[] } {
  // A name, or a member of one (`self.lock`): reading it again at exit gives the same manager. A member of a
  // call's result (`get_mgr().lock`) would call again, so it is kept in a constant, as Python evaluates it once.
  const plain = (e: ir.Expr): boolean => e.kind === "Ident" || e.kind === "This" || (e.kind === "Member" && plain(e.object)) || (e.kind === "NonNull" && plain(e.operand));
  if (plain(manager.ir)) return { ref: manager.ir, setup: [] };
  const name = ctx.unique(base);
  return { ref: f.id(name), setup: [f.varDecl("const", name, manager.ir)] };
}

/** __exit__/__aexit__(exc_type, exc, tb) receives the error's class, the error and no traceback. */
export function widenExitParams(ctx: TranslationContext, cls: ClassInfo, exitName: string): void {
  const exit = findMethod(cls, exitName);
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
