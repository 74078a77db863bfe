/**
 * The part of `contextlib` asyncio programs use: `@asynccontextmanager` (an async generator with one
 * `yield` as an async context manager) and `AsyncExitStack`. Other contextlib names get a diagnostic.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type { Typed, TranslationContext } from "./context";
import { deferredHelperCall } from "./coroutineArgs";
import { translateExpr } from "./expressions";
import { T, type FunctionInfo, type PyType } from "./types";

/** The contextlib names that translate, with what they become (for the docs table). */
export const contextlibNames: readonly string[] = ["asynccontextmanager", "AsyncExitStack", "aclosing", "suppress"];

/** "`a`, `b` and `c`", for the messages. */
const supportedList = contextlibNames.map((n) => `\`${n}\``).join(", ").replace(/, ([^,]*)$/, " and $1");

/** `@asynccontextmanager` or `@contextlib.asynccontextmanager`. */
export function isAsyncContextManagerDecorator(d: py.Expr): boolean {
  if (d.kind === "Name") return d.id === "asynccontextmanager";
  return d.kind === "Attribute" && d.attr === "asynccontextmanager" && d.value.kind === "Name" && d.value.id === "contextlib";
}

/** Whether `fn` is an async generator function decorated with @asynccontextmanager. */
export function isAsyncContextManagerFunction(ctx: TranslationContext, fn: FunctionInfo): boolean {
  if (!fn.isGenerator || !fn.isAsync || ctx.functions.get(fn.node) !== fn) return false;
  return fn.node.kind !== "Lambda" && fn.node.decorator_list.some(isAsyncContextManagerDecorator);
}

/**
 * Calling an @asynccontextmanager function gives a context manager around the generator it makes:
 * `asyncContextManager(transaction("t1"))`, entered and exited by `async with` (see contextManagers).
 */
export function wrapAsyncContextManager(ctx: TranslationContext, call: Typed, fn: FunctionInfo, e: py.Call): Typed {
  ctx.note("asyncContextManager", e);
  return { ir: ctx.callHelper("asyncContextManager", [call.ir], e), type: { t: "object", cls: "AsyncContextManager", elem: fn.yields } };
}

/** `contextlib.AsyncExitStack()` (or the name imported from contextlib). */
export function contextlibCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const name = contextlibCallee(ctx, e.func);
  if (name === null) return null;
  if (name === "AsyncExitStack" && e.args.length === 0) {
    ctx.note("asyncExitStack", e);
    return { ir: f.newExpr(ctx.helper("AsyncExitStack"), [], e), type: { t: "object", cls: "AsyncExitStack", elem: T.never } };
  }
  if (name === "aclosing" && e.args.length === 1 && e.keywords.length === 0) {
    const gen = translateExpr(ctx, e.args[0]!);
    ctx.note("asyncForBreak", e);
    return { ir: ctx.callHelper("aclosing", [gen.ir], e), type: { t: "object", cls: "AsyncClosing", elem: gen.type } };
  }
  ctx.report("TR2008", e.func, `\`contextlib.${name}\` is not supported (only ${supportedList})`);
  return { ir: f.id("undefined"), type: T.unknown };
}

/** `contextlib.X` (the module imported, or used without its import) or `X` imported from contextlib. */
export function contextlibCallee(ctx: TranslationContext, func: py.Expr): string | null {
  if (func.kind === "Attribute" && func.value.kind === "Name" && func.value.id === "contextlib" && ctx.isImportedName("contextlib")) return func.attr;
  if (func.kind === "Name" && (func.id === "AsyncExitStack" || func.id === "aclosing" || func.id === "suppress") && ctx.isImportedName(func.id)) return func.id;
  return null;
}

/** `await stack.enter_async_context(cm)`: enters `cm` now, exits it when the stack unwinds. */
export function exitStackMethodCall(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  if (func.attr !== "enter_async_context" || e.args.length !== 1) return null;
  const manager = translateExpr(ctx, e.args[0]!);
  const entered: PyType = manager.type.t === "object" && manager.type.cls === "AsyncContextManager" ? manager.type.elem : T.unknown;
  const call = f.method(target.ir, "enterAsyncContext", [manager.ir], e);
  return { ir: deferredHelperCall(ctx, [func.value, e.args[0]!], call, e), type: T.coroutine(entered), call };
}

/** `import contextlib` / `from contextlib import ...`: only the supported names. */
export function checkContextlibImport(ctx: TranslationContext, s: py.ImportFrom): void {
  for (const alias of s.names) {
    if (!contextlibNames.includes(alias.name)) ctx.report("TR2008", alias, `\`contextlib.${alias.name}\` is not supported (only ${supportedList})`);
  }
}
