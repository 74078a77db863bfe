/** asyncio tasks: create_task (starts on the next loop pass, not at once), current_task, sleep (0 = one pass, d > 0 = a timer) and asyncio.run (Task-1, then leftover tasks cancelled). */
import { CancelledError, PyTypeError, RuntimeError, ValueError, isClass, pythonTypeName } from "./exceptions";
import { Future, reportUnretrieved } from "./future";
import { callerStack, hostEvent, hostFlush, noteSuspension, tracing, unorderedOutput } from "./host";
import { EventLoop, type TaskContext, callLater, callSoon, contextCapture, currentTaskSlot, getLoop, loopSlot } from "./loop";
import { asyncioCallback, asyncioLine, programFile, positionOf, samePosition, warnInstallationShown } from "./positions";
import { repr, str } from "./repr";
import { reportUncaught } from "./traceback";

/**
 * A coroutine that has not started yet. Python's `work()` runs nothing until awaited or wrapped in a task;
 * calling a JS async function starts it at once, so the lazy form is a function that starts it.
 */
export type Coroutine<T> = () => Promise<T>;

/**
 * A stored coroutine that the program may start more than once (`c = work()`, then `await c` twice, or two
 * tasks of it): the first start runs it, a later one raises CPython's RuntimeError instead of running it again.
 */
export function oneShot<T>(coro: Coroutine<T>): Coroutine<T> {
  let finished: Future<null> | null = null;
  const once = (): Promise<T> => {
    if (finished === null) {
      finished = new Future<null>();
      const done = finished;
      const running = coro();
      running.then(
        () => done.setResult(null),
        () => done.setResult(null),
      );
      return running;
    }
    if (finished.done()) throw new RuntimeError("cannot reuse already awaited coroutine");
    // Started by another task and suspended: in CPython the second task waits on the future the coroutine
    // waits on, and finds the coroutine finished when it wakes.
    const done = finished;
    return (async () => {
      await done;
      throw new RuntimeError("cannot reuse already awaited coroutine");
    })();
  };
  Object.defineProperty(once, "name", { value: coro.name });
  return samePosition(coro, once);
}

/** Counters shared by all tasks: ids for the timeline, and the N of default names "Task-N" (as in CPython). */
export const taskCounters: { nextId: number; nextName: number } = { nextId: 1, nextName: 1 };

/** Tasks that are not done yet, in creation order (asyncio.all_tasks()). */
export const liveTasks: Set<Task<unknown>> = new Set();

/** Work asyncio.run does after cancelling the leftover tasks (e.g. closing suspended async generators); each step's future is run to completion. */
export const shutdownSteps: (() => Future<unknown> | null)[] = [];

/** asyncio.Task: runs a coroutine on the loop; each step runs until the coroutine awaits something pending. */
export class Task<T> extends Future<T> implements TaskContext {
  static override readonly pythonModule: string = "_asyncio";
  readonly taskId: number;
  private name: string;
  private waiter: { cancel(msg?: string | null): boolean } | null = null;
  private mustCancel = false;
  private cancelRequests = 0;
  private steps = 0;
  /** The line its coroutine is at (suspended or running), once it has started. */
  private line: number | null = null;
  /** The contextvars context the task runs in: the one given (create_task(context=)), else a copy of the one current when it was created, as in asyncio. */
  readonly context: unknown;

  constructor(
    private readonly coro: Coroutine<T>,
    name?: string | null,
    /** asyncio.create_task(name=...) names the task after making it, so it takes a number too; Task(coro, name=...) and loop.create_task do not. */
    numberNamed = true,
    context: unknown = null,
  ) {
    super();
    this.context = context ?? contextCapture.copy?.() ?? null;
    // CPython checks before the task takes a number: `create_task(fut)` raises and no Task-N is used up.
    if (typeof coro !== "function") throw new PyTypeError(`a coroutine was expected, got ${repr(coro)}`);
    this.taskId = taskCounters.nextId++;
    // CPython 3.11's asyncio.create_task takes the next number even for a task given a name (it calls set_name afterwards).
    const number = name === undefined || name === null || numberNamed ? taskCounters.nextName++ : 0;
    this.name = name ?? `Task-${number}`;
    liveTasks.add(this);
    const parentId = currentTaskSlot.task?.taskId ?? null;
    hostEvent({ kind: "task-created", taskId: this.taskId, name: this.name, time: this.loop.time(), parentId, ...(tracing() ? { stack: callerStack() } : {}) });
    // Like CPython, the first step is scheduled with call_soon: the task starts on a later loop pass.
    this.loop.callSoon(() => this.start(), { kind: "start", taskId: this.taskId });
  }

