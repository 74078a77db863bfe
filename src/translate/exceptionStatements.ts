/** try/except/else/finally and raise: one `catch` testing classes with instanceof, Python's else and cause. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { alwaysExits, walk } from "./astWalk";
import type { TranslationContext } from "./context";
import { exceptionTsName, isBuiltinExceptionName, translateExpr } from "./expressions";
import { translateBlock, type StatementState } from "./statements";
import { T, join, type PyType } from "./types";

export function tryStatement(ctx: TranslationContext, st: StatementState, s: py.Try): ir.Stmt[] {
  const bodyEnd = s.handlers[0]?.start ?? s.orelse[0]?.start ?? s.finalbody[0]?.start ?? s.end;
  let block = translateBlock(ctx, st, s.body, bodyEnd);
  let catchParam: string | undefined;
  let catchBody: ir.Stmt[] | undefined;
  const pre: ir.Stmt[] = [];
  if (s.handlers.length > 0) {
    ctx.note(s.kind === "TryStar" ? "exceptStar" : "exceptions", s);
    if (s.kind === "TryStar") ctx.note("aggregateError", s);
    if (s.kind === "TryStar") {
      catchParam = ctx.unique("err");
      catchBody = starHandlers(ctx, st, s, catchParam);
    } else if (s.handlers.length === 1) {
      ({ catchParam, catchBody } = soleHandler(ctx, st, s, s.handlers[0]!));
    } else {
      catchParam = ctx.unique("err");
      catchBody = handlers(ctx, st, s, catchParam);
    }
  }
  if (s.orelse.length > 0 && s.handlers.length > 0 && s.handlers.every((h) => alwaysExits(h.body))) {
    // Every handler leaves, so code after the try runs only when the body raised nothing: the
    // `else` block simply follows (outside the try, so its exceptions are not caught here).
    ctx.note("tryElse", s);
    const orelse = translateBlock(ctx, st, s.orelse, s.finalbody[0]?.start ?? s.end);
    const inner: ir.Stmt[] = [{ kind: "Try", block, catchParam, catchBody, span: s }, ...orelse];
    if (s.finalbody.length === 0) return inner;
    return [{ kind: "Try", block: inner, finallyBody: translateBlock(ctx, st, s.finalbody, s.end), span: s }];
  }
  if (s.orelse.length > 0) {
    ctx.note("tryElse", s);
    const flag = ctx.unique("succeeded");
    pre.push(f.varDecl("let", flag, f.bool(false)));
    block = [...block, f.exprStmt(f.assign(f.id(flag), f.bool(true)))];
    const orelse = translateBlock(ctx, st, s.orelse, s.finalbody[0]?.start ?? s.end);
    const inner: ir.Stmt[] = [...pre, { kind: "Try", block, catchParam, catchBody }, f.ifStmt(f.id(flag), orelse)];
    if (s.finalbody.length === 0) return inner;
    return [{ kind: "Try", block: inner, finallyBody: translateBlock(ctx, st, s.finalbody, s.end), span: s }];
  }
  const finallyBody = s.finalbody.length ? translateBlock(ctx, st, s.finalbody, s.end) : undefined;
  return [{ kind: "Try", block, catchParam, catchBody, finallyBody, span: s }];
}

/**
 * One `except E as e:` -> `catch (e) { if (!(e instanceof E)) throw e; ... }`: the guard narrows the caught
 * value, and the Python name is the catch's own (Python unbinds it after the handler, as the catch block ends it).
 */
function soleHandler(ctx: TranslationContext, st: StatementState, s: py.Try, h: py.ExceptHandler): { catchParam: string; catchBody: ir.Stmt[] } {
  const sym = h.name ? ctx.symbol(ctx.scope, h.name) : null;
  const err = sym?.tsName ?? ctx.unique("err");
  const { test, type } = handlerTest(ctx, h, err);
  if (sym) ctx.widen(sym, type);
  const body = handlerBlock(ctx, st, s, 0, err);
  return { catchParam: err, catchBody: test ? [f.ifStmt(f.not(test), [f.throwStmt(f.id(err))], undefined, h), ...body] : body };
}

/** The statements of handler `index`, where a bare `raise` rethrows `err`. */
function handlerBlock(ctx: TranslationContext, st: StatementState, s: py.Try, index: number, err: string): ir.Stmt[] {
  const end = s.handlers[index + 1]?.start ?? s.orelse[0]?.start ?? s.finalbody[0]?.start ?? s.end;
  st.handlers.unshift(err);
  try {
    return translateBlock(ctx, st, s.handlers[index]!.body, end);
  } finally {
    st.handlers.shift();
  }
}

function handlers(ctx: TranslationContext, st: StatementState, s: py.Try, err: string): ir.Stmt[] {
  let chain: ir.Stmt[] | undefined = [f.throwStmt(f.id(err))];
  for (let i = s.handlers.length - 1; i >= 0; i--) {
    const h = s.handlers[i]!;
    const { test, type } = handlerTest(ctx, h, err);
    const bind: ir.Stmt[] = [];
    if (h.name) {
      const sym = ctx.symbol(ctx.scope, h.name);
      ctx.widen(sym, type);
      bind.push(f.varDecl("const", sym.tsName, f.id(err)));
    }
    const body = [...bind, ...handlerBlock(ctx, st, s, i, err)];
    chain = test ? [f.ifStmt(test, body, chain, h)] : body;
  }
  return chain ?? [];
}

