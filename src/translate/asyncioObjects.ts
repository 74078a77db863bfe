/**
 * asyncio's classes (Lock, Event, Condition, Semaphore, Queue, TaskGroup, Timeout, the running loop) and their methods:
 * Python's snake_case methods are the runtime's camelCase ones; coroutine methods (`q.get()`) stay
 * lazy until awaited, like coroutine functions.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { asyncioApiByName } from "./asyncioApi";
import { awaitableArgument, coroutineExpected, lazy, reportUnsupported } from "./asyncioCalls";
import { neverAwaitable } from "./awaitables";
import { describedCallback } from "./positions";
import type { Typed, TranslationContext } from "./context";
import { deferredHelperCall } from "./coroutineArgs";
import { translateExpr } from "./expressions";
import { callbackValue, widenCallbackParams } from "./methods";
import { T, callResult, isAwaitable, join, type ParamInfo, type PyType } from "./types";

type ObjectType = Extract<PyType, { t: "object" }>;

interface MethodSpec {
  readonly ts: string;
  readonly result: (self: ObjectType, args: readonly Typed[]) => PyType;
  /** A coroutine in Python (awaited or handed to asyncio): lazy here too. */
  readonly async?: boolean;
  /** The argument whose type is the container's item type (`q.put(item)`). */
  readonly item?: number;
  /** The argument that is a callback, called later with the arguments after it (`loop.call_soon(f, *args)`). */
  readonly callback?: number;
  /** It runs an event loop until something is done (run_until_complete): the code around it awaits it. */
  readonly blocking?: boolean;
}

const bool = () => T.bool;
const none = () => T.none;
const int = () => T.int;
const item = (self: ObjectType) => self.elem;
const handle = (): PyType => ({ t: "object", cls: "TimerHandle", elem: T.never });
const loop = (): PyType => ({ t: "object", cls: "RunningLoop", elem: T.never });
const awaitedResult = (_self: ObjectType, [aw]: readonly Typed[]): PyType => (aw && isAwaitable(aw.type) ? aw.type.result : T.unknown);
const lockMethods: Record<string, MethodSpec> = nameTable({
  acquire: { ts: "acquire", result: bool, async: true },
  release: { ts: "release", result: none },
  locked: { ts: "locked", result: bool },
});
const queueMethods: Record<string, MethodSpec> = nameTable({
  put: { ts: "put", result: none, async: true, item: 0 },
  get: { ts: "get", result: item, async: true },
  put_nowait: { ts: "putNowait", result: none, item: 0 },
  get_nowait: { ts: "getNowait", result: item },
  task_done: { ts: "taskDone", result: none },
  join: { ts: "join", result: none, async: true },
  qsize: { ts: "qsize", result: int },
  empty: { ts: "empty", result: bool },
  full: { ts: "full", result: bool },
});

const classes: Record<string, Record<string, MethodSpec>> = nameTable({
  Lock: lockMethods,
  Semaphore: lockMethods,
  BoundedSemaphore: lockMethods,
  Event: nameTable({
    set: { ts: "set", result: none },
    clear: { ts: "clear", result: none },
    is_set: { ts: "isSet", result: bool },
    wait: { ts: "wait", result: bool, async: true },
  }),
  Condition: nameTable({
    ...lockMethods,
    wait: { ts: "wait", result: bool, async: true },
    // The predicate's last value, as in Python (usually a bool).
    wait_for: { ts: "waitFor", result: (_self, [predicate]) => (predicate ? callResult(predicate.type) : T.unknown), async: true, callback: 0 },
    notify: { ts: "notify", result: none },
    notify_all: { ts: "notifyAll", result: none },
  }),
  Timeout: nameTable({
    when: { ts: "when", result: () => join(T.float, T.none) },
    reschedule: { ts: "reschedule", result: none },
    expired: { ts: "expired", result: bool },
  }),
  Queue: queueMethods,
  LifoQueue: queueMethods,
  PriorityQueue: queueMethods,
  TaskGroup: nameTable({
    create_task: { ts: "createTask", result: (_self, [coro]) => T.task(coro && isAwaitable(coro.type) ? coro.type.result : T.unknown) },
  }),
  RunningLoop: nameTable({
    time: { ts: "time", result: () => T.float },
    create_future: { ts: "createFuture", result: () => T.future(T.never) },
    create_task: { ts: "createTask", result: (_self, [coro]) => T.task(coro && isAwaitable(coro.type) ? coro.type.result : T.unknown) },
    call_soon: { ts: "callSoon", result: handle, callback: 0 },
    // No other thread can call it in JavaScript: from the loop's own thread it is call_soon.
    call_soon_threadsafe: { ts: "callSoon", result: handle, callback: 0 },
    call_later: { ts: "callLater", result: handle, callback: 1 },
    call_at: { ts: "callAt", result: handle, callback: 1 },
    is_running: { ts: "isRunning", result: bool },
    is_closed: { ts: "isClosed", result: bool },
    set_debug: { ts: "setDebug", result: none },
    get_debug: { ts: "getDebug", result: bool },
    run_until_complete: { ts: "runUntilComplete", result: awaitedResult, blocking: true },
    run_forever: { ts: "runForever", result: none, blocking: true },
    shutdown_asyncgens: { ts: "shutdownAsyncgens", result: none, async: true },
    stop: { ts: "stop", result: none },
    close: { ts: "close", result: none },
  }),
  Runner: nameTable({
    run: { ts: "run", result: awaitedResult, blocking: true },
    get_loop: { ts: "getLoop", result: loop },
    close: { ts: "close", result: none, blocking: true },
  }),
  Barrier: nameTable({
    wait: { ts: "wait", result: int, async: true },
    reset: { ts: "reset", result: none, async: true },
    abort: { ts: "abort", result: none, async: true },
  }),
  /** What call_soon/call_later/call_at return (asyncio's Handle and TimerHandle). */
  TimerHandle: nameTable({
    cancel: { ts: "cancel", result: none },
    cancelled: { ts: "cancelled", result: bool },
    when: { ts: "when", result: () => T.float },
  }),
});


