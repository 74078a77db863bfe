/** asyncio's event loop: a FIFO ready queue run one callback at a time, and timers by deadline; JS awaits resume in between, as a CPython task step runs to its next await. */
import { RuntimeError } from "./exceptions";
import { type EntryLabel, hostClock, hostEvent, hostStuck, hostWrite, outputContext, tracing } from "./host";
import { callbackText } from "./positions";
import { floatRepr } from "./repr";
import { shortRepr } from "./reprlib";
import { heapPop, heapPush } from "./heap";

/** What the loop needs to know about the task whose code is running (the tasks unit provides it). */
export interface TaskContext {
  readonly taskId: number;
  /** The future the task is suspended on, so cancelling the task can cancel it (Task._fut_waiter in CPython). */
  setWaiter(fut: { cancel(msg?: string | null): boolean } | null): void;
  /** A cancellation requested while the task had nothing to cancel, to raise when it resumes; null if none. */
  takeCancelRequest(): Error | null;
  /** Called each time the task resumes (for the timeline). */
  noteStep(): void;
  /** The coroutine `name` of the running task is at `line` now (for the task's repr). */
  noteLine?(name: string, line: number, asyncioOwn?: boolean): void;
}

/**
 * How a new task or callback takes a copy of the current contextvars context, and how a callback
 * runs in its copy (both set when the program uses contextvars).
 */
export const contextCapture: { copy: (() => unknown) | null; run: ((context: unknown, fn: () => void) => void) | null } = { copy: null, run: null };

/** `fn`, to run in a copy of the context current now, as asyncio's Handle runs its callback. */
export function inCopiedContext(fn: () => void): () => void {
  const { copy, run } = contextCapture;
  if (!copy || !run) return fn;
  const context = copy();
  return () => run(context, fn);
}

/** The task whose code runs now (None between tasks, as asyncio.current_task() would say). */
export const currentTaskSlot: { task: TaskContext | null } = { task: null };

/**
 * A callback in the ready queue (asyncio's Handle, from call_soon); cancel() before it runs and it never runs.
 * Named apart from Python's name, which programs often give a class of their own.
 */
export class CallbackHandle {
  static readonly pythonName: string = "Handle";
  static readonly pythonModule: string = "asyncio.events";
  private isCancelled = false;
  /** The program's callback and its arguments, for the repr (`<Handle on_done(1) at FILE:5>`). */
  source: { readonly fn: unknown; readonly args: readonly unknown[] } | null = null;
  /** Made by call_later/call_at (a TimerHandle) rather than call_soon (a Handle). */
  readonly timer: boolean = false;
  constructor(
    readonly deadline: number,
    readonly seq: number,
    readonly callback: () => void,
    /** What it is for, for traces; null: a plain callback, named after the function. */
    readonly label: EntryLabel | null = null,
    /**
     * Order among equal virtual deadlines: the clock reading the deadline was computed from. Under real
     * CPython time moves between two readings, so a deadline from a later reading is later. Deadlines
     * from one reading (a program's call_at with the very same `when`) tie exactly and come out as
     * CPython's heapq gives them.
     */
    readonly tie: number = seq,
  ) {}

  /** `<Handle on_done(1) at FILE:5>`, `<TimerHandle when=0.5 tick() at FILE:3>`, `<TimerHandle cancelled when=0.5>`. */
  __repr__(): string {
    const info = [this.timer ? "TimerHandle" : "Handle"];
    if (this.isCancelled) info.push("cancelled");
    if (this.timer) info.push(`when=${floatRepr(this.deadline)}`);
    if (this.source) info.push(callbackText(this.source.fn, this.source.args, (x) => shortRepr(x)));
    return `<${info.join(" ")}>`;
  }
  cancel(): void {
    this.isCancelled = true;
    // CPython drops the callback too: a cancelled handle prints as `<Handle cancelled>`.
    this.source = null;
  }
  cancelled(): boolean {
    return this.isCancelled;
  }
  /** Its trace label: the one given, or the callback's own name. */
  describe(): EntryLabel {
    return this.label ?? { kind: "callback", name: this.callback.name || "callback" };
  }

  /** The loop time it is scheduled for (for call_soon: the time it was scheduled). */
  when(): number {
    return this.deadline;
  }
}

/** A timer (asyncio's TimerHandle, from call_later and call_at). */
export class TimerHandle extends CallbackHandle {
  // A class's own module is read (not inherited), as a subclass in the program is __main__'s.
  static override readonly pythonModule: string = "asyncio.events";
  override readonly timer: boolean = true;
  /** The loop iteration in which it was set (see EventLoop.laterInRealTime). */
  setIteration = 0;
}

