/**
 * Translates a parsed Python module into the TypeScript IR. Types are inferred by translating
 * repeatedly: each pass widens what it learns (parameter types from calls, element types from
 * appends, return types from returns) until a pass learns nothing new; the last pass's output is used.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { isStatementLevel, walk } from "./astWalk";
import { CommentQueue } from "./comments";
import { desugarDataclasses } from "./dataclasses";
import { TranslationContext } from "./context";
import { reportTimerTies } from "./timerTies";
import type { NoteUse } from "./notes";
import { translateBlock, type StatementState } from "./statements";
import type { Diagnostic } from "../core/diagnostics";

const MAX_PASSES = 8;

export interface ModuleTranslation {
  readonly program: ir.Program;
  readonly helpers: ReadonlySet<string>;
  readonly notes: readonly NoteUse[];
  readonly diagnostics: readonly Diagnostic[];
  readonly passes: number;
  /** gathers emitted as Promise.all, with their coroutine calls (Python spans), for traces. */
  readonly eagerGathers: readonly EagerGather[];
}

export interface EagerGather {
  readonly gather: { readonly start: number; readonly end: number };
  readonly calls: readonly { readonly start: number; readonly end: number }[];
}

export function translateModule(module: py.Module, source: string, reservedNames: ReadonlySet<string>, lineOf?: (offset: number) => number): ModuleTranslation {
  // `@dataclass` classes get the __init__ Python writes for them before anything looks at the module.
  const dataclasses = desugarDataclasses(module);
  module = dataclasses.module;
  const ctx = new TranslationContext(module, source, reservedNames, lineOf);
  ctx.dataclasses = dataclasses.specs;
  registerImports(ctx, module);
  // Definitions only define: the first statement that runs a loop is where the module starts waiting.
  const firstRun = module.body.findIndex((s) => s.kind !== "FunctionDef" && s.kind !== "AsyncFunctionDef" && s.kind !== "ClassDef" && ctx.blocking.contains(s));
  let body: ir.Stmt[] = [];
  let passes = 0;
  do {
    passes++;
    ctx.startPass();
    const state: StatementState = { comments: new CommentQueue(module.comments, source), loops: [], handlers: [] };
    body = translateTopLevel(ctx, state, module, firstRun, source.length);
  } while ((ctx.changed || ctx.settleUnseenParams()) && passes < MAX_PASSES);
  reportTimerTies(ctx, module);
  const eagerGathers = ctx.eager.groups.map((g) => ({ gather: { start: g.gather.start, end: g.gather.end }, calls: g.calls.map((c) => ({ start: c.start, end: c.end })) }));
  // A node translated twice (an isinstance class, a retried form) would say the same thing twice at one place.
  const said = new Set<string>();
  const diagnostics = ctx.diagnostics.filter((d) => {
    const key = `${d.code}\0${d.span.start}\0${d.span.end}\0${d.message}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  return { program: { body }, helpers: ctx.helpers, notes: ctx.notes, diagnostics, passes, eagerGathers };
}

/**
 * `asyncio.run()` blocks in Python: statements after it run once the loop is done, and it returns
 * main's result. When anything depends on that, the module's code from the first `asyncio.run` on
 * goes into an async function expression that awaits `run(...)`.
 */
function translateTopLevel(ctx: TranslationContext, state: StatementState, module: py.Module, first: number, end: number): ir.Stmt[] {
  const rest = first >= 0 ? module.body.slice(first) : [];
  const executable = rest.filter((s) => !["FunctionDef", "AsyncFunctionDef", "ClassDef", "Import", "ImportFrom", "Pass"].includes(s.kind));
  const plainRun = executable.length === 1 && isRunStatement(executable[0]!) && ctx.blocking.names.size === 0;
  if (first < 0 || plainRun) return translateBlock(ctx, state, module.body, end);
  const before = translateBlock(ctx, state, module.body.slice(0, first), module.body[first]!.start);
  ctx.awaitRun = true;
  const after = translateBlock(ctx, state, rest, end);
  ctx.awaitRun = false;
  const program = f.call(f.arrow([], after, { async: true }), []);
  const comment = startsWithRun(module.body[first]!)
    ? "asyncio.run() returns when the loop is done: the rest of the program waits for it"
    : "The event loop runs only inside these calls (run_until_complete, run_forever, Runner.run): the rest of the program waits for them";
  return [...before, { ...f.exprStmt(f.unary("void", program)), comments: [comment] }];
}

/** Whether the statement calls asyncio.run (the usual way), rather than the loop API of older programs. */
function startsWithRun(stmt: py.Stmt): boolean {
  let found = false;
  walk(stmt, (node) => {
    if (node.kind === "Call" && isRunCall(node as py.Call)) found = true;
    return !found;
  });
  return found;
}

function isRunCall(call: py.Call): boolean {
  const func = call.func;
  return (func.kind === "Attribute" && func.attr === "run" && func.value.kind === "Name") || (func.kind === "Name" && func.id === "run");
}

/** A statement that is just `asyncio.run(main())` (its result unused: nothing needs to wait for it). */
function isRunStatement(stmt: py.Stmt): boolean {
  return stmt.kind === "Expr" && stmt.value.kind === "Call" && isRunCall(stmt.value);
}

/** `import asyncio [as aio]` and `from asyncio import gather [as g]`, in any statement block. */
function registerImports(ctx: TranslationContext, module: py.Module): void {
  walk(module, (node) => {
    if (!isStatementLevel(node)) return false;
    if (node.kind === "Import") {
      for (const alias of (node as py.Import).names) {
        const bound = alias.asname ?? alias.name;
        ctx.moduleAliases.set(bound, alias.name);
        if (alias.name === "asyncio") markAsyncio(ctx, bound);
      }
    } else if (node.kind === "ImportFrom") {
      const imp = node as py.ImportFrom;
      for (const alias of imp.names) ctx.fromImports.set(alias.asname ?? alias.name, { module: imp.module ?? "", name: alias.name });
      if (imp.module === "asyncio" || imp.module === "asyncio.exceptions") {
        for (const alias of imp.names) {
          ctx.asyncioImports.set(alias.asname ?? alias.name, alias.name);
          markAsyncio(ctx, alias.asname ?? alias.name);
        }
      }
    }
    return true;
  });
}

/** Names bound to asyncio or its members are not variables of the translation. */
function markAsyncio(ctx: TranslationContext, name: string): void {
  const scope = ctx.scopes.resolve(ctx.scopes.module, name);
  if (scope) ctx.symbol(scope, name).type = { t: "asyncio" };
}