/** How asyncioApi.ts names the methods of a class (`loop.call_soon`, `Handle.cancel`). */
const tableOwner: Record<string, string> = nameTable({ RunningLoop: "loop", TimerHandle: "Handle" });

/** Attributes (properties in Python) of asyncio objects, with their types. */
const attributes: Record<string, Record<string, { readonly ts: string; readonly type: PyType; readonly writable?: true }>> = nameTable({
  // Read by CPython's debug mode only (a slow callback is logged): the program may set it.
  RunningLoop: nameTable({ slow_callback_duration: { ts: "slowCallbackDuration", type: T.float, writable: true } }),
  Barrier: nameTable({ parties: { ts: "parties", type: T.int }, n_waiting: { ts: "nWaiting", type: T.int }, broken: { ts: "broken", type: T.bool } }),
  Semaphore: nameTable({ _value: { ts: "_value", type: T.int } }),
  BoundedSemaphore: nameTable({ _value: { ts: "_value", type: T.int } }),
  Queue: nameTable({ maxsize: { ts: "maxsize", type: T.int } }),
  LifoQueue: nameTable({ maxsize: { ts: "maxsize", type: T.int } }),
  PriorityQueue: nameTable({ maxsize: { ts: "maxsize", type: T.int } }),
  PyDeque: nameTable({ maxlen: { ts: "maxlen", type: join(T.int, T.none) } }),
  ContextVar: nameTable({ name: { ts: "name", type: T.str } }),
  ContextToken: nameTable({ var: { ts: "var", type: { t: "object", cls: "ContextVar", elem: T.unknown } }, old_value: { ts: "oldValue", type: T.unknown } }),
});

/** `barrier.n_waiting` -> `barrier.nWaiting` (a number); null for an attribute the table does not know. */
export function asyncioObjectAttribute(cls: string, attr: string): { readonly ts: string; readonly type: PyType; readonly writable?: true } | null {
  return attributes[cls]?.[attr] ?? null;
}

/** Whether `obj.attr` names a method of the runtime class (`loop.stop` passed as a callback). */
export function asyncioObjectHasMethod(cls: string, attr: string): boolean {
  return classes[cls]?.[attr] !== undefined;
}

/** Classes whose objects only asyncio makes: not constructors. */
const madeByAsyncio = new Set(["RunningLoop", "TimerHandle"]);

/** The runtime class a Python asyncio constructor makes, or null. */
export function asyncioClass(name: string): string | null {
  return name in classes && !madeByAsyncio.has(name) ? name : null;
}

export function constructAsyncioObject(ctx: TranslationContext, cls: string, e: py.Call): Typed {
  const args = e.args.map((a) => translateExpr(ctx, a).ir);
  const option = e.keywords.find((k) => k.arg === "maxsize" || k.arg === "value" || k.arg === "lock" || k.arg === "parties");
  if (option) args.push(translateExpr(ctx, option.value).ir);
  return { ir: f.newExpr(ctx.helper(cls), args, e), type: { t: "object", cls, elem: T.never } };
}

