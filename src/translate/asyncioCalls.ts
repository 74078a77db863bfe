/** Calls into asyncio, driven by the table in asyncioApi.ts. */
import { reportUnexpectedKeywords } from "./asyncioSignatures";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { asyncioApiByName } from "./asyncioApi";
import { statementBlocks } from "./astWalk";
import { asyncioClass, constructAsyncioObject } from "./asyncioObjects";
import type { Typed, TranslationContext } from "./context";
import { deferredHelperCall } from "./coroutineArgs";
import { staticTypeTest } from "./typeTests";
import { translateExpr, unsupported } from "./expressions";
import { positionalArgs } from "./calls";
import { iterated } from "./builtins";
import { notePrintedType, raisesInCoroutine, reportSpreadSet } from "./positions";
import { neverAwaitable, nonAwaitableName } from "./awaitables";
import { T, elementOf, isAwaitable, isNumeric, join, toTsType, type PyType } from "./types";

/** The loop object asyncio gives the program (get_running_loop, get_event_loop, new_event_loop). */
const loopType: PyType = { t: "object", cls: "RunningLoop", elem: T.never };

/** The asyncio name a callee refers to (`asyncio.gather`, or `gather` imported from asyncio). */
export function asyncioName(ctx: TranslationContext, func: py.Expr): string | null {
  const isAsyncioBinding = (name: string) => {
    const sym = ctx.lookup(name);
    return !sym || sym.type.t === "asyncio";
  };
  if (func.kind === "Attribute" && func.value.kind === "Name" && isAsyncioBinding(func.value.id)) {
    // A selection may use `asyncio` without its import: an unbound `asyncio` is the module.
    if (ctx.moduleAliases.get(func.value.id) === "asyncio" || (func.value.id === "asyncio" && !ctx.lookup("asyncio"))) return func.attr;
  }
  if (func.kind === "Attribute" && func.value.kind === "Attribute" && func.value.attr === "exceptions" && asyncioName(ctx, func.value) === "exceptions") return func.attr;
  if (func.kind === "Name" && isAsyncioBinding(func.id)) return ctx.asyncioImports.get(func.id) ?? null;
  return null;
}

/** What a supported `asyncio.NAME` is: an exception class, a constant, another class, or a function; null if not supported. */
function asyncioNameKind(name: string): "exception" | "constant" | "class" | "function" | null {
  if (asyncioApiByName.get(name)?.status !== "supported") return null;
  if (/(Error|Empty|Full)$/.test(name)) return "exception";
  if (/^[A-Z_]+$/.test(name)) return "constant";
  if (asyncioClass(name) || name === "Task" || name === "Future") return "class";
  return "function";
}

/** `asyncio.NAME` as a value (or NAME imported from asyncio): `span` is where the program writes it. */
export function asyncioAttribute(ctx: TranslationContext, name: string, span: py.NodeBase): Typed {
  // `asyncio.exceptions.CancelledError`: the submodule's classes are asyncio's own (the value is never printed).
  if (name === "exceptions") return { ir: f.id("undefined", span), type: T.asyncio };
  switch (asyncioNameKind(name)) {
    case "exception":
      return { ir: ctx.helper(name, span), type: { t: "exceptionClass", name } };
    case "constant":
      return { ir: ctx.helper(name, span), type: T.str };
    case "class":
      // A class used as a value (`isinstance(x, asyncio.Lock)`, `isinstance(t, asyncio.Task)`): the runtime class itself.
      return { ir: ctx.helper(name, span), type: T.unknown };
    case "function":
      // `map(asyncio.sleep, ...)`: only calls translate (`await asyncio.sleep` is awaitExpr's, a TypeError).
      ctx.report("TR2003", span, `asyncio.${name} as a value, without calling it, is not supported (only calls to it translate: \`asyncio.${name}(...)\`)`);
      return { ir: f.id("undefined"), type: T.unknown };
    case null:
      return reportUnsupported(ctx, name, span);
  }
}

