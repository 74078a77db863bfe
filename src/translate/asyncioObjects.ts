/**
 * asyncio's classes (Lock, Event, Condition, Semaphore, Queue, TaskGroup, Timeout, the running loop) and their methods:
 * Python's snake_case methods are the runtime's camelCase ones; coroutine methods (`q.get()`) stay
 * lazy until awaited, like coroutine functions.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { lazy } from "./asyncioCalls";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { T, isAwaitable, join, type PyType } from "./types";

type ObjectType = Extract<PyType, { t: "object" }>;

interface MethodSpec {
  readonly ts: string;
  readonly result: (self: ObjectType, args: readonly Typed[]) => PyType;
  /** A coroutine in Python (awaited or handed to asyncio): lazy here too. */
  readonly async?: boolean;
  /** The argument whose type is the container's item type (`q.put(item)`). */
  readonly item?: number;
}

const bool = () => T.bool;
const none = () => T.none;
const int = () => T.int;
const item = (self: ObjectType) => self.elem;
const lockMethods: Record<string, MethodSpec> = {
  acquire: { ts: "acquire", result: bool, async: true },
  release: { ts: "release", result: none },
  locked: { ts: "locked", result: bool },
};
const queueMethods: Record<string, MethodSpec> = {
  put: { ts: "put", result: none, async: true, item: 0 },
  get: { ts: "get", result: item, async: true },
  put_nowait: { ts: "putNowait", result: none, item: 0 },
  get_nowait: { ts: "getNowait", result: item },
  task_done: { ts: "taskDone", result: none },
  join: { ts: "join", result: none, async: true },
  qsize: { ts: "qsize", result: int },
  empty: { ts: "empty", result: bool },
  full: { ts: "full", result: bool },
};

const classes: Record<string, Record<string, MethodSpec>> = {
  Lock: lockMethods,
  Semaphore: lockMethods,
  BoundedSemaphore: lockMethods,
  Event: {
    set: { ts: "set", result: none },
    clear: { ts: "clear", result: none },
    is_set: { ts: "isSet", result: bool },
    wait: { ts: "wait", result: bool, async: true },
  },
  Condition: {
    ...lockMethods,
    wait: { ts: "wait", result: bool, async: true },
    // The predicate's last value, as in Python (usually a bool).
    wait_for: { ts: "waitFor", result: (_self, [predicate]) => (predicate ? returnOf(predicate.type) : T.unknown), async: true },
    notify: { ts: "notify", result: none },
    notify_all: { ts: "notifyAll", result: none },
  },
  Timeout: {
    when: { ts: "when", result: () => join(T.float, T.none) },
    reschedule: { ts: "reschedule", result: none },
    expired: { ts: "expired", result: bool },
  },
  Queue: queueMethods,
  LifoQueue: queueMethods,
  PriorityQueue: queueMethods,
  TaskGroup: {
    create_task: { ts: "createTask", result: (_self, [coro]) => T.task(coro && isAwaitable(coro.type) ? coro.type.result : T.unknown) },
  },
  RunningLoop: {
    time: { ts: "time", result: () => T.float },
    create_future: { ts: "createFuture", result: () => T.future(T.unknown) },
    create_task: { ts: "createTask", result: (_self, [coro]) => T.task(coro && isAwaitable(coro.type) ? coro.type.result : T.unknown) },
    call_soon: { ts: "callSoon", result: () => T.unknown },
    call_later: { ts: "callLater", result: () => T.unknown },
    call_at: { ts: "callAt", result: () => T.unknown },
    is_running: { ts: "isRunning", result: bool },
  },
};

/** What calling a function value gives. */
function returnOf(type: PyType): PyType {
  if (type.t === "function") return type.fn.declaredReturn ?? type.fn.returns;
  if (type.t === "callable") return type.result;
  return T.unknown;
}

/** The runtime class a Python asyncio constructor makes, or null. */
export function asyncioClass(name: string): string | null {
  return name in classes && name !== "RunningLoop" ? name : null;
}

export function constructAsyncioObject(ctx: TranslationContext, cls: string, e: py.Call): Typed {
  const args = e.args.map((a) => translateExpr(ctx, a).ir);
  const option = e.keywords.find((k) => k.arg === "maxsize" || k.arg === "value" || k.arg === "lock");
  if (option) args.push(translateExpr(ctx, option.value).ir);
  return { ir: f.newExpr(ctx.helper(cls), args, e), type: { t: "object", cls, elem: T.never } };
}

export function asyncioMethodCall(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed, self: ObjectType): Typed | null {
  const spec = classes[self.cls]?.[func.attr];
  if (!spec) return null;
  const args = e.args.map((a) => translateExpr(ctx, a));
  const options = e.keywords.filter((k) => k.arg === "name").map((k) => f.object([{ key: "name", value: translateExpr(ctx, k.value).ir }]));
  if (spec.item !== undefined && args[spec.item]) widenItem(ctx, func.value, self, args[spec.item]!.type);
  const argIr: ir.Expr[] = args.map((a) => (isAwaitable(a.type) && a.type.t === "coroutine" ? lazy(a) : a.ir));
  const call = f.call(f.member(target.ir, spec.ts, func), [...argIr, ...options], e);
  const result = spec.result(self, args);
  if (!spec.async) return { ir: call, type: result };
  return { ir: f.arrow([], call), type: T.coroutine(result), call };
}

/** `q.put(3)` makes `q` a `Queue<number>`. */
function widenItem(ctx: TranslationContext, owner: py.Expr, self: ObjectType, itemType: PyType): void {
  if (owner.kind !== "Name") return;
  const sym = ctx.lookup(owner.id);
  if (sym) ctx.widen(sym, { t: "object", cls: self.cls, elem: join(self.elem, itemType) });
}