  /** task.get_coro(): the coroutine object it runs (the same object the program made, so `is` holds). */
  getCoro(): Coroutine<T> {
    return this.coro;
  }

  getName(): string {
    return this.name;
  }

  setName(name: unknown): void {
    this.name = str(name);
  }

  /** How many cancellations were requested and not yet absorbed (Task.cancelling() in 3.11). */
  cancelling(): number {
    return this.cancelRequests;
  }

  /** Request cancellation: the task gets CancelledError(msg) where it is suspended; false if already done. */
  override cancel(msg: string | null = null): boolean {
    if (this.done()) return false;
    this.cancelRequests++;
    if (this.waiter?.cancel(msg)) return true;
    // Nothing to cancel right now (not started, or about to resume): raise when the task next resumes.
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  /** Undo one cancellation request (Task.uncancel() in 3.11); returns the requests still pending. */
  uncancel(): number {
    if (this.cancelRequests > 0) this.cancelRequests--;
    return this.cancelRequests;
  }

  setWaiter(fut: { cancel(msg?: string | null): boolean } | null): void {
    this.waiter = fut;
  }

  takeCancelRequest(): Error | null {
    if (!this.mustCancel) return null;
    this.mustCancel = false;
    return this.makeCancelledError();
  }

  noteStep(): void {
    this.steps++;
    hostEvent({ kind: "task-step", taskId: this.taskId, name: this.name, time: getLoop().time(), step: this.steps });
  }

  override traceName(): string {
    return this.name;
  }

  /** `<Task pending name='Task-2' coro=<work() running at FILE:3> wait_for=<Future pending cb=[Task.task_wakeup()]>>`, as CPython's _task_repr_info. */
  override __repr__(): string {
    const info = this.reprInfo();
    // CPython 3.11's _task_repr_info: a task with cancellation requested (cancelling() > 0) that is not done yet.
    if (this.cancelRequests > 0 && !this.done()) info[0] = "cancelling";
    info.splice(1, 0, `name=${repr(this.name)}`, `coro=<${this.coroText()}>`);
    if (this.waiter !== null && !this.done()) info.splice(3, 0, `wait_for=${repr(this.waiter)}`);
    return `<Task ${info.join(" ")}>`;
  }

  /** `work() running at FILE:3` (where it is suspended, or its def if not started) or `work() done, defined at FILE:2`. */
  private coroText(): string {
    const position = positionOf(this.coro);
    if (!position) return `${this.coro.name || "coroutine"}()${this.done() ? "" : " running"}`;
    // asyncio's own coroutine (a task running asyncio.sleep) is in asyncio's file, where that Python keeps it.
    if (position.file !== undefined) warnInstallationShown(position);
    const file = position.file ?? programFile();
    if (this.done()) return `${position.name}() done, defined at ${file}:${position.line}`;
    return `${position.name}() running at ${file}:${this.line ?? position.line}`;
  }

  /** Without its coroutine's position the repr would not be CPython's (`coro=<fail() done, defined at FILE:3>`): the log leaves the line out. */
  protected override reprForLog(): string | null {
    return positionOf(this.coro) ? this.__repr__() : null;
  }

  /** The task's coroutine `name` is at `line` now (of asyncio's own file when `asyncioOwn`, as in asyncio.sleep). */
  noteLine(name: string, line: number, asyncioOwn = false): void {
    const position = positionOf(this.coro);
    if (position?.name === name && (position.file !== undefined) === asyncioOwn) this.line = line;
  }

  /** Tasks are completed by their coroutine only (CPython raises RuntimeError for set_result too). */
  override setResult(_value: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override setException(_error: unknown): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /** The first step: run the coroutine up to its first real suspension. */
  private start(): void {
    currentTaskSlot.task = this;
    this.noteStep();
    if (this.mustCancel) {
      // Cancelled before it started: the coroutine body never runs.
      this.mustCancel = false;
      this.finishCancelled(this.cancelMessage);
      return;
    }
    let running: Promise<T>;
    try {
      running = Promise.resolve(this.coro());
    } catch (err) {
      running = Promise.reject(err);
    }
    running.then(
      (value) => {
        // cancel() during the coroutine's last step: CPython's __step cancels the task instead of setting its result.
        if (this.mustCancel) {
          this.mustCancel = false;
          this.finishCancelled(this.cancelMessage);
        } else this.finish(() => super.setResult(value), "result");
      },
      (err: unknown) => {
        if (err instanceof CancelledError) this.finishCancelled(err.args.length > 0 ? str(err.args[0]) : null);
        else this.finish(() => super.setException(err), "exception", err);
      },
    );
  }

  private finishCancelled(msg: string | null): void {
    this.finish(() => Future.prototype.cancel.call(this, msg), "cancelled");
  }

  private finish(complete: () => void, outcome: "result" | "exception" | "cancelled", err?: unknown): void {
    liveTasks.delete(this as Task<unknown>);
    complete();
    const error = outcome === "exception" && tracing() ? (err instanceof Error ? `${err.name}: ${err.message}` : String(err)) : undefined;
    hostEvent({ kind: "task-done", taskId: this.taskId, name: this.name, time: getLoop().time(), outcome, ...(error === undefined ? {} : { error }) });
  }
}

/**
 * `lineAt("work", 3)` before a statement of `async def work` that may suspend or print: if `work` is the
 * coroutine of the task running it, the task is now at line 3 (its frame's f_lineno in CPython).
 */
export function lineAt(name: string, line: number): void {
  currentTaskSlot.task?.noteLine?.(name, line);
}

/** Anything `await` accepts: a lazy coroutine, a future/task, or a JS promise. */
export type Awaitable<T> = Coroutine<T> | Future<T> | PromiseLike<T>;

/** asyncio.create_task(coro, name=...): the task starts on the next loop pass. */
export function createTask<T>(coro: Coroutine<T>, options?: TaskOptions): Task<T>;
/** A future is not a coroutine: this raises TypeError, as in CPython. */
export function createTask(coro: Future<unknown>, options?: TaskOptions): never;
export function createTask<T>(coro: Coroutine<T> | Future<unknown>, options?: TaskOptions): Task<T> {
  return new Task(coro as Coroutine<T>, options?.name, options?.numberNamed, options?.context);
}

/** create_task's keywords: `name`, and `context` (a contextvars Context the task runs in, itself, not a copy). */
export interface TaskOptions {
  readonly name?: string | null;
  readonly numberNamed?: boolean;
  readonly context?: unknown;
}

/** asyncio.current_task(): the task running this code, or None outside tasks. */
export function currentTask(): Task<unknown> | null {
  return currentTaskSlot.task as Task<unknown> | null;
}

/** asyncio.all_tasks(): the tasks not done yet. */
export function allTasks(): Set<Task<unknown>> {
  return new Set(liveTasks);
}

/** asyncio.ensure_future(x): a future as is, a coroutine wrapped in a task, a JS promise adopted by a future. */
export function ensureFuture<T>(aw: Coroutine<T>): Task<T>;
export function ensureFuture<T>(aw: Task<T>): Task<T>;
export function ensureFuture<T>(aw: Awaitable<T>): Future<T>;
export function ensureFuture<T>(aw: Awaitable<T>): Future<T> {
  if (aw instanceof Future) return aw;
  if (typeof aw === "function") return createTask(aw);
  const fut = new Future<T>();
  aw.then(
    (value) => fut.done() || fut.setResult(value),
    (err: unknown) => fut.done() || fut.setException(err),
  );
  return fut;
}

/**
 * create_task(f) given something other than a coroutine (most often the call forgotten): CPython's TypeError.
 * A function is not told from a stored coroutine when it runs, so the translator, which knows the type, calls this.
 */
export function coroutineExpected(value: unknown): never {
  throw new PyTypeError(`a coroutine was expected, got ${repr(value)}`);
}

/**
 * asyncio.run(main), the call forgotten: CPython's ValueError. As in CPython 3.11, the Runner has made its loop
 * by then, and closing it runs its two shutdown steps as tasks, which take two Task-N numbers.
 */
export function runNotCoroutine(value: unknown): never {
  if (loopSlot.loop?.isRunning()) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  taskCounters.nextName += 2; // loop.shutdown_asyncgens(), loop.shutdown_default_executor()
  throw new ValueError(`a coroutine was expected, got ${repr(value)}`);
}

/**
 * What the program gives where asyncio wants an awaitable and CPython raises TypeError for (`gather(work)`, the
 * call forgotten; `gather([a(), b()])`, the star forgotten): gather and ensure_future raise it when they reach it,
 * after the arguments before it (which asyncio has already wrapped in tasks by then).
 */
export class NotAwaitableArgument implements PromiseLike<never> {
  constructor(
    readonly value: unknown,
    private readonly message: string,
  ) {}

  then(): never {
    throw new PyTypeError(this.message);
  }
}

/** gather(*fs) and as_completed(fs) of things that are never awaitable (functions: the calls forgotten). */
export function notAwaitableItems(items: Iterable<unknown>, message: string): NotAwaitableArgument[] {
  return [...items].map((item) => new NotAwaitableArgument(item, message));
}

/**
 * `await x` where x is not awaitable: CPython raises TypeError, where JavaScript's `await` would give x back.
 * `typeName` is the Python type's name when the translator knows it (a whole float is a float).
 */
export function notAwaitable(value: unknown, typeName?: string): never {
  throw new PyTypeError(`object ${typeName ?? pythonTypeName(value)} can't be used in 'await' expression`);
}

/**
 * `await x` where the translator cannot tell whether x is awaitable: a task, future or promise as it is, and
 * CPython's TypeError for what is certainly not awaitable. A function is let through, since a stored coroutine
 * (`() => work()`) is one.
 */
export function awaitable<T>(value: T | PromiseLike<T>): T | PromiseLike<T> {
  if (typeof value === "function") return isClass(value) ? notAwaitable(value) : value;
  const then = typeof value === "object" && value !== null ? (value as { then?: unknown }).then : undefined;
  if (typeof then === "function") return value;
  return notAwaitable(value);
}

/** asyncio.sleep(delay, result): 0 (or less) gives other tasks exactly one loop pass; otherwise a timer. */
export function sleep(delay: number): Promise<void>;
export function sleep<T>(delay: number, result: T): Promise<T>;
export function sleep<T>(delay: number, result?: T): Promise<T | null> {
  // A delay that is not a number (a str from a dict of mixed values): CPython's comparison with 0 raises.
  if (typeof delay !== "number" && typeof delay !== "boolean" && !((delay as unknown) instanceof Number)) {
    throw new PyTypeError(`'<=' not supported between instances of '${pythonTypeName(delay)}' and 'int'`);
  }
  delay = Number(delay);
  const value = result === undefined ? null : result;
  // A task whose coroutine is this sleep shows where CPython's sleep waits: `await __sleep0()` or `return await future`.
  currentTaskSlot.task?.noteLine?.("sleep", delay <= 0 ? asyncioLine("tasks.py:sleep@0", 640) : asyncioLine("tasks.py:sleep@delay", 649), true);
  if (delay <= 0) return yieldOnce(value);
  return sleepTimer(delay, value);
}

/** A bare `yield` in CPython's sleep(0): the task is rescheduled with call_soon, so every ready callback runs first. */
export function yieldOnce<T>(value: T): Promise<T> {
  const task = currentTaskSlot.task;
  const sid = noteSuspension(task?.taskId ?? null, "asyncio.sleep(0)");
  return new Promise<T>((resolve, reject) => {
    callSoon(() => {
      currentTaskSlot.task = task;
      task?.noteStep();
      const cancelRequest = task?.takeCancelRequest();
      if (cancelRequest) reject(cancelRequest);
      else resolve(value);
    }, { kind: "wake", taskId: task?.taskId ?? null, sid });
  });
}

/** sleep(d > 0): a future completed by a timer, so cancelling the sleeping task cancels the wait. */
export async function sleepTimer<T>(delay: number, value: T): Promise<T> {
  const fut = new Future<T>();
  fut.traceSid = noteSuspension(currentTaskSlot.task?.taskId ?? null, `asyncio.sleep(${delay})`);
  const timer = callLater(
    delay,
    () => {
      if (!fut.done()) fut.setResult(value);
    },
    { kind: "timer", sid: fut.traceSid },
  );
  try {
    return await fut;
  } finally {
    timer.cancel();
  }
}

/**
 * asyncio.run(main()): run `main` as a task until it is done, cancel the tasks still running, then give its
 * result. If it raised, write the traceback's last line to stderr and exit with status 1, as python does; the
 * returned promise then never settles, so it is also safe to call without awaiting at the top level. With
 * `raise: true` (a call inside a `try`) the promise rejects with the exception instead.
 */
export function run<T>(main: Coroutine<T>, options?: { readonly raise?: boolean }): Promise<T> {
  if (loopSlot.loop?.isRunning()) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  // asyncio.run makes a loop of its own: not one the program holds (get_event_loop, new_event_loop).
  if (loopSlot.loop?.exposed || loopSlot.loop?.isClosed()) loopSlot.loop = new EventLoop();
  const loop = getLoop();
  const outcome = runMainTask(loop, main);
  return outcome.then(
    (value) => {
      hostFlush();
      return value;
    },
    (err: unknown) => {
      // Inside a `try` the exception goes to the program's handlers, as asyncio.run raises it in Python.
      if (options?.raise) throw err;
      reportUncaught(err);
      return new Promise<T>(() => {});
    },
  );
}

/** asyncio's `_run_until_complete_cb`: stops the loop when the future it waits for is done (a task's repr lists it). */
export function runUntilCompleteCallback(loop: EventLoop): () => void {
  return asyncioCallback("_run_until_complete_cb", "base_events.py", 180, () => loop.stop());
}

export async function runMainTask<T>(loop: EventLoop, main: Coroutine<T>): Promise<T> {
  const task = new Task(main);
  task.addDoneCallback(runUntilCompleteCallback(loop));
  try {
    await loop.runUntilStopped();
    await cancelLeftoverTasks(loop);
    await runShutdownSteps(loop);
  } finally {
    loopSlot.loop = null;
    currentTaskSlot.task = null;
  }
  // asyncio.run reads main's outcome (future.result()), then the loop closes: the exceptions nobody read are logged.
  if (task.done() && !task.cancelled()) task.exception();
  reportUnretrieved(loop);
  return task.result();
}

/** Like asyncio.run at its end: cancel the loop's tasks still running, and run the loop until they have handled it. */
export async function cancelLeftoverTasks(loop: EventLoop, who = "asyncio.run()"): Promise<void> {
  const leftovers = [...liveTasks].filter((t) => t.loop === loop);
  if (leftovers.length === 0) return;
  // CPython cancels them iterating a set (asyncio.runners._cancel_all_tasks); here, in the order they were made.
  if (leftovers.length > 1) unorderedOutput.reason = `${who} cancels the ${leftovers.length} tasks still running at its end in the order of a set (by memory address)`;
  for (const t of leftovers) t.cancel();
  let pending = leftovers.length;
  // CPython gathers them: the last one's done-callback completes the gather, whose own callback stops the loop.
  // Gathered with return_exceptions=True: an exception raised while handling the cancellation counts as read.
  for (const t of leftovers) {
    t.addDoneCallback(() => {
      t.takeUnretrieved();
      if (--pending === 0) loop.callSoon(() => loop.stop());
    });
  }
  await loop.runUntilStopped();
  unorderedOutput.reason = null;
}

/**
 * Then asyncio.run's loop.shutdown_asyncgens() (with the steps other helpers registered) and
 * shutdown_default_executor(): each runs the loop until a task of its own is done, so callbacks still
 * queued when main ended (a call_soon from its last step) run then, as in CPython. Each of those tasks takes
 * a Task-N number, so the generators' aclose() tasks and a later asyncio.run's tasks are numbered after them.
 */
export async function runShutdownSteps(loop: EventLoop): Promise<void> {
  const steps = shutdownSteps.splice(0);
  taskCounters.nextName++; // loop.shutdown_asyncgens()
  loop.callSoon(() => {
    const pending = steps.map((step) => step()).filter((done) => done !== null);
    let left = pending.length;
    if (left === 0) loop.callSoon(() => loop.stop());
    for (const done of pending) done.addDoneCallback(() => --left === 0 && loop.callSoon(() => loop.stop()));
  });
  await loop.runUntilStopped();
  taskCounters.nextName++; // loop.shutdown_default_executor()
  loop.callSoon(() => loop.callSoon(() => loop.stop()));
  await loop.runUntilStopped();
}