function handlerTest(ctx: TranslationContext, h: py.ExceptHandler, err: string): { test: ir.Expr | null; type: PyType } {
  if (!h.type) return { test: null, type: T.exception("BaseException") };
  const { classes, type } = handlerClasses(ctx, h.type);
  const tests = classes.map((cls) => f.bin("instanceof", f.id(err), cls));
  return { test: tests.reduce((a, b) => f.bin("||", a, b)), type };
}

/** The classes an `except` clause names (one, or a tuple of them) and the type of what it catches. */
function handlerClasses(ctx: TranslationContext, clause: py.Expr): { classes: ir.Expr[]; type: PyType } {
  const named = clause.kind === "Tuple" ? clause.elts : [clause];
  let type: PyType = T.never;
  const classes = named.map((c) => {
    if (c.kind === "Name" && isBuiltinExceptionName(c.id) && !ctx.lookup(c.id)) {
      type = join(type, T.exception(c.id));
      return ctx.helper(exceptionTsName(c.id));
    }
    const cls = translateExpr(ctx, c);
    type = join(type, cls.type.t === "class" ? { t: "instance", cls: cls.type.cls } : cls.type.t === "exceptionClass" ? T.exception(cls.type.name) : T.unknown);
    return cls.ir;
  });
  return { classes, type };
}

/**
 * The clauses of `try: ... except* A as eg: ... except* B: ...` (Python 3.11):
 *
 *     const star = new ExceptStar(err);
 *     if (star.match(A)) { const eg = star.matched; ... }
 *     if (star.match(B)) { ... }
 *     star.reraise();
 *
 * Each clause gets the group of its matches; what a clause raises is kept (star.raise) until all
 * clauses ran, then raised with the unmatched rest, as CPython does.
 */
function starHandlers(ctx: TranslationContext, st: StatementState, s: py.Try, err: string): ir.Stmt[] {
  const star = ctx.unique("star");
  const out: ir.Stmt[] = [f.varDecl("const", star, f.newExpr(ctx.helper("ExceptStar"), [f.id(err)]))];
  s.handlers.forEach((h, i) => {
    const end = s.handlers[i + 1]?.start ?? s.orelse[0]?.start ?? s.finalbody[0]?.start ?? s.end;
    if (!h.type) {
      ctx.report("TR2001", h, "`except*` needs an exception class (a bare `except*` is a SyntaxError)");
      return;
    }
    const { classes } = handlerClasses(ctx, h.type);
    const matched = f.member(f.id(star), "matched");
    // A bare `raise` in the clause re-raises its group of matches.
    const current = h.name ? ctx.symbol(ctx.scope, h.name) : null;
    if (current) ctx.widen(current, T.exception("ExceptionGroup"));
    const groupName = current?.tsName ?? ctx.unique("group");
    st.handlers.unshift(groupName);
    let body: ir.Stmt[];
    try {
      body = [f.varDecl("const", groupName, matched), ...translateBlock(ctx, st, h.body, end)];
    } finally {
      st.handlers.shift();
    }
    if (!current && !containsRaise(h.body)) body = body.slice(1);
    // What the clause raises waits until the other clauses ran.
    if (mayRaise(ctx, h.body)) {
      const raised = ctx.unique("raised");
      body = [{ kind: "Try", block: body, catchParam: raised, catchBody: [f.exprStmt(f.method(f.id(star), "raise", [f.id(raised)]))] }];
    }
    out.push(f.ifStmt(f.method(f.id(star), "match", classes), body, undefined, h));
  });
  out.push(f.exprStmt(f.method(f.id(star), "reraise", [])));
  return out;
}

function containsRaise(body: readonly py.Stmt[]): boolean {
  let found = false;
  for (const stmt of body) walk(stmt, (node) => {
    if (node.kind === "Raise") found = true;
    return !found;
  });
  return found;
}

/** Whether a clause can raise: it raises, asserts, awaits or calls the program's own functions and methods. */
function mayRaise(ctx: TranslationContext, body: readonly py.Stmt[]): boolean {
  let found = false;
  for (const stmt of body) walk(stmt, (node) => {
    if (node.kind === "Raise" || node.kind === "Assert" || node.kind === "Await") found = true;
    if (node.kind === "Call") {
      const call = node as py.Call;
      if (call.func.kind !== "Name" || ctx.lookup(call.func.id)) found = true;
    }
    return !found;
  });
  return found;
}

export function raise(ctx: TranslationContext, st: StatementState, s: py.Raise): ir.Stmt {
  if (!s.exc) {
    const current = st.handlers[0];
    if (!current) ctx.report("TR2001", s, "a bare `raise` outside an except block is not supported");
    return f.throwStmt(f.id(current ?? "undefined"), s);
  }
  const exc = translateExpr(ctx, s.exc);
  const value = exc.type.t === "exceptionClass" || exc.type.t === "class" ? f.newExpr(exc.ir, []) : exc.ir;
  if (!s.cause) return f.throwStmt(value, s);
  const cause = translateExpr(ctx, s.cause);
  return f.throwStmt(ctx.callHelper("withCause", [value, cause.ir]), s);
}

