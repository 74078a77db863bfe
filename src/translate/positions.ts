/**
 * Source positions for asyncio's reprs. CPython prints a task as `<Task pending name='Task-2' coro=<work()
 * running at FILE:3>>`: the coroutine's qualified name, the line of its `def`, and the line it is suspended
 * at. A program that prints tasks, futures or handles (found from the types of what it prints) gets that
 * information in its translation: coroutine objects and callbacks carry their name and `def` line
 * (`coroutineAt("work", 2, () => work(1))`, `functionAt("on_done", 5, onDone)`), and each statement of an
 * `async def` that may suspend or print says its line first (`lineAt("work", 3)`). Other programs are unchanged.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { isScopeNode, walk } from "./astWalk";
import type { TranslationContext } from "./context";
import { findMethod, needsDescriptor, type ClassInfo, type FunctionInfo, type PyType } from "./types";

/** Whether printing a value of this type shows a value for which `leaf` holds, itself or inside a container. */
function shows(type: PyType, leaf: (t: PyType) => boolean): boolean {
  if (leaf(type)) return true;
  switch (type.t) {
    case "list":
    case "set":
      return shows(type.elem, leaf);
    case "tuple":
      return type.elems.some((t) => shows(t, leaf));
    case "dict":
      return shows(type.key, leaf) || shows(type.value, leaf);
    case "union":
      return type.types.some((t) => shows(t, leaf));
    default:
      return false;
  }
}

/** Whether printing a value of this type shows an asyncio object whose repr has positions (a task, a future, a coroutine, a handle). */
export function showsAsyncioObject(type: PyType): boolean {
  return shows(type, (t) => t.t === "task" || t.t === "future" || t.t === "coroutine" || (t.t === "object" && t.cls === "TimerHandle"));
}

/** asyncio's classes whose repr shows the object's address, by the runtime class's name: their Python names. */
const addressedClasses: ReadonlyMap<string, string> = new Map([
  ...["Lock", "Semaphore", "BoundedSemaphore", "Event", "Condition", "Barrier"].map((c): [string, string] => [c, `asyncio.locks.${c}`]),
  ...["Queue", "LifoQueue", "PriorityQueue"].map((c): [string, string] => [c, `asyncio.queues.${c}`]),
]);

/** Whether a value is shown by str() (print, f-strings, format) or by repr() (repr, `!r`, inside a container). */
export type ShownAs = "str" | "repr";

/** asyncio's classes whose str() has no address (a queue's `<Queue maxsize=0>`), unlike their repr(). */
const strWithoutAddress = new Set(["Queue", "LifoQueue", "PriorityQueue"]);

/** The Python class of a printed object (itself or inside a container) whose text has its address, or null. */
function addressedObject(type: PyType, shownAs: ShownAs): string | null {
  let found: string | null = null;
  for (const shown of type.t === "union" ? type.types : [type]) {
    if (shownAs === "str" && shown.t === "object" && strWithoutAddress.has(shown.cls)) continue;
    if (shownAs === "str" && shown.t === "instance" && findMethod(shown.cls, "__str__")) continue;
    shows(shown, (t) => {
      if (t.t === "object" && addressedClasses.has(t.cls)) found ??= `an ${addressedClasses.get(t.cls)!}`;
      if (t.t === "instance" && !hasOwnRepr(t.cls)) found ??= `an instance of ${t.cls.pyName} (object.__repr__)`;
      return false;
    });
  }
  return found;
}

/** A class whose repr is its own, not object.__repr__'s `<__main__.A object at 0x7f...>`. */
function hasOwnRepr(cls: ClassInfo): boolean {
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    if (c.methods.has("__repr__") || c.dataclass || c.enum || c.exceptionBase) return true;
  }
  return false;
}

/**
 * The functions `type` may be, marked to carry their signature at run time (a `withSignature` statement
 * after their def): their name or parameters are read from the value. Changes the translation, so
 * another pass runs.
 */
export function registerFunctions(ctx: TranslationContext, type: PyType): void {
  for (const t of type.t === "union" ? type.types : [type]) {
    if (t.t !== "function" || t.fn.registered) continue;
    t.fn.registered = true;
    ctx.changed = true;
  }
}