/** The timer functions of whatever host we run in, reached through globalThis (no Node or DOM typings needed). */
export interface HostTimers {
  setImmediate?: (fn: () => void) => unknown;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  MessageChannel?: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(x: unknown): void } };
  performance?: { now(): number };
}

export const hostTimers: HostTimers = globalThis as unknown as HostTimers;

/**
 * Run `fn` as a new macrotask, after every pending JS microtask (resumed awaits) has run.
 * setImmediate in Node; a MessageChannel in browsers and workers; setTimeout as a last resort.
 */
export function queueMacrotask(fn: () => void): void {
  if (hostTimers.setImmediate) {
    hostTimers.setImmediate(fn);
  } else if (hostTimers.MessageChannel) {
    const channel = new hostTimers.MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(null);
  } else {
    hostTimers.setTimeout?.(fn, 0);
  }
}

/**
 * The program's virtual clock, in seconds: each loop's timers move it forward, and so does a blocking
 * time.sleep(), so time.monotonic() and loop.time() agree across loops as they do in CPython.
 */
export const virtualClock: { now: number; polled: boolean; readsInPass: number } = { now: 0, polled: false, readsInPass: 0 };

/**
 * How far the virtual clock moves in a loop pass that has work to do, once the program has read the clock in
 * two passes in a row: a task that polls the time between `await asyncio.sleep(0)`s (a busy wait) sees it
 * move, as CPython's real clock does in every pass, and reaches its deadline. A program that reads the clock
 * now and then keeps exact durations (2.0 for a sleep of 2).
 */
const BUSY_PASS_SECONDS = 1e-5;

/**
 * How many iterations apart two timers of one virtual instant may have been set and still fire together, as
 * under CPython, where the loop wakes a little after a deadline and takes every timer due by then.
 */
const TIMER_LATENCY_ITERATIONS = 2;

/** The event loop (one per asyncio.run). */
export class EventLoop {
  readonly clock: "virtual" | "real";
  /** loop.set_debug(): only shown (the loop's repr); CPython's debug-mode logging is not reproduced. */
  debug = false;
  private readonly ready: CallbackHandle[] = [];
  /** Binary heap of timers by deadline, kept as Python's heapq keeps asyncio's (see timerBefore for equal deadlines). */
  private readonly timers: TimerHandle[] = [];
  private seq = 0;
  /** How many times the clock was read for a deadline or by the program (see readTime). */
  private timeReads = 0;
  /** loop.time() on the virtual clock, from 0 (the timeline's origin); virtualClock moves by the same steps. */
  private virtualNow = 0;
  private readonly realStart: number;
  /** Callbacks left in the current iteration (CPython runs the ready queue as it was when the iteration began). */
  private todo = 0;
  /** Consecutive passes with work to do in which the program read the virtual clock. */
  private pollingPasses = 0;
  private turnPending = false;
  private waitId: unknown = null;
  private running = false;
  private stopping = false;
  /** Whether the current run has begun an iteration: like run_forever, a run always does at least one. */
  private iterated = false;
  private closed = false;
  /** The program holds this loop as a Python object (get_event_loop, new_event_loop): asyncio.run must not reuse it. */
  exposed = false;
  private onStopped: (() => void) | null = null;
  /** Iterations begun so far. */
  private iterations = 0;
  /** The virtual instant whose timers are firing: its deadline key, the iteration its first timer was set in, and when it began. */
  private instant = { key: -1, firstSet: 0, began: 0 };
  /** Whether the host records a trace (see announce()). */
  private readonly traced = tracing();

  constructor(clock: "virtual" | "real" = hostClock()) {
    this.clock = clock;
    this.realStart = EventLoop.realSeconds();
  }

  static realSeconds(): number {
    return (hostTimers.performance?.now() ?? Date.now()) / 1000;
  }

  /** loop.time(): seconds since the loop was made (virtual: jumps from timer to timer, no waiting). */
  time(): number {
    return this.clock === "virtual" ? this.virtualNow : EventLoop.realSeconds() - this.realStart;
  }

  /**
   * The program's own reading of loop.time(). Real time moves on between two readings, so deadlines
   * computed from later readings are later: the count of readings orders equal virtual deadlines (see tie).
   */
  readTime(): number {
    this.timeReads++;
    return this.time();
  }

  /** The virtual clock moves on to loop time `t` (a timer's deadline, or the end of a blocking time.sleep). */
  advanceTo(t: number): void {
    if (t <= this.virtualNow) return;
    virtualClock.now += t - this.virtualNow;
    // Exactly t, so that the timer whose deadline this is counts as due.
    this.virtualNow = t;
  }

