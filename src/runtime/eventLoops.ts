/** asyncio's event loop as a Python object: get_event_loop/new_event_loop/set_event_loop, run_until_complete, run_forever/stop, close, and asyncio.Runner; the program's loops run one after another on the one JavaScript loop. */
import { shutdownAsyncgens } from "./asyncIteration";
import { AttributeError, RuntimeError, ValueError } from "./exceptions";
import { Future, reportUnretrieved } from "./future";
import { EventLoop, type CallbackHandle, type TimerHandle, currentTaskSlot, inCopiedContext, loopSlot, virtualClock } from "./loop";
import { type Awaitable, type Coroutine, type Task, cancelLeftoverTasks, createTask, ensureFuture, runShutdownSteps, runUntilCompleteCallback } from "./tasks";
import { sysPlatform } from "./sysModule";

/** The loop object asyncio gives the program (get_running_loop(), get_event_loop(), new_event_loop()). */
export class RunningLoop {
  /** The class CPython 3.11 gives the loop on Linux and macOS (Windows: ProactorEventLoop). */
  static readonly pythonName = "_UnixSelectorEventLoop";
  static readonly pythonModule = "asyncio.unix_events";
  /** loop.slow_callback_duration: what CPython's debug mode calls a slow callback (it logs them; this runtime does not). */
  slowCallbackDuration = 0.1;
  constructor(readonly loop: EventLoop) {
    loop.exposed = true;
  }
  /** `<_UnixSelectorEventLoop running=True closed=False debug=False>`, as BaseEventLoop.__repr__ (no address). */
  __repr__(): string {
    const bool = (b: boolean): string => (b ? "True" : "False");
    return `<_UnixSelectorEventLoop running=${bool(this.isRunning())} closed=${bool(this.isClosed())} debug=${bool(this.loop.debug)}>`;
  }
  /** loop.time() as the program reads it: a program polling it sees the virtual clock move (see BUSY_PASS_SECONDS). */
  time(): number {
    if (this.loop.clock === "virtual") virtualClock.polled = true;
    return this.loop.readTime();
  }
  isRunning(): boolean {
    return this.loop.isRunning();
  }
  isClosed(): boolean {
    return this.loop.isClosed();
  }
  setDebug(enabled: unknown): void {
    this.loop.debug = Boolean(enabled);
  }
  getDebug(): boolean {
    return this.loop.debug;
  }
  callSoon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): CallbackHandle {
    return described(this.loop.callSoon(inCopiedContext(() => void callback(...args)), { kind: "callback", name: callback.name, via: "call_soon" }), callback, args);
  }
  callLater<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    return described(this.loop.callLater(delay, inCopiedContext(() => void callback(...args)), { kind: "callback", name: callback.name, via: "call_later" }), callback, args);
  }
  callAt<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    return described(this.loop.callAt(when, inCopiedContext(() => void callback(...args)), { kind: "callback", name: callback.name, via: "call_at" }, true), callback, args);
  }
  createFuture<T>(): Future<T> {
    return onLoop(this.loop, () => new Future<T>());
  }
  /** The task's first step goes on this loop's ready queue, even when another loop is the current one. */
  createTask<T>(coro: Coroutine<T>, options?: { name?: string | null }): Task<T> {
    this.loop.checkOpen();
    return onLoop(this.loop, () => createTask(coro, { name: options?.name, numberNamed: false }));
  }

  /**
   * loop.run_until_complete(aw): run the loop until `aw` is done and give its result (or raise its exception).
   * Tasks it did not wait for stay pending on the loop, and run again the next time it runs.
   */
  async runUntilComplete<T>(aw: Awaitable<T>): Promise<T> {
    this.checkCanRun();
    const fut = onLoop(this.loop, () => ensureFuture(aw));
    fut.addDoneCallback(runUntilCompleteCallback(this.loop));
    await this.runLoop();
    if (!fut.done()) throw new RuntimeError("Event loop stopped before Future completed.");
    return fut.result();
  }

  /** loop.shutdown_asyncgens(): a coroutine that closes the async generators left suspended. */
  async shutdownAsyncgens(): Promise<void> {
    await shutdownAsyncgens();
  }

  /** loop.run_forever(): run until loop.stop() is called (from a callback or a task). */
  async runForever(): Promise<void> {
    this.checkCanRun();
    await this.runLoop();
  }

  /**
   * loop.stop(): the loop finishes the iteration it is in, then run_forever/run_until_complete returns.
   * A property holding an arrow function, so `loop.call_soon(loop.stop)` keeps its loop as Python's bound method does.
   */
  readonly stop = (): void => {
    this.loop.stop();
  };

  /** loop.close(): pending callbacks are dropped; running it again raises RuntimeError. */
  close(): void {
    if (this.loop.isRunning()) throw new RuntimeError("Cannot close a running event loop");
    this.loop.close();
    reportUnretrieved(this.loop);
  }

  private checkCanRun(): void {
    this.loop.checkOpen();
    if (this.loop.isRunning()) throw new RuntimeError("This event loop is already running");
    if (loopSlot.loop?.isRunning()) throw new RuntimeError("Cannot run the event loop while another loop is running");
  }

  /** This loop is the one asyncio's functions use while it runs; the current loop is restored afterwards. */
  private async runLoop(): Promise<void> {
    const previous = loopSlot.loop;
    loopSlot.loop = this.loop;
    try {
      await this.loop.runUntilStopped();
    } finally {
      loopSlot.loop = previous;
      currentTaskSlot.task = null;
    }
  }
}