/**
 * The asyncio function an expression names without calling it (`asyncio.sleep`, or `sleep` imported from
 * asyncio), given whether the name it starts from is the asyncio module; null for anything else, classes included.
 */
export function uncalledAsyncioFunction(ctx: TranslationContext, e: py.Expr, isAsyncioModule: (name: py.Name) => boolean): string | null {
  let name: string | undefined;
  if (e.kind === "Attribute" && e.value.kind === "Name" && isAsyncioModule(e.value)) name = e.attr;
  else if (e.kind === "Name" && ctx.lookup(e.id)?.type.t === "asyncio") name = ctx.asyncioImports.get(e.id);
  return name !== undefined && asyncioNameKind(name) === "function" ? name : null;
}

/** asyncio's exception classes (CancelledError, TimeoutError, QueueEmpty...), by their table entries. */
function isAsyncioException(name: string): boolean {
  return asyncioNameKind(name) === "exception";
}

/** A diagnostic for a name of the table that does not translate: `name` is `sleep` for asyncio.sleep, `loop.run_in_executor` for a method. */
export function reportUnsupported(ctx: TranslationContext, name: string, span: py.NodeBase): Typed {
  const entry = asyncioApiByName.get(name);
  const python = name.includes(".") ? name : `asyncio.${name}`;
  if (entry?.status === "impossible") ctx.report("TR2009", span, `${python} cannot be translated: ${entry.suggestion}`);
  else if (entry?.status === "planned") ctx.report("TR2003", span, `${python} is not supported yet`);
  else ctx.report("TR2003", span, `${python} is not supported`);
  return { ir: f.id("undefined"), type: T.unknown };
}

