/**
 * Python's `time` module, as asyncio programs use it: `time.perf_counter()`, `time.monotonic()` and
 * `time.time()` read the program's clock (the loop's, so a measured `await asyncio.sleep(2)` takes 2.0 s
 * on the virtual clock too), and `time.sleep()` blocks everything, as it blocks the event loop.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import type { NoteId } from "./notes";
import { T, type PyType } from "./types";

const timeFunctions: Readonly<Record<string, { readonly helper: string; readonly args: number; readonly result: PyType; readonly note: NoteId }>> = {
  perf_counter: { helper: "monotonic", args: 0, result: T.float, note: "timeClock" },
  monotonic: { helper: "monotonic", args: 0, result: T.float, note: "timeClock" },
  time: { helper: "epochSeconds", args: 0, result: T.float, note: "timeClock" },
  sleep: { helper: "blockingSleep", args: 1, result: T.none, note: "blockingSleep" },
};

export const timeNames: readonly string[] = Object.keys(timeFunctions);

/** A call of `time.X` (the module imported) or of X imported from time; null for any other call. */
export function timeCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const name = timeCallee(ctx, e.func);
  if (name === null) return null;
  const fn = timeFunctions[name];
  if (!fn || e.args.length !== fn.args || e.keywords.length > 0) {
    ctx.report("TR2008", e, `\`time.${name}\` is not supported here (only ${timeNames.map((n) => `\`time.${n}()\``).join(", ")})`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  ctx.note(fn.note, e);
  if (fn.note === "timeClock") reportClockRead(ctx, e);
  return { ir: ctx.callHelper(fn.helper, e.args.map((a) => translateExpr(ctx, a).ir), e), type: fn.result };
}

function timeCallee(ctx: TranslationContext, func: py.Expr): string | null {
  if (func.kind === "Attribute" && func.value.kind === "Name" && ctx.moduleAliases.get(func.value.id) === "time" && ctx.isImportedName(func.value.id)) return func.attr;
  const imported = func.kind === "Name" ? ctx.fromImports.get(func.id) : undefined;
  if (func.kind === "Name" && imported?.module === "time" && ctx.isImportedName(func.id)) return imported.name;
  return null;
}

const CLOCK_WARNING =
  "a time read from the clock: on the virtual clock a duration is exact (2.0 s for `await asyncio.sleep(2)`), while CPython's includes its own running time (2.0021...), so a printed duration can differ in its last digits (CPython's differs from run to run too)";

/** Once per program, at the first read: every read says the same. */
function reportClockRead(ctx: TranslationContext, e: py.Call): void {
  if (!ctx.diagnostics.some((d) => d.message === CLOCK_WARNING)) ctx.report("TR3001", e, CLOCK_WARNING);
}