  callSoon(callback: () => void, label: EntryLabel | null = null): CallbackHandle {
    this.checkOpen();
    const handle = new CallbackHandle(this.time(), this.seq++, callback, label);
    this.ready.push(handle);
    this.wake();
    return handle;
  }

  callLater(delay: number, callback: () => void, label: EntryLabel | null = null): TimerHandle {
    return this.callAt(this.readTime() + delay, callback, label);
  }

  /**
   * `fromProgramReading`: the program's own call_at, whose `when` it computed from its last loop.time()
   * reading: two such calls with one `when` tie exactly, as in CPython. Otherwise (the runtime's own
   * deadlines) the deadline counts as computed from a reading made now.
   */
  callAt(when: number, callback: () => void, label: EntryLabel | null = null, fromProgramReading = false): TimerHandle {
    this.checkOpen();
    if (!fromProgramReading) this.timeReads++;
    const handle = new TimerHandle(when, this.seq++, callback, label, this.timeReads);
    handle.setIteration = this.iterations;
    heapPush(this.timers, handle, timerBefore);
    this.wake();
    return handle;
  }

  /**
   * Run until stop() is called: like run_forever, stopping at the end of the iteration that called stop().
   * A stop() that came before the loop ran ends it after one iteration, as in CPython.
   */
  runUntilStopped(): Promise<void> {
    return new Promise((resolve) => {
      this.running = true;
      this.iterated = false;
      this.onStopped = resolve;
      outputContext.time = () => this.time();
      outputContext.taskId = () => currentTaskSlot.task?.taskId ?? null;
      this.wake();
    });
  }

  stop(): void {
    this.stopping = true;
    this.wake();
  }

  isRunning(): boolean {
    return this.running;
  }

  isClosed(): boolean {
    return this.closed;
  }

  checkOpen(): void {
    if (this.closed) throw new RuntimeError("Event loop is closed");
  }

  /** loop.close(): what is still scheduled is dropped; the loop cannot run again. */
  close(): void {
    this.closed = true;
    this.ready.length = 0;
    this.timers.length = 0;
    this.todo = 0;
  }

  /** Make sure a turn is coming (if the loop runs): a new callback may have arrived while we waited for a timer. */
  private wake(): void {
    if (!this.running || this.turnPending) return;
    if (this.waitId !== null) {
      hostTimers.clearTimeout?.(this.waitId);
      this.waitId = null;
    }
    this.turnPending = true;
    queueMacrotask(() => this.turn());
  }

  /** One macrotask: start an iteration if the last one ended, then run one ready callback. */
  private turn(): void {
    this.turnPending = false;
    if (!this.running) return;
    if (this.todo === 0) {
      if (this.stopping && this.iterated) {
        this.running = false;
        this.stopping = false;
        this.onStopped?.();
        return;
      }
      this.iterated = true;
      if (!this.startIteration()) return;
    }
    if (this.todo > 0) {
      this.todo--;
      const handle = this.ready.shift();
      currentTaskSlot.task = null;
      if (handle && !handle.cancelled()) {
        if (this.traced) hostEvent({ kind: "loop-run", time: this.time(), label: handle.describe() });
        runCallback(handle);
      }
    }
    this.wake();
  }

  /** A pass with callbacks ready after passes in which the program read the clock: time moves a little (see BUSY_PASS_SECONDS). */
  private busyPass(): void {
    this.pollingPasses = this.ready.length > 0 && virtualClock.polled ? this.pollingPasses + 1 : 0;
    virtualClock.polled = false;
    virtualClock.readsInPass = 0;
    if (this.pollingPasses >= 2) this.advanceTo(this.virtualNow + BUSY_PASS_SECONDS);
  }

  /** For a tracing host: the iteration about to run, once the clock has moved (the ready queue, and the timers, due ones first). */
  private announce(): void {
    const live = (h: CallbackHandle): boolean => !h.cancelled();
    const timers = this.timers.filter(live).sort((a, b) => (timerBefore(a, b) ? -1 : 1));
    hostEvent({ kind: "loop-iteration", time: this.time(), ready: this.ready.filter(live).map((h) => h.describe()), timers: timers.map((h) => ({ deadline: h.deadline, label: h.describe() })) });
  }