export function translateAsyncioCall(ctx: TranslationContext, name: string, e: py.Call): Typed {
  const entry = asyncioApiByName.get(name);
  if (!entry || entry.status !== "supported") return reportUnsupported(ctx, name, e.func);
  if (reportUnexpectedKeywords(ctx, name, e)) return { ir: f.id("undefined"), type: T.unknown };
  // gather's note describes the helper: a gather that becomes Promise.all gets its own note instead.
  if (entry.note && !(name === "gather" && ctx.eager.gathers.has(e))) ctx.note(entry.note, e);
  if (name === "create_task" || name === "ensure_future") ctx.note("eagerTaskFactory", e);
  if (name === "sleep") sleepNotes(ctx, e);
  const cls = asyncioClass(name);
  if (cls) return constructAsyncioObject(ctx, cls, e);
  if (isAsyncioException(name)) {
    // `raise asyncio.TimeoutError("slow")`: the runtime's class of the same name.
    ctx.note("exceptions", e);
    return { ir: f.newExpr(ctx.helper(name), positionalArgs(ctx, e).map((a) => a.ir), e), type: T.exception(name) };
  }
  switch (name) {
    case "wait_for": {
      const awNode = argument(e, 0, "fut");
      const aw = awNode ? translateExpr(ctx, awNode) : undefined;
      const timeout = e.args[1] ? translateExpr(ctx, e.args[1]) : undefined;
      const timeoutKw = e.keywords.find((k) => k.arg === "timeout");
      const limit = timeout?.ir ?? (timeoutKw ? translateExpr(ctx, timeoutKw.value).ir : f.nil());
      if (!aw) return reportUnsupported(ctx, name, e);
      const call = ctx.callHelper("waitFor", [awaitableArgument(ctx, aw, awNode!), limit], e);
      const reads = [...(aw.ir.kind === "Arrow" || !awNode ? [] : [awNode]), ...e.args.slice(1), ...(timeoutKw ? [timeoutKw.value] : [])];
      return { ir: deferredHelperCall(ctx, reads, call, e), type: T.coroutine(resultOf(aw.type)), call };
    }
    case "shield": {
      const awNode = argument(e, 0, "arg");
      const aw = awNode ? translateExpr(ctx, awNode) : undefined;
      if (!aw) return reportUnsupported(ctx, name, e);
      return { ir: ctx.callHelper("shield", [awaitableArgument(ctx, aw, awNode!)], e), type: T.future(resultOf(aw.type)) };
    }
    case "wait":
    case "as_completed": {
      const [collection] = e.args.map((a) => translateExpr(ctx, a));
      if (!collection) return reportUnsupported(ctx, name, e);
      // A dict gives its keys (`as_completed({task: name, ...})`), where a Map would give its entries.
      const aws = { ...collection, ir: iterated(ctx, collection) };
      const props = e.keywords.filter((k) => k.arg === "timeout" || k.arg === "return_when").map((k) => ({ key: k.arg === "return_when" ? "returnWhen" : "timeout", value: translateExpr(ctx, k.value).ir }));
      // CPython 3.11's wait() calls add_done_callback on each item (AttributeError for a function), as_completed ensure_future (TypeError).
      if (name === "wait" && neverAwaitable(elementOf(aws.type))) return unsupported(ctx, e.args[0]!, "asyncio.wait() of values that are not futures or tasks (CPython raises AttributeError inside wait)");
      const args = [awaitableItems(ctx, aws, e.args[0]!), ...(props.length ? [f.object(props)] : [])];
      const result = resultOf(elementOf(aws.type));
      if (name === "as_completed") {
        const members = elementOf(aws.type);
        if ((members.t === "union" ? members.types : [members]).some((m) => m.t === "coroutine")) {
          ctx.report("TR3001", e.args[0]!, "as_completed() puts the coroutines it is given in a set, so CPython starts them in the order of their memory addresses, which can differ from run to run; here they start in the order given (pass tasks to fix the order)");
        }
        return { ir: ctx.callHelper("asCompleted", args, e), type: T.iterator(T.promise(result)) };
      }
      // The sets hold the awaitables given (tasks stay tasks), as in Python.
      const given = elementOf(aws.type);
      const member = given.t === "task" ? T.task(result) : T.future(result);
      const sets = T.tuple([T.set(member), T.set(member)]);
      const waited = ctx.callHelper("wait", args, e);
      const call = given.t === "task" ? f.asType(waited, f.tRef("Promise", toTsType(sets))) : waited;
      return { ir: deferredHelperCall(ctx, [...e.args, ...e.keywords.map((k) => k.value)], call, e), type: T.coroutine(sets), call };
    }
    case "timeout":
    case "timeout_at": {
      // timeout(delay) / timeout_at(when): None means no deadline.
      const given = e.args[0] ?? e.keywords.find((k) => k.arg === (name === "timeout" ? "delay" : "when"))?.value;
      if (!given) return reportUnsupported(ctx, name, e);
      const limit = translateExpr(ctx, given);
      return { ir: ctx.callHelper(name === "timeout" ? "timeoutAfter" : "timeoutAt", [limit.ir], e), type: { t: "object", cls: "Timeout", elem: T.never } };
    }
    case "iscoroutine":
    case "iscoroutinefunction":
      return coroutineTest(ctx, name, e);
    case "current_task":
      return { ir: f.nonNull(ctx.callHelper("currentTask", [], e)), type: T.task(T.unknown) };
    case "all_tasks":
      return { ir: ctx.callHelper("allTasks", [], e), type: T.set(T.task(T.unknown)) };
    case "get_running_loop":
      return { ir: ctx.callHelper("getRunningLoop", [], e), type: loopType };
    case "get_event_loop":
      return { ir: ctx.callHelper("getEventLoop", [], e), type: loopType };
    case "new_event_loop":
      return { ir: ctx.callHelper("newEventLoop", [], e), type: loopType };
    case "set_event_loop_policy": {
      if (e.args.length !== 1 || e.keywords.length > 0) return reportUnsupported(ctx, name, e);
      return { ir: ctx.callHelper("setEventLoopPolicy", [translateExpr(ctx, e.args[0]!).ir], e), type: T.none };
    }
    case "WindowsSelectorEventLoopPolicy":
    case "WindowsProactorEventLoopPolicy":
      if (e.args.length > 0 || e.keywords.length > 0) return reportUnsupported(ctx, name, e);
      return { ir: ctx.callHelper("windowsLoopPolicy", [f.str(name)], e), type: T.unknown };
    case "set_event_loop": {
      const [loop] = e.args;
      if (!loop || e.args.length !== 1) return reportUnsupported(ctx, name, e);
      return { ir: ctx.callHelper("setEventLoop", [translateExpr(ctx, loop).ir], e), type: T.none };
    }
    case "Future":
      // Its result type comes from the set_result calls (see methods.ts).
      return { ir: f.newExpr(ctx.helper("Future"), [], e), type: T.future(T.never) };
    case "Task": {
      const coro = e.args[0] ?? e.keywords.find((k) => k.arg === "coro")?.value;
      const others = e.keywords.filter((k) => k.arg !== "coro" && k.arg !== "name" && k.arg !== "loop");
      if (!coro || e.args.length > 1 || others.length > 0) return reportUnsupported(ctx, name, e);
      const value = translateExpr(ctx, coro);
      const taskName = e.keywords.find((k) => k.arg === "name");
      const loop = e.keywords.find((k) => k.arg === "loop" && !(k.value.kind === "Constant" && k.value.value === null));
      if (loop) {
        // Task(coro, loop=loop), as pre-3.10 code writes it: the task is made on that loop, as loop.create_task(coro).
        if (value.type.t !== "coroutine" || taskName) return reportUnsupported(ctx, name, e);
        return { ir: f.method(translateExpr(ctx, loop.value).ir, "createTask", [lazy(value)], e), type: T.task(resultOf(value.type)) };
      }
      // Task(coro, name=...) takes no number for a named task (asyncio.create_task does: it names it afterwards).
      const args = [lazy(value), ...(taskName ? [translateExpr(ctx, taskName.value).ir, f.bool(false)] : [])];
      return { ir: f.newExpr(ctx.helper("Task"), args, e), type: T.task(resultOf(value.type)) };
    }
    case "run":
      return runCall(ctx, e);
    case "sleep":
      return sleepCall(ctx, e);
    case "gather":
      return gatherCall(ctx, e);
    case "create_task":
    case "ensure_future":
      return taskCall(ctx, e, name === "create_task" ? "createTask" : "ensureFuture");
    default:
      return reportUnsupported(ctx, name, e.func);
  }
}