/** Said where a set's order shows (printed, or iterated by a loop that does something). */
export const SET_ORDER_WARNING =
  "CPython keeps a set in the order of its hash table (for strings, different on every run), not the order items were added, which is the order here: what depends on that order may come out differently";

/** Said where the order of a set of tasks or futures shows. */
export const ADDRESS_ORDER_WARNING = "CPython iterates a set of tasks or futures in the order of their memory addresses, which can differ from run to run; here it is the order they were made";

/** `f(*s)`, `gather(*s)` with a set `s`: the arguments come in the set's order, which is not CPython's. */
export function reportSpreadSet(ctx: TranslationContext, type: PyType, span: py.NodeBase): void {
  if (type.t !== "set") return;
  ctx.report("TR3001", span, type.elem.t === "task" || type.elem.t === "future" ? ADDRESS_ORDER_WARNING : SET_ORDER_WARNING);
}

/** Called where a value is printed or formatted: a program that shows asyncio objects gets positions (from the next pass on). */
export function notePrintedType(ctx: TranslationContext, type: PyType, span: py.NodeBase, shownAs: ShownAs = "repr"): void {
  const addressed = addressedObject(type, shownAs);
  if (addressed) ctx.report("TR3001", span, `CPython's repr of ${addressed} shows its memory address (\`at 0x7f...\`), which differs on every run, in CPython too`);
  if (shows(type, (t) => t.t === "set" && !showsAsyncioObject(t.elem))) ctx.report("TR3001", span, SET_ORDER_WARNING);
  if (shows(type, (t) => t.t === "function" || t.t === "callable")) {
    ctx.report("TR3001", span, "CPython's repr of a function shows its memory address (`<function f at 0x7f...>`), which differs on every run, in CPython too");
    // Its Python name, which the value does not carry (see decorators.ts).
    shows(type, (t) => {
      if (t.t === "function") registerFunctions(ctx, t);
      return false;
    });
  }
  if (shows(type, (t) => t.t === "object" && t.cls === "TimerHandle")) {
    ctx.report("TR3001", span, "a TimerHandle's repr shows `when=`, a reading of the loop's clock (time.monotonic() in CPython, different on every run); here it is the program's clock, which starts at 0");
  }
  if (shows(type, (t) => t.t === "object" && strWithoutAddress.has(t.cls) && needsDescriptor(t.elem))) {
    ctx.report("TR3004", span, "a queue's text shows its items, whose type the run time does not know there: a float with an integral value (2.0) prints as an int (2) and a tuple as a list");
  }
  if (!showsAsyncioObject(type)) return;
  ctx.needPositions();
  if (shows(type, (t) => t.t === "coroutine")) ctx.report("TR3001", span, "a coroutine object's repr shows its memory address (`<coroutine object f at 0x7f...>`), which differs on every run, in CPython too");
  if (shows(type, (t) => t.t === "task") && reachesLoopTasks(ctx.module)) {
    ctx.report("TR3001", span, "the task asyncio.run or run_until_complete made lists asyncio's own callback (`cb=[_run_until_complete_cb() at .../asyncio/base_events.py:180]`), whose path depends on where Python is installed: `compare` asks the Python it runs");
  }
  if (shows(type, (t) => (t.t === "task" || t.t === "future") && needsDescriptor(t.result))) {
    ctx.report("TR3004", span, "a task's or future's repr shows its result, whose type the run time does not know there: a float with an integral value (2.0) prints as an int (2) and a tuple as a list");
  }
  if (type.t === "set" && showsAsyncioObject(type.elem)) {
    ctx.report("TR3001", span, "CPython prints a set of tasks or futures in the order of their memory addresses, which can differ from run to run; here it is the order they were made");
  }
}

const namesUsed: WeakMap<py.Module, ReadonlySet<string>> = new WeakMap();