  /** Move due timers to the ready queue, as CPython's _run_once does; false when we must wait (or sit idle). */
  private startIteration(): boolean {
    while (this.timers.length > 0 && this.timers[0].cancelled()) heapPop(this.timers, timerBefore);
    if (this.clock === "virtual") this.busyPass();
    // A loop asked to stop polls once (CPython's timeout 0): it neither waits for a timer nor jumps to one.
    if (this.ready.length === 0 && !this.stopping) {
      const next = this.timers[0];
      if (next === undefined) {
        // Nothing ready, no timer: only a callSoon from outside the loop could wake it (a test's), never the program.
        hostStuck();
        return false;
      }
      if (this.clock === "virtual") {
        this.advanceTo(next.deadline);
      } else if (next.deadline > this.time()) {
        const ms = Math.max(1, Math.ceil((next.deadline - this.time()) * 1000));
        this.waitId = hostTimers.setTimeout?.(() => {
          this.waitId = null;
          this.wake();
        }, ms);
        return false;
      }
    }
    if (this.traced) this.announce();
    const now = this.time();
    const busy = this.ready.length > 0;
    this.iterations++;
    while (this.timers.length > 0 && (this.timers[0].cancelled() || this.timers[0].deadline <= now)) {
      if (!this.timers[0].cancelled() && this.laterInRealTime(this.timers[0], busy)) break;
      const timer = heapPop(this.timers, timerBefore);
      if (timer && !timer.cancelled()) this.ready.push(timer);
    }
    this.todo = this.ready.length;
    return true;
  }

  /**
   * On the virtual clock, timers due at one instant were set in different iterations. Under CPython's real clock
   * each iteration takes time, so a deadline set many iterations later is later by that much: a sleep at the end
   * of a chain of sleeps fires after a timeout of the same length set at the start, and after what that timeout
   * sets off in the next few iterations. A timer set more than TIMER_LATENCY_ITERATIONS after the instant's first
   * one is not due in the iteration the instant begins, and then waits as many iterations as it was set after
   * it while the loop has other work (`busy`; idle, time passes and it fires).
   */
  private laterInRealTime(timer: TimerHandle, busy: boolean): boolean {
    if (this.clock !== "virtual") return false;
    const key = deadlineKey(timer.deadline);
    if (key !== this.instant.key) {
      this.instant = { key, firstSet: timer.setIteration, began: this.iterations };
      return false;
    }
    const lag = timer.setIteration - this.instant.firstSet;
    if (lag <= TIMER_LATENCY_ITERATIONS) return false;
    return this.iterations === this.instant.began || (busy && this.iterations - this.instant.began < lag);
  }
}

/**
 * Timer heap order, as CPython's TimerHandle.__lt__ (by deadline), where the virtual clock's equal
 * deadlines are told apart as real time would (`tie`). Exact ties come out in the order Python's
 * heapq gives them (heap.ts, its algorithm step for step), which is not always the order they were set.
 */
export function timerBefore(a: TimerHandle, b: TimerHandle): boolean {
  const ka = deadlineKey(a.deadline);
  const kb = deadlineKey(b.deadline);
  return ka < kb || (ka === kb && a.tie < b.tie);
}

/**
 * A deadline to the nanosecond, as deadlines are compared. Ten sleeps of 0.1 end at 0.9999999999999999 on
 * the virtual clock, a sleep of 1 at 1.0: the same instant but for rounding, where CPython's real clock has
 * moved on between the readings (ten of them), so the chain ends later. Equal to the nanosecond, the
 * reading they were computed from decides (`tie`), as for deadlines that are equal outright.
 */
export function deadlineKey(deadline: number): number {
  return Math.round(deadline * 1e9);
}

/**
 * Runs one ready callback. Like CPython's loop, an exception escaping a plain callback (a done-callback,
 * call_soon, call_later) is reported on stderr and the loop goes on; tasks handle their own errors.
 */
export function runCallback(handle: CallbackHandle): void {
  try {
    handle.callback();
  } catch (err) {
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    hostWrite("stderr", `Exception in callback\n${text}\n`);
  }
}

/** The loop of this program: made on first use, started by run(). */
export const loopSlot: { loop: EventLoop | null } = { loop: null };

export function getLoop(): EventLoop {
  loopSlot.loop ??= new EventLoop();
  return loopSlot.loop;
}

/** loop.time() of the running loop (asyncio.get_running_loop().time()). */
export function time(): number {
  return getLoop().time();
}

/** loop.call_soon(callback): run it on the next loop pass, after what is already scheduled. */
export function callSoon(callback: () => void, label: EntryLabel | null = null): CallbackHandle {
  return getLoop().callSoon(callback, label);
}

/** loop.call_later(delay, callback): run it `delay` seconds from now. */
export function callLater(delay: number, callback: () => void, label: EntryLabel | null = null): TimerHandle {
  return getLoop().callLater(delay, callback, label);
}

/** loop.call_at(when, callback): run it when loop.time() reaches `when`. */
export function callAt(when: number, callback: () => void, label: EntryLabel | null = null, fromProgramReading = false): TimerHandle {
  return getLoop().callAt(when, callback, label, fromProgramReading);
}