/** A coroutine value as the lazy thunk the helpers take; `() => main()` reads better as `main`. */
export function lazy(value: Typed): ir.Expr {
  const call = value.call;
  // A coroutine object that carries its position (coroutineAt(...)) stays as it is.
  if (value.ir.kind !== "Arrow") return value.ir;
  if (call?.kind === "Call" && call.args.length === 0 && call.callee.kind === "Ident") return { ...call.callee, coroutine: "deferred" };
  return value.ir;
}

function resultOf(type: PyType): PyType {
  return isAwaitable(type) ? type.result : T.unknown;
}

/**
 * CPython's "a coroutine was expected, got <repr>" (asyncio.run, create_task), for an argument that is certainly no
 * coroutine: most often the call forgotten, `asyncio.run(main)`. A function cannot be told from a stored coroutine
 * (a thunk) when the translation runs, so the translator raises it. The repr of a function shows an address.
 */
export function coroutineExpected(ctx: TranslationContext, helper: "runNotCoroutine" | "coroutineExpected", value: Typed, span: py.Expr, e: py.Call): Typed {
  notePrintedType(ctx, value.type, span);
  return { ir: ctx.callHelper(helper, [value.ir], e), type: T.never };
}

const AWAITABLE_REQUIRED = "An asyncio.Future, a coroutine or an awaitable is required";