/** Whether the program names any of these (as a name or an attribute: `current_task`, `asyncio.gather`). */
function namesAny(module: py.Module, names: readonly string[]): boolean {
  let used = namesUsed.get(module);
  if (used === undefined) {
    const found = new Set<string>();
    walk(module, (node) => {
      if (node.kind === "Attribute") found.add((node as py.Attribute).attr);
      else if (node.kind === "Name") found.add((node as py.Name).id);
    });
    namesUsed.set(module, (used = found));
  }
  return names.some((n) => used.has(n));
}

/** Whether the program can hold the task a loop runner made (the only ways: `current_task()`, `all_tasks()`). */
function reachesLoopTasks(module: py.Module): boolean {
  return namesAny(module, ["current_task", "all_tasks"]);
}

/** A call that makes a new task: `asyncio.create_task(...)`, `tg.create_task(...)`, `asyncio.ensure_future(...)`. */
function makesNewTask(e: py.Expr | null): boolean {
  if (e?.kind !== "Call") return false;
  const name = e.func.kind === "Attribute" ? e.func.attr : e.func.kind === "Name" ? e.func.id : "";
  return name === "create_task" || name === "ensure_future";
}

/**
 * Whether `await value` may await the running task itself, which CPython refuses with a RuntimeError that
 * shows the task's repr (with positions). Only a program that can hold a runner's task or another task's
 * own (`current_task()`, `all_tasks()`) gets there; a name its function binds only to new tasks cannot be.
 */
export function mayAwaitItself(ctx: TranslationContext, value: py.Expr): boolean {
  if (!reachesLoopTasks(ctx.module)) return false;
  const fn = ctx.enclosingFunction()?.node;
  if (value.kind !== "Name" || !fn || (fn.kind !== "FunctionDef" && fn.kind !== "AsyncFunctionDef")) return true;
  const { args } = fn;
  if ([...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg].some((a) => a?.arg === value.id)) return true;
  const newTaskTargets = new Set<object>();
  let bound = false;
  let other = false;
  walk(fn, (node) => {
    if (node !== fn && isScopeNode(node)) return false;
    if (node.kind === "Assign") {
      const assign = node as py.Assign;
      if (assign.targets.length === 1 && makesNewTask(assign.value)) newTaskTargets.add(assign.targets[0]!);
    } else if (node.kind === "AnnAssign") {
      const assign = node as py.AnnAssign;
      if (makesNewTask(assign.value)) newTaskTargets.add(assign.target);
    } else if (node.kind === "Global" || node.kind === "Nonlocal") {
      if ((node as py.Global).names.includes(value.id)) other = true;
    } else if (node.kind === "Name") {
      const name = node as py.Name;
      if (name.id !== value.id || name.ctx === "Load") return true;
      bound = true;
      if (!newTaskTargets.has(name)) other = true;
    }
    return true;
  });
  return other || !bound;
}

const coroutineRaisers: WeakMap<py.Module, boolean> = new WeakMap();

/** Whether an `async def` of the program has a `raise` statement: a task of it may end with an exception nobody reads. */
export function raisesInCoroutine(module: py.Module): boolean {
  let found = coroutineRaisers.get(module);
  if (found === undefined) {
    let raises = false;
    walk(module, (node) => {
      if (node.kind === "AsyncFunctionDef") {
        walk(node, (inner) => {
          if (inner.kind === "Raise") raises = true;
          return !raises;
        });
      }
      return !raises;
    });
    found = raises;
    coroutineRaisers.set(module, found);
  }
  return found;
}

/** `work`, `Worker.run`, `main.<locals>.inner`: the __qualname__ CPython shows, from the scopes around the `def`. */
export function qualifiedName(ctx: TranslationContext, node: py.FunctionDef | py.Lambda): string {
  const parts = [node.kind === "Lambda" ? "<lambda>" : node.name];
  for (let scope = ctx.scopes.scopeOf(node).parent; scope && scope.kind !== "module"; scope = scope.parent) {
    const owner = scope.node;
    if (owner.kind === "ClassDef") parts.unshift(owner.name);
    else if (owner.kind === "FunctionDef" || owner.kind === "AsyncFunctionDef") parts.unshift(`${owner.name}.<locals>`);
    else if (owner.kind === "Lambda") parts.unshift("<lambda>.<locals>");
  }
  return parts.join(".");
}

