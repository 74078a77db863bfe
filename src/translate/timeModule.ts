/**
 * Python's `time` module, as asyncio programs use it: `time.perf_counter()`, `time.monotonic()` and
 * `time.time()` read the program's clock (the loop's, so a measured `await asyncio.sleep(2)` takes 2.0 s
 * on the virtual clock too), and `time.sleep()` blocks everything, as it blocks the event loop.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import type { NoteId } from "./notes";
import { T, type PyType } from "./types";

const timeFunctions: Readonly<Record<string, { readonly helper: string; readonly args: readonly number[]; readonly result: PyType; readonly note: NoteId }>> = nameTable({
  perf_counter: { helper: "monotonic", args: [0], result: T.float, note: "timeClock" },
  monotonic: { helper: "monotonic", args: [0], result: T.float, note: "timeClock" },
  time: { helper: "epochSeconds", args: [0], result: T.float, note: "timeClock" },
  sleep: { helper: "blockingSleep", args: [1], result: T.none, note: "blockingSleep" },
  strftime: { helper: "strftime", args: [1, 2], result: T.str, note: "wallClock" },
  ctime: { helper: "ctime", args: [0, 1], result: T.str, note: "wallClock" },
});

/** time.localtime() and time.gmtime() give a struct_time, translated only as strftime's second argument. */
const brokenDownTimes: readonly string[] = ["localtime", "gmtime"];

export const timeNames: readonly string[] = [...Object.keys(timeFunctions), ...brokenDownTimes];

/** A call of `time.X` (the module imported) or of X imported from time; null for any other call. */
export function timeCall(ctx: TranslationContext, e: py.Call): Typed | null {
  const name = timeCallee(ctx, e.func);
  if (name === null) return null;
  const fn = timeFunctions[name];
  const args = fn && e.keywords.length === 0 && fn.args.includes(e.args.length) ? timeArgs(ctx, name, e.args) : null;
  if (!fn || !args) {
    const supported = Object.keys(timeFunctions).map((n) => `\`time.${n}()\``).join(", ");
    ctx.report("TR2008", e, `\`time.${name}\` is not supported here (only ${supported}, and \`time.localtime()\` or \`time.gmtime()\` as strftime's time)`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  ctx.note(fn.note, e);
  if (fn.note === "timeClock") ctx.reportOnce("TR3001", e, CLOCK_WARNING);
  if (fn.note === "wallClock" && readsNow(name, e)) reportWallClockRead(ctx, e);
  return { ir: ctx.callHelper(fn.helper, args, e), type: fn.result };
}

/** Whether strftime/ctime formats the current time (no time given, or `time.localtime()` without seconds). */
function readsNow(name: string, e: py.Call): boolean {
  const when = name === "ctime" ? e.args[0] : e.args[1];
  if (!when) return true;
  return when.kind === "Call" && when.args.length === 0;
}

/** The helper's arguments: strftime's struct_time is given as its seconds (and whether it is UTC); null if it is not one. */
function timeArgs(ctx: TranslationContext, name: string, args: readonly py.Expr[]): ir.Expr[] | null {
  if (name !== "strftime" || args.length === 1) return args.map((a) => translateExpr(ctx, a).ir);
  const [format, when] = args as [py.Expr, py.Expr];
  const kind = when.kind === "Call" ? timeCallee(ctx, when.func) : null;
  if (when.kind !== "Call" || kind === null || !brokenDownTimes.includes(kind) || when.keywords.length > 0 || when.args.length > 1) return null;
  const seconds = when.args[0] ? translateExpr(ctx, when.args[0]).ir : f.id("undefined");
  return [translateExpr(ctx, format).ir, seconds, ...(kind === "gmtime" ? [f.bool(true)] : [])];
}

/** `time.monotonic()`, `time.perf_counter()` or `time.time()` (however time or the name was imported). */
export function isClockCall(ctx: TranslationContext, e: py.Call): boolean {
  const name = timeCallee(ctx, e.func);
  return name !== null && timeFunctions[name]?.note === "timeClock";
}

function timeCallee(ctx: TranslationContext, func: py.Expr): string | null {
  if (func.kind === "Attribute" && func.value.kind === "Name" && ctx.moduleAliases.get(func.value.id) === "time" && ctx.isImportedName(func.value.id)) return func.attr;
  const imported = func.kind === "Name" ? ctx.fromImports.get(func.id) : undefined;
  if (func.kind === "Name" && imported?.module === "time" && ctx.isImportedName(func.id)) return imported.name;
  return null;
}

const CLOCK_WARNING =
  "a time read from the clock: on the virtual clock a duration is exact (2.0 s for `await asyncio.sleep(2)`), while CPython's includes its own running time (2.0021...), so a printed duration can differ in its last digits (CPython's differs from run to run too)";

const WALL_CLOCK_WARNING =
  "the wall-clock time: CPython prints the time of its own run, so this differs from run to run; here it moves with the program's clock (on the virtual clock, a sleep of 2 s shows a time 2 s later at once)";

/** TR3001 for a read of the wall-clock time (time.strftime, datetime.now), once per program. */
export function reportWallClockRead(ctx: TranslationContext, e: py.Call): void {
  ctx.reportOnce("TR3001", e, WALL_CLOCK_WARNING);
}