/** An argument asyncio takes as an awaitable (wait_for, shield, loop.run_until_complete): CPython's TypeError if it is none. */
export function awaitableArgument(ctx: TranslationContext, value: Typed, span: py.Expr): ir.Expr {
  return neverAwaitable(value.type) ? notAwaitableArgument(ctx, value, span, AWAITABLE_REQUIRED) : lazy(value);
}

/** A collection of awaitables (gather(*aws), as_completed(aws)) whose items are never awaitable: each raises when reached. */
function awaitableItems(ctx: TranslationContext, list: Typed, span: py.Expr): ir.Expr {
  const elem = elementOf(list.type);
  if (elem.t === "union" && !elem.types.every((m) => isAwaitable(m) || m.t === "unknown" || m.t === "never")) {
    // Tasks among other values (a name rebound from dicts to tasks): gather raises CPython's TypeError
    // for a value that is not awaitable when it meets it; TypeScript is told only that it may.
    return f.asType(list.ir, f.tArray(f.tRef("Awaitable", f.tKeyword("unknown"))));
  }
  if (!neverAwaitable(elem)) return list.ir;
  return ctx.callHelper("notAwaitableItems", [list.ir, f.str(AWAITABLE_REQUIRED)], span);
}

/** A value that is not awaitable, given to gather or ensure_future: they raise TypeError with `message` when they reach it. */
function notAwaitableArgument(ctx: TranslationContext, value: Typed, span: py.Expr, message: string): ir.Expr {
  return f.newExpr(ctx.helper("NotAwaitableArgument", span), [value.ir, f.str(message)], span);
}

/** The argument at `index`, or given by its keyword (`asyncio.run(main=main())`, `asyncio.sleep(delay=1)`). */
function argument(e: py.Call, index: number, keyword: string): py.Expr | undefined {
  return e.args[index] ?? e.keywords.find((k) => k.arg === keyword)?.value;
}

function runCall(ctx: TranslationContext, e: py.Call): Typed {
  const main = argument(e, 0, "main");
  if (!main || e.args.length > 1) return reportUnsupported(ctx, "run", e);
  const outer = ctx.inRunArgument;
  ctx.inRunArgument = true;
  let value: Typed;
  try {
    value = translateExpr(ctx, main);
  } finally {
    ctx.inRunArgument = outer;
  }
  if (neverAwaitable(value.type)) return coroutineExpected(ctx, "runNotCoroutine", value, main, e);
  if (ctx.canBlock() && !ctx.enclosingFunction()?.node.kind.startsWith("Async")) {
    // In a module-level `try`, main's exception must reach the handlers rather than end the program.
    const raise = insideTryBody(ctx.module.body, e) ? [f.object([{ key: "raise", value: f.bool(true) }])] : [];
    return { ir: f.awaitExpr(ctx.callHelper("run", [lazy(value), ...raise], e), e), type: resultOf(value.type) };
  }
  const call = ctx.callHelper("run", [lazy(value)], e);
  return { ir: call, type: T.promise(resultOf(value.type)) };
}

/** asyncio.iscoroutine(x) / iscoroutinefunction(f), answered from the static type (see typeTests.ts). */
function coroutineTest(ctx: TranslationContext, name: "iscoroutine" | "iscoroutinefunction", e: py.Call): Typed {
  return staticTypeTest(ctx, "asyncio", name, e) ?? reportUnsupported(ctx, name, e);
}

