/**
 * `with` (not `async with`): a class of the program with __enter__/__exit__ gets the full protocol, and
 * `contextlib.suppress(E, ...)` a `catch` that swallows those exceptions. Anything else (files, threading
 * locks, an asyncio lock, which needs `async with`) gives TR2004 and the body is translated as is.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { TranslationContext } from "./context";
import { contextlibCallee } from "./contextlib";
import { dunderProtocol, type BodyTranslator } from "./contextManagers";
import { translateExpr } from "./expressions";
import { findMethod } from "./methods";

export function translateWith(ctx: TranslationContext, s: py.With, body: BodyTranslator): ir.Stmt[] {
  // `with a, b:` is `with a:` around `with b:`.
  const nest = (index: number): ir.Stmt[] => {
    if (index === s.items.length) return body();
    const item = s.items[index]!;
    const inner = () => nest(index + 1);
    const suppress = item.context_expr.kind === "Call" && contextlibCallee(ctx, item.context_expr.func) === "suppress" ? item.context_expr : null;
    if (suppress) return suppressBlock(ctx, item, suppress, inner);
    const manager = translateExpr(ctx, item.context_expr);
    const t = manager.type;
    if (t.t === "instance" && findMethod(t.cls, "__enter__") && findMethod(t.cls, "__exit__")) return dunderProtocol(ctx, s, item, manager, t.cls, "sync", inner);
    const hint = t.t === "object" ? ` (an asyncio ${t.cls} is entered with \`async with\`)` : " (only classes with __enter__/__exit__, and contextlib.suppress)";
    ctx.report("TR2004", item.context_expr, `\`with\` on \`${ctx.text(item.context_expr)}\` is not supported${hint}`);
    return inner();
  };
  return nest(0);
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