/** The line CPython gives a function (co_firstlineno): its first decorator's, else its `def`'s. */
export function definitionLine(ctx: TranslationContext, node: py.FunctionDef | py.Lambda): number {
  const decorators = node.kind === "Lambda" ? [] : node.decorator_list;
  const start = decorators.length > 0 ? Math.min(node.start, ...decorators.map((d) => d.start)) : node.start;
  return ctx.lineOf(start);
}

/** `() => work(1)` as a coroutine object that knows its function, when the program prints tasks (or may log one). */
export function describedCoroutine(ctx: TranslationContext, fn: FunctionInfo, lazy: ir.Expr, callee?: ir.Expr): ir.Expr {
  if (!(ctx.positions || (ctx.coroutinePositions && !ctx.inRunArgument)) || fn.position === undefined) return lazy;
  // A wrapper named by functools.wraps: its coroutines show the wrapped function's __qualname__.
  const name = fn.wrapsName && callee ? ctx.callHelper("functionQualname", [callee]) : f.str(fn.position.name);
  return ctx.callHelper("coroutineAt", [name, f.num(fn.position.line), lazy]);
}

/** A callback (done-callback, call_soon) that knows its name and line, when the program prints futures or handles. */
export function describedCallback(ctx: TranslationContext, value: { readonly type: PyType }, callback: ir.Expr): ir.Expr {
  if (!ctx.positions || value.type.t !== "function" || value.type.fn.position === undefined) return callback;
  return ctx.callHelper("functionAt", [f.str(value.type.fn.position.name), f.num(value.type.fn.position.line), callback]);
}

/**
 * `lineAt("work", 3);` before a statement of an `async def` that may suspend (an await, `async for`,
 * `async with`) or print: the running task's coroutine is at that line now.
 */
export function lineMarker(ctx: TranslationContext, stmt: py.Stmt): ir.Stmt | null {
  if (!ctx.positions) return null;
  const fn = ctx.enclosingFunction();
  if (!fn || fn.node.kind !== "AsyncFunctionDef" || ctx.scope !== fn) return null;
  const info = ctx.functions.get(fn.node);
  const at = info?.position ? suspendsOrPrintsAt(stmt) : null;
  if (!info?.position || at === null) return null;
  return f.exprStmt(ctx.callHelper("lineAt", [f.str(info.position.name), f.num(ctx.lineOf(at.start))]));
}

/**
 * The node of the statement where the task will suspend or print, whose line CPython's frame is at then
 * (f_lineno is the line of the instruction running): an `await`, or an f-string (its values are formatted before
 * the call that prints them, on their own line in `print(\n f"{task}")`), else a print/repr/str call; null if none.
 */
function suspendsOrPrintsAt(stmt: py.Stmt): py.NodeBase | null {
  if (stmt.kind === "AsyncFor" || stmt.kind === "AsyncWith") return stmt;
  let first: py.NodeBase | null = null;
  let call: py.NodeBase | null = null;
  walk(stmt, (n) => {
    if (first || (n !== stmt && isScopeNode(n))) return false;
    // A compound statement's own blocks get their own markers.
    if (n !== stmt && isBlock(n)) return false;
    if (n.kind === "Await" || n.kind === "JoinedStr") first = n as py.Expr;
    if (n.kind === "Call" && call === null) {
      const func = (n as py.Call).func;
      if (func.kind === "Name" && (func.id === "print" || func.id === "repr" || func.id === "str")) call = n as py.Call;
    }
    return first === null;
  });
  return first ?? call;
}

/** Statements inside a compound statement's body: translated (and marked) on their own. */
function isBlock(n: { readonly kind: string }): boolean {
  return n.kind.endsWith("Def") || n.kind === "If" || n.kind === "For" || n.kind === "While" || n.kind === "Try" || n.kind === "With" || n.kind === "AsyncFor" || n.kind === "AsyncWith" || n.kind === "Expr" || n.kind === "Assign" || n.kind === "AugAssign" || n.kind === "AnnAssign" || n.kind === "Return" || n.kind === "ExceptHandler" || n.kind === "Raise";
}