export function asyncioMethodCall(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed, self: ObjectType): Typed | null {
  const spec = classes[self.cls]?.[func.attr];
  const entry = asyncioApiByName.get(`${tableOwner[self.cls] ?? self.cls}.${func.attr}`) ?? asyncioApiByName.get(`${self.cls}.${func.attr}`);
  // `loop.run_in_executor(...)`: a diagnostic that names the JavaScript way.
  if (!spec && entry && entry.status !== "supported") return reportUnsupported(ctx, entry.name, func);
  if (!spec) return null;
  if (entry?.note) ctx.note(entry.note, e);
  if (self.cls === "RunningLoop" && func.attr === "set_debug") {
    ctx.report("TR3001", e, "in debug mode CPython's asyncio logs to the logger `asyncio` (callbacks slower than 0.1 s, coroutines never awaited, with where they were made); the translation records the mode (the loop's repr, get_debug()) but logs none of it");
  }
  const { given, name } = methodArguments(ctx, e, func);
  const args = given.map((a) => translateExpr(ctx, a));
  const options = name ? [f.object([{ key: "name", value: translateExpr(ctx, name.value).ir }])] : [];
  if (spec.item !== undefined && args[spec.item]) widenItem(ctx, func.value, self, args[spec.item]!.type);
  if (spec.callback !== undefined && args[spec.callback]) {
    const node = given[spec.callback]!;
    const callback = callbackValue(node, args[spec.callback]!);
    widenCallback(ctx, node, callback.params, args.slice(spec.callback + 1));
    args[spec.callback] = { ...args[spec.callback]!, ir: describedCallback(ctx, args[spec.callback]!, callback.ir) };
  }
  // loop.run_until_complete(work), loop.create_task(work): the call forgotten, CPython's TypeError.
  if (func.attr === "create_task" && args[0] && neverAwaitable(args[0].type)) return coroutineExpected(ctx, "coroutineExpected", args[0], given[0]!, e);
  const argIr: ir.Expr[] = args.map((a, i) => (func.attr === "run_until_complete" && i === 0 ? awaitableArgument(ctx, a, given[0]!) : isAwaitable(a.type) && a.type.t === "coroutine" ? lazy(a) : a.ir));
  const call = f.call(f.member(target.ir, spec.ts, func), [...argIr, ...options], e);
  const result = spec.result(self, args);
  if (spec.blocking) {
    ctx.note("loopRuns", e);
    if (!ctx.canBlock()) ctx.report("TR2003", e, `\`${ctx.text(func)}()\` runs the event loop, and is called here where the code cannot wait for it (call it from the module's code or from a plain \`def\` called there)`);
    return { ir: f.awaitExpr(call, e), type: result };
  }
  if (!spec.async) return { ir: call, type: result };
  const reads = [func.value, ...given.filter((_, i) => argIr[i]?.kind !== "Arrow"), ...(name ? [name.value] : [])];
  return { ir: deferredHelperCall(ctx, reads, call, e), type: T.coroutine(result), call };
}

/** The Python names of methods' leading parameters: `q.put_nowait(item=x)` passes x where `q.put_nowait(x)` would. */
const parameterNames: Record<string, readonly string[]> = nameTable({
  put: ["item"],
  put_nowait: ["item"],
  wait_for: ["predicate"],
  notify: ["n"],
  call_soon: ["callback"],
  call_later: ["delay", "callback"],
  call_at: ["when", "callback"],
  run_until_complete: ["future"],
  create_task: ["coro"],
  reschedule: ["when"],
});

/**
 * A method call's arguments in parameter order: keywords naming the next parameter join the positional ones,
 * `name=` of create_task is its option, and any other keyword is refused at its place (TypeScript methods
 * take no keywords, and dropping one would call the method with something else).
 */
function methodArguments(ctx: TranslationContext, e: py.Call, func: py.Attribute): { given: py.Expr[]; name: py.Keyword | undefined } {
  const given = [...e.args];
  const names = parameterNames[func.attr] ?? [];
  let name: py.Keyword | undefined;
  for (const kw of e.keywords) {
    if (kw.arg === "name" && func.attr === "create_task") name = kw;
    else if (kw.arg !== null && names.indexOf(kw.arg) === given.length && !e.args.some((a) => a.kind === "Starred")) given.push(kw.value);
    else ctx.report("TR2006", kw, `keyword argument \`${kw.arg ?? "**"}\` of \`${ctx.text(func)}()\` is not supported here (pass it by position)`);
  }
  return { given, name };
}

/**
 * `loop.call_soon(say, "hi", 2)` calls `say("hi", 2)` later: its parameters take the arguments' types,
 * as in a direct call; `loop.call_later(1, fut.set_result, v)` makes `fut` hold v's type.
 */
function widenCallback(ctx: TranslationContext, node: py.Expr, callbackParams: readonly ParamInfo[], args: readonly Typed[]): void {
  if (callbackParams.length > 0) {
    widenCallbackParams(ctx, callbackParams, args.map((a) => a.type));
    return;
  }
  if (node.kind === "Attribute" && node.attr === "set_result" && node.value.kind === "Name" && args[0]) {
    const sym = ctx.lookup(node.value.id);
    if (sym?.type.t === "future") ctx.widen(sym, T.future(args[0].type));
  }
}

/** `q.put(3)` makes `q` a `Queue<number>`. */
function widenItem(ctx: TranslationContext, owner: py.Expr, self: ObjectType, itemType: PyType): void {
  if (owner.kind !== "Name") return;
  const sym = ctx.lookup(owner.id);
  if (sym) ctx.widen(sym, { t: "object", cls: self.cls, elem: join(self.elem, itemType) });
}