/** Whether `node` is in the body of a `try` among these statements (functions and classes not entered). */
function insideTryBody(block: readonly py.Stmt[], node: py.Expr): boolean {
  return block.some((stmt) => {
    if (node.start < stmt.start || node.end > stmt.end || stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef" || stmt.kind === "ClassDef") return false;
    if ((stmt.kind === "Try" || stmt.kind === "TryStar") && stmt.body.some((s) => node.start >= s.start && node.end <= s.end)) return true;
    return statementBlocks(stmt).some((inner) => insideTryBody(inner, node));
  });
}

function sleepCall(ctx: TranslationContext, e: py.Call): Typed {
  const delayNode = argument(e, 0, "delay");
  const delay = delayNode ? translateExpr(ctx, delayNode) : { ir: f.num(0), type: T.int };
  const resultNode = argument(e, 1, "result");
  const result = resultNode ? translateExpr(ctx, resultNode) : undefined;
  // A delay whose type may be another (a value of a dict of mixed values): the runtime checks it as CPython's `<=` does.
  // (None among numbers is left to TypeScript's narrowing: `if delay is None: continue` before the sleep.)
  const members = delay.type.t === "union" ? delay.type.types : [delay.type];
  const mayBeOther = delay.type.t === "unknown" || (members.some(isNumeric) && members.some((m) => !isNumeric(m) && m.t !== "None"));
  const delayIr = mayBeOther ? f.asType(delay.ir, f.tKeyword("number")) : delay.ir;
  const call = ctx.callHelper("sleep", result ? [delayIr, result.ir] : [delayIr], e);
  const lazy = deferredHelperCall(ctx, [...e.args, ...e.keywords.map((k) => k.value)], call, e);
  // Where the program prints coroutines or tasks, the coroutine object is asyncio's own `sleep` (tasks.py in 3.11.7).
  // (A sleep raises nothing but CancelledError, which no log shows: only a program that prints tasks needs it.)
  const printable = ctx.awaitedNow !== e && ctx.positions;
  const described = printable ? ctx.callHelper("asyncioCoroutine", [f.str("sleep"), f.str("tasks.py"), f.num(637), lazy]) : lazy;
  return { ir: described, type: T.coroutine(result?.type ?? T.none), call };
}

function gatherCall(ctx: TranslationContext, e: py.Call): Typed {
  const returnExceptions = e.keywords.find((k) => k.arg === "return_exceptions");
  // Other named keywords were reported with CPython's TypeError (asyncioSignatures.ts): only `**mapping` is left.
  for (const kw of e.keywords) if (kw.arg === null) ctx.report("TR2006", kw, "gather() has no supported keyword `**`");
  const items: ir.Expr[] = [];
  const results: PyType[] = [];
  let spread = false;
  const shortened = new Set<string>();
  for (const arg of e.args) {
    if (arg.kind === "Starred") {
      const starred = translateExpr(ctx, arg.value);
      const list = { ...starred, ir: iterated(ctx, starred) };
      reportSpreadSet(ctx, list.type, arg);
      const given = awaitableItems(ctx, list, arg.value);
      items.push(f.spread(given, arg));
      // A lone `*xs` is the list itself; a dict's keys are spread into one.
      if (e.args.length === 1) items[0] = starred.type.t === "dict" ? f.array([f.spread(given)]) : given;
      results.push(resultOf(elementOf(list.type)));
      spread = true;
      continue;
    }
    const value = translateExpr(ctx, arg);
    if (neverAwaitable(value.type)) {
      // gather keeps its arguments in a dict: for a list, dict or set (`gather([a(), b()])`) it raises "unhashable type" first.
      const unhashable = value.type.t === "list" || value.type.t === "dict" || value.type.t === "set" || (value.type.t === "tuple" && value.type.list === true);
      items.push(notAwaitableArgument(ctx, value, arg, unhashable ? `unhashable type: '${nonAwaitableName(value.type)}'` : AWAITABLE_REQUIRED));
      results.push(T.never);
      continue;
    }
    const item = lazy(value);
    // gather(f(), f()) is two coroutines; the helper wraps a repeated argument once (gather(c, c)), so only
    // the first `f()` may become the function `f` itself.
    if (item !== value.ir && item.kind === "Ident") {
      items.push(shortened.has(item.name) ? value.ir : item);
      shortened.add(item.name);
    } else items.push(item);
    results.push(resultOf(value.type));
  }
  const options: ir.Expr[] = [];
  let withExceptions = false;
  if (returnExceptions) {
    const flag = translateExpr(ctx, returnExceptions.value);
    withExceptions = !(returnExceptions.value.kind === "Constant" && returnExceptions.value.value === false);
    ctx.note("returnExceptions", returnExceptions);
    options.push(f.object([{ key: "returnExceptions", value: flag.ir }]));
  } else if (e.args.length > 0 && !ctx.eager.gathers.has(e)) {
    ctx.note("gatherFailure", e);
  }
  const widen = (t: PyType) => (withExceptions ? join(t, T.exception("BaseException")) : t);
  const list = spread ? T.list(widen(results.reduce<PyType>((a, b) => join(a, b), T.never))) : spread || results.length === 0 ? T.list(T.never) : T.fixedList(results.map(widen));
  const awaitables = e.args.length === 1 && e.args[0]!.kind === "Starred" ? items[0]! : f.array(items);
  if (ctx.eager.gathers.has(e)) {
    ctx.note("gatherPromiseAll", e);
    return { ir: f.call(f.member(f.id("Promise"), "all"), [awaitables], e), type: T.promise(list) };
  }
  ctx.note("gatherFuture", e);
  return { ir: ctx.callHelper("gather", [awaitables, ...options], e), type: T.future(list) };
}

function taskCall(ctx: TranslationContext, e: py.Call, helper: string): Typed {
  const python = helper === "createTask" ? "create_task" : "ensure_future";
  const coro = e.args[0] ?? e.keywords.find((k) => k.arg === (helper === "createTask" ? "coro" : "coro_or_future"))?.value;
  if (!coro || e.args.length > 1) return reportUnsupported(ctx, python, e);
  // Other keywords were reported with CPython's TypeError (asyncioSignatures.ts): only `**mapping` is left.
  for (const kw of e.keywords) if (kw.arg === null) ctx.report("TR2006", kw, `${python}() has no supported keyword \`**\``);
  // A task that may fail and that nobody reads is logged at the end with its repr, which names its coroutine's `def`.
  if (raisesInCoroutine(ctx.module)) ctx.needCoroutinePositions();
  const value = translateExpr(ctx, coro);
  if (neverAwaitable(value.type)) {
    if (helper === "createTask") return coroutineExpected(ctx, "coroutineExpected", value, coro, e);
    return { ir: ctx.callHelper("ensureFuture", [notAwaitableArgument(ctx, value, coro, AWAITABLE_REQUIRED)], e), type: T.never };
  }
  const loop = e.keywords.find((k) => k.arg === "loop" && !(k.value.kind === "Constant" && k.value.value === null));
  if (loop) {
    // ensure_future(coro, loop=loop), the pre-3.7 way: the task is made on that loop, as loop.create_task(coro).
    if (value.type.t !== "coroutine") return reportUnsupported(ctx, python, e);
    return { ir: f.method(translateExpr(ctx, loop.value).ir, "createTask", [lazy(value)], e), type: T.task(resultOf(value.type)) };
  }
  // create_task(coro, name=..., context=...): the options the runtime takes (a context given runs the task, not a copy).
  const given = helper === "createTask" ? e.keywords.filter((k) => (k.arg === "name" || k.arg === "context") && !(k.value.kind === "Constant" && k.value.value === null)) : [];
  const options = given.length > 0 ? [f.object(given.map((k) => ({ key: k.arg!, value: translateExpr(ctx, k.value).ir })))] : [];
  return { ir: ctx.callHelper(helper, [lazy(value), ...options], e), type: T.task(resultOf(value.type)) };
}

/** `sleep(0)` yields one loop pass; a delay that is not a whole number of milliseconds is where JS timers would round. */
function sleepNotes(ctx: TranslationContext, e: py.Call): void {
  const delay = e.args[0] ?? e.keywords.find((k) => k.arg === "delay")?.value;
  const value = delay?.kind === "Constant" && (typeof delay.value === "bigint" || typeof delay.value === "number") ? Number(delay.value) : null;
  if (value === 0) ctx.note("sleepZero", e);
  else if (value !== null && (value < 0.001 || !Number.isInteger(Math.round(value * 1e9) / 1e6))) ctx.note("timerGranularity", e);
}