/** The handle keeps the program's callback and arguments, for its repr. */
function described<H extends CallbackHandle>(handle: H, fn: unknown, args: readonly unknown[]): H {
  handle.source = { fn, args };
  return handle;
}

/** Run `make` with `loop` as the loop asyncio schedules on (loop.create_task on a loop that is not the current one). */
function onLoop<R>(loop: EventLoop, make: () => R): R {
  const previous = loopSlot.loop;
  loopSlot.loop = loop;
  try {
    return make();
  } finally {
    loopSlot.loop = previous;
  }
}

/** One RunningLoop per loop, so `asyncio.get_running_loop() is loop` holds in every task, as in Python. */
export const runningLoops: WeakMap<EventLoop, RunningLoop> = new WeakMap();

function loopObject(loop: EventLoop): RunningLoop {
  let found = runningLoops.get(loop);
  if (!found) {
    found = new RunningLoop(loop);
    runningLoops.set(loop, found);
  }
  return found;
}

/** fut.get_loop() / task.get_loop(): the loop the future belongs to, as the object the program sees. */
export function loopOf(fut: Future<unknown>): RunningLoop {
  return loopObject(fut.loop);
}

/** asyncio.get_running_loop(): RuntimeError outside a running loop, as in Python. */
export function getRunningLoop(): RunningLoop {
  const loop = loopSlot.loop;
  if (!loop?.isRunning()) throw new RuntimeError("no running event loop");
  return loopObject(loop);
}

/** asyncio.get_event_loop(): the running loop; outside one, the current loop (made and set on first use, as Python 3.11 does). */
export function getEventLoop(): RunningLoop {
  loopSlot.loop ??= new EventLoop();
  return loopObject(loopSlot.loop);
}

/** asyncio.new_event_loop(): a new loop, not the current one until set_event_loop. */
export function newEventLoop(): RunningLoop {
  return loopObject(new EventLoop());
}

/** asyncio.set_event_loop(loop): the loop get_event_loop() gives from now on (None: no current loop). */
/**
 * asyncio.WindowsSelectorEventLoopPolicy() and WindowsProactorEventLoopPolicy(): asyncio has them only
 * on Windows (elsewhere the name is an AttributeError, which programs guard with `sys.platform`).
 */
export function windowsLoopPolicy(name: string): { readonly policy: string } {
  if (sysPlatform() !== "win32") throw new AttributeError(`module 'asyncio' has no attribute '${name}'`);
  return { policy: name };
}

/** asyncio.set_event_loop_policy(policy): JavaScript has one kind of event loop, which every policy gives. */
export function setEventLoopPolicy(policy: unknown): void {
  void policy;
}

export function setEventLoop(loop: RunningLoop | null): void {
  loopSlot.loop = loop === null ? null : loop.loop;
}

/**
 * asyncio.Runner (3.11): several run() calls on one loop, made on first use; close() cancels the tasks
 * left over and closes the loop, as asyncio.run does at its end. `with Runner() as r:` closes it on exit.
 */
export class Runner {
  static readonly pythonModule = "asyncio.runners";
  private loopObject: RunningLoop | null = null;
  private state: "created" | "initialized" | "closed" = "created";

  /** runner.run(coro): run it as a task on the runner's loop until it is done; its result or exception. */
  async run<T>(coro: Coroutine<T>): Promise<T> {
    if (typeof coro !== "function") throw new ValueError(`a coroutine was expected, got ${String(coro)}`);
    const loop = this.lazyInit();
    if (loopSlot.loop?.isRunning()) throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    const task = loop.createTask(coro);
    return loop.runUntilComplete(task);
  }

  getLoop(): RunningLoop {
    return this.lazyInit();
  }

  /** runner.close(): cancel what is left, let it handle the cancellation, close the loop. */
  async close(): Promise<void> {
    if (this.state !== "initialized") {
      this.state = "closed";
      return;
    }
    const loop = this.loopObject!;
    try {
      const previous = loopSlot.loop;
      loopSlot.loop = loop.loop;
      try {
        await cancelLeftoverTasks(loop.loop, "Runner.close()");
        await runShutdownSteps(loop.loop);
      } finally {
        loopSlot.loop = previous;
      }
    } finally {
      if (loopSlot.loop === loop.loop) loopSlot.loop = null;
      loop.close();
      this.loopObject = null;
      this.state = "closed";
    }
  }

  private lazyInit(): RunningLoop {
    if (this.state === "closed") throw new RuntimeError("Runner is closed");
    if (this.state === "initialized") return this.loopObject!;
    this.loopObject = newEventLoop();
    setEventLoop(this.loopObject);
    this.state = "initialized";
    return this.loopObject;
  }
}
