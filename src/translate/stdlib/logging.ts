/**
 * `logging` at its basic level: basicConfig(level, format), getLogger(name), the level constants, and
 * debug/info/warning/error/critical/exception (on the module or a logger) to stderr in Python's format.
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T, type PyType } from "../types";
import { bindArgs } from "./callForms";
import { sysStream } from "./resolve";
import { supported, type StdlibModule } from "./module";

const levels: Readonly<Record<string, number>> = nameTable({ CRITICAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 });
const logFunctions: Readonly<Record<string, number>> = nameTable({ debug: 10, info: 20, warning: 30, warn: 30, error: 40, critical: 50 });
const loggerType: PyType = { t: "object", cls: "PyLogger", elem: T.never };
/** Record fields that change from run to run (times, process and thread ids). */
const unstableFields = /%\((asctime|created|msecs|relativeCreated|process|thread)\)/;
/** Record fields that say where the logging call is: a program whose text names one gets them (see sited). */
const siteFields = /%\((lineno|funcName|pathname|filename|module)\)/;

export const loggingModule: StdlibModule = {
  name: "logging",
  summary: "basicConfig, getLogger and the level functions, on stderr in Python's format",
  names: [
    supported("basicConfig", "`basicConfig({ level, format, stream })` (stream: `sys.stdout` or `sys.stderr`)", ["basicConfig"], "loggingModule"),
    supported("getLogger", "`getLogger(name)`", ["getLogger"], "loggingModule"),
    ...Object.keys(logFunctions).map((name) => supported(name, `\`rootLog(${logFunctions[name]}, msg, ...args)\``, ["rootLog"], "loggingModule")),
    supported("exception", "`rootException(null, msg)`", ["rootException"], "loggingModule"),
    supported("log", "`rootLog(level, msg, ...args)`", ["rootLog"], "loggingModule"),
    ...Object.keys(levels).map((name) => supported(name, `\`${levels[name]}\``)),
  ],
  call: loggingCall,
  value: (_ctx, name, e) => (name in levels ? { ir: f.num(levels[name]!, e), type: T.int } : null),
  methodCall: loggerMethod,
};

function loggingCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  if (name === "basicConfig") {
    // The stream is a name, not a value the translation holds: it is bound apart.
    const stream = e.keywords.find((k) => k.arg === "stream");
    const args = bindArgs(ctx, { ...e, keywords: e.keywords.filter((k) => k !== stream) }, [], ["level", "format", "datefmt", "force"]);
    if (!args) return null;
    if (stream) {
      const name = sysStream(ctx, stream.value);
      if (name === null) ctx.report("TR2006", stream.value, `basicConfig(stream=${ctx.text(stream.value)}) is not supported (only sys.stdout and sys.stderr)`);
      else args.set("stream", { node: stream.value, value: { ir: f.str(name, stream.value), type: T.str } });
    }
    // By its value, however the program names it (`logging.DEBUG`, `DEBUG` imported, `10`).
    const level = args.get("level");
    if (level?.value.ir.kind === "NumberLit" && level.value.ir.text === "10") {
      ctx.report("TR3001", level.node, "at DEBUG level CPython's asyncio logs messages of its own (`asyncio: Using selector: EpollSelector` when a loop is made); they are not written here");
    }
    const format = args.get("format")?.node;
    if (format?.kind === "Constant" && typeof format.value === "string" && unstableFields.test(format.value)) {
      ctx.report("TR3001", format, "this format shows fields that differ between runs: times (here from the program's clock) or process and thread ids (None here)");
    }
    const props = [...args].map(([key, a]) => ({ key, value: a.value.ir }));
    return { ir: ctx.callHelper("basicConfig", props.length > 0 ? [f.object(props)] : [], e), type: T.none };
  }
  if (name === "getLogger") {
    const args = bindArgs(ctx, e, ["name"]);
    const loggerName = args?.get("name")?.value;
    if (!args) return null;
    return { ir: ctx.callHelper("getLogger", loggerName ? [loggerName.ir] : [], e), type: loggerType };
  }
  const level = name === "log" ? null : logFunctions[name];
  if (name !== "exception" && name !== "log" && level === undefined) return null;
  const exc = name === "exception" ? excInfo(ctx, e) : e.keywords.length > 0 ? undefined : f.nil();
  if (exc === undefined) return null;
  const args = e.args.map((a) => translateExpr(ctx, a).ir);
  if (name === "exception") return sited(ctx, e, ctx.callHelper("rootException", [exc, ...args], e));
  return sited(ctx, e, ctx.callHelper("rootLog", level === null || level === undefined ? args : [f.num(level), ...args], e));
}

/**
 * A logging call in a program whose format shows where the call is (`%(funcName)s:%(lineno)d`): made
 * inside `loggedAt(line, "function", () => ...)`, which the record takes them from.
 */
function sited(ctx: TranslationContext, e: py.Call, call: ir.Expr): Typed {
  if (!siteFields.test(ctx.source)) return { ir: call, type: T.none };
  const fn = ctx.enclosingFunction()?.node;
  const funcName = !fn ? "<module>" : fn.kind === "Lambda" ? "<lambda>" : (fn as py.FunctionDef).name;
  return { ir: ctx.callHelper("loggedAt", [f.num(ctx.lineOf(e.start)), f.str(funcName), f.arrow([], call)], e), type: T.none };
}

const loggerMethods: Readonly<Record<string, PyType>> = nameTable({
  ...Object.fromEntries(Object.keys(logFunctions).map((name) => [name, T.none])),
  log: T.none,
  exception: T.none,
  setLevel: T.none,
  isEnabledFor: T.bool,
  getEffectiveLevel: T.int,
});

function loggerMethod(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  if (target.type.t !== "object" || target.type.cls !== "PyLogger") return null;
  const result = loggerMethods[func.attr];
  const exc = func.attr === "exception" ? excInfo(ctx, e) : e.keywords.length > 0 ? undefined : f.nil();
  if (!result || exc === undefined) return null;
  const args = e.args.map((a) => translateExpr(ctx, a).ir);
  ctx.note("loggingModule", e);
  const method = func.attr === "warn" ? "warning" : func.attr;
  const call = f.call(f.member(target.ir, method, func), func.attr === "exception" ? [exc, ...args] : args, e);
  const logs = func.attr in logFunctions || func.attr === "log" || func.attr === "exception";
  return logs ? sited(ctx, e, call) : { ir: call, type: result };
}

/** `exception(msg)`, `exception(msg, exc_info=True)` (null: the exception being handled) or `exc_info=err` (that one); undefined for other keywords. */
function excInfo(ctx: TranslationContext, e: py.Call): ir.Expr | undefined {
  const [kw, ...others] = e.keywords;
  if (!kw) return f.nil();
  if (others.length > 0 || kw.arg !== "exc_info") return undefined;
  if (kw.value.kind === "Constant" && kw.value.value === true) return f.nil();
  const value = translateExpr(ctx, kw.value);
  return value.type.t === "exception" || (value.type.t === "instance" && value.type.cls.exceptionBase) ? value.ir : undefined;
}
