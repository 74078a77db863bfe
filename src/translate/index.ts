/**
 * Translates a parsed Python module into the TypeScript IR. Types are inferred by translating
 * repeatedly: each pass widens what it learns (parameter types from calls, element types from
 * appends, return types from returns) until a pass learns nothing new; the last pass's output is used.
 */
import type * as py from "../python/ast";
import type * as ir from "../ts/ir";
import { walk } from "./astWalk";
import { CommentQueue } from "./comments";
import { TranslationContext } from "./context";
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
}

export function translateModule(module: py.Module, source: string, reservedNames: ReadonlySet<string>): ModuleTranslation {
  const ctx = new TranslationContext(module, source, reservedNames);
  registerImports(ctx, module);
  let body: ir.Stmt[] = [];
  let passes = 0;
  do {
    passes++;
    ctx.startPass();
    const state: StatementState = { comments: new CommentQueue(module.comments, source), loops: [], handlers: [] };
    body = translateBlock(ctx, state, module.body, source.length);
  } while (ctx.changed && passes < MAX_PASSES);
  return { program: { body }, helpers: ctx.helpers, notes: ctx.notes, diagnostics: ctx.diagnostics, passes };
}

/** `import asyncio [as aio]` and `from asyncio import gather [as g]`, wherever they appear. */
function registerImports(ctx: TranslationContext, module: py.Module): void {
  walk(module, (node) => {
    if (node.kind === "Import") {
      for (const alias of (node as py.Import).names) {
        const bound = alias.asname ?? alias.name;
        ctx.moduleAliases.set(bound, alias.name);
        if (alias.name === "asyncio") markAsyncio(ctx, bound);
      }
    } else if (node.kind === "ImportFrom") {
      const imp = node as py.ImportFrom;
      if (imp.module !== "asyncio") return;
      for (const alias of imp.names) {
        ctx.asyncioImports.set(alias.asname ?? alias.name, alias.name);
        markAsyncio(ctx, alias.asname ?? alias.name);
      }
    }
  });
}

/** Names bound to asyncio or its members are not variables of the translation. */
function markAsyncio(ctx: TranslationContext, name: string): void {
  const scope = ctx.scopes.resolve(ctx.scopes.module, name);
  if (scope) ctx.symbol(scope, name).type = { t: "asyncio" };
}
