/** asyncio.Future: a result that arrives later; done-callbacks run on the loop (call_soon), so `await fut` resumes one loop pass after the result is set, as in CPython. */
import { CancelledError, InvalidStateError, RuntimeError, pythonClassName } from "./exceptions";
import { type EntryLabel, hostWrite, noteSuspension, tracing } from "./host";
import { type EventLoop, currentTaskSlot, getLoop, inCopiedContext } from "./loop";
import { callbackText } from "./positions";
import { repr } from "./repr";
import { shortRepr } from "./reprlib";
import { formatUncaught } from "./traceback";

export type FutureState = "PENDING" | "FINISHED" | "CANCELLED";

/** asyncio.Future[T]. It is a PromiseLike, so `await fut` works; awaiting it twice gives the same result. */
export class Future<T> implements PromiseLike<T> {
  static readonly pythonModule: string = "_asyncio";
  /** The loop its callbacks run on: the current one when it was made (get_event_loop() in CPython). */
  readonly loop: EventLoop = getLoop();
  protected state: FutureState = "PENDING";
  private value: T | undefined = undefined;
  private error: unknown = null;
  private hasError = false;
  /** CPython's _log_traceback: it finished with an exception that nobody has read yet (result(), exception(), await). */
  private unretrieved = false;
  protected cancelMessage: string | null = null;
  /** Done-callbacks, each kept with the function given, so removeDoneCallback can find it. */
  private callbacks: { readonly fn: unknown; readonly run: () => void; readonly label: EntryLabel | null }[] = [];
  /** For traces: the wait that this future ends (set by the helper that made it, e.g. asyncio.sleep), 0 if none. */
  traceSid = 0;

  /** CPython's private `_state` ("PENDING", "CANCELLED", "FINISHED"), which lessons print to show a task's progress. */
  get _state(): FutureState {
    return this.state;
  }

  done(): boolean {
    return this.state !== "PENDING";
  }

  cancelled(): boolean {
    return this.state === "CANCELLED";
  }

  /** The result; raises the future's exception, CancelledError if cancelled, InvalidStateError if not done yet. */
  result(): T {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state === "PENDING") throw new InvalidStateError("Result is not set.");
    this.unretrieved = false;
    if (this.hasError) throw this.error;
    return this.value as T;
  }

  /** The exception (None if it finished normally); CancelledError if cancelled, InvalidStateError if not done. */
  exception(): unknown {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state === "PENDING") throw new InvalidStateError("Exception is not set.");
    this.unretrieved = false;
    return this.hasError ? this.error : null;
  }

  setResult(value: T): void {
    // CPython's Future is the C one (_asyncio), whose message is this; the Python fallback's adds the state and repr.
    if (this.state !== "PENDING") throw new InvalidStateError("invalid state");
    this.value = value;
    this.state = "FINISHED";
    this.scheduleCallbacks();
  }

  setException(error: unknown): void {
    if (this.state !== "PENDING") throw new InvalidStateError("invalid state");
    this.error = error;
    this.hasError = true;
    this.state = "FINISHED";
    this.unretrieved = true;
    failedFutures.push(this as Future<unknown>);
    this.scheduleCallbacks();
  }

  /** Cancel a pending future (false if already done); whoever awaits it gets CancelledError(msg). */
  cancel(msg: string | null = null): boolean {
    if (this.state !== "PENDING") return false;
    this.state = "CANCELLED";
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  /** CancelledError carrying the message given to cancel(), as CPython's _make_cancelled_error. */
  makeCancelledError(): CancelledError {
    return this.cancelMessage === null ? new CancelledError() : new CancelledError(this.cancelMessage);
  }

  /** Run `callback(fut)` once the future is done: on the next loop pass, in registration order (at once if done). */
  addDoneCallback(callback: (fut: this) => void): void {
    this.whenDone(callback, inCopiedContext(() => callback(this)), { kind: "done-callback", of: this.traceName(), name: callback.name });
  }

  /** How a trace names this future: "Task-2" for a task. */
  traceName(): string {
    return "a future";
  }

  private whenDone(fn: unknown, run: () => void, label: EntryLabel): void {
    if (this.state !== "PENDING") this.loop.callSoon(run, label);
    else this.callbacks.push({ fn, run, label });
  }

  /** Remove every registration of `callback`; returns how many were removed. */
  removeDoneCallback(callback: (fut: this) => void): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((cb) => cb.fn !== callback);
    return before - this.callbacks.length;
  }

  /** `<Future pending cb=[on_done() at FILE:5]>`, `<Future finished result=[1, 2]>`, `<Future cancelled>` as CPython writes them. */
  __repr__(): string {
    return `<${pythonClassName(this.constructor as typeof Future)} ${this.reprInfo().join(" ")}>`;
  }

  /**
   * Whether it finished with an exception nobody read; reading it now counts as retrieving it (asyncio.run's
   * shutdown gathers the leftover tasks with return_exceptions=True, which reads theirs).
   */
  takeUnretrieved(): boolean {
    const was = this.unretrieved;
    this.unretrieved = false;
    return was;
  }

  /**
   * What CPython's Future.__del__ logs for it: `Task exception was never retrieved`, `future: <repr>`, then the
   * exception. The traceback's File/line frames are left out (the translation does not know them), as for an
   * uncaught exception, so what is written is exactly CPython's text without those lines.
   */
  unretrievedReport(): string {
    const lines = [`${pythonClassName(this.constructor as typeof Future)} exception was never retrieved`];
    const future = this.reprForLog();
    if (future !== null) lines.push(`future: ${future}`);
    lines.push(formatUncaught(this.error));
    return lines.join("\n") + "\n";
  }

  /** The repr the log shows, or null when it would not be CPython's (a task whose coroutine's position is unknown). */
  protected reprForLog(): string | null {
    return this.__repr__();
  }

  /** CPython's _future_repr_info: the state, the result or exception, the done-callbacks (first, last and how many between). */
  protected reprInfo(): string[] {
    const info = [this.state.toLowerCase()];
    if (this.state === "FINISHED") info.push(this.hasError ? `exception=${repr(this.error)}` : `result=${shortRepr(this.value)}`);
    const cbs = this.callbacks.map((cb) => callbackText(cb.fn, [], shortRepr));
    if (cbs.length === 1) info.push(`cb=[${cbs[0]}]`);
    else if (cbs.length === 2) info.push(`cb=[${cbs[0]}, ${cbs[1]}]`);
    else if (cbs.length > 2) info.push(`cb=[${cbs[0]}, <${cbs.length - 2} more>, ${cbs[cbs.length - 1]}]`);
    return info;
  }

  private scheduleCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) this.loop.callSoon(callback.run, callback.label);
  }

  /**
   * What `await fut` calls. A done future gives its outcome at once (CPython does not suspend either);
   * otherwise the awaiting task is woken by a done-callback, one loop pass after completion (Task.__wakeup).
   */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    const task = currentTaskSlot.task;
    const outcome = new Promise<T>((resolve, reject) => {
      const settle = (): void => {
        if (this.state === "CANCELLED") reject(this.makeCancelledError());
        else if (this.hasError) {
          // `await fut` reads the exception (CPython's __await__ calls result()).
          this.unretrieved = false;
          reject(this.error);
        }
        else resolve(this.value as T);
      };
      if (this.done()) {
        settle();
        return;
      }
      if (task !== null && (task as object) === (this as object)) {
        // CPython's Task.__step refuses a task that yields itself, and throws the error in on its next step.
        const refusal = new RuntimeError(`Task cannot await on itself: ${repr(this)}`);
        this.loop.callSoon(() => {
          currentTaskSlot.task = task;
          task.noteStep();
          reject(refusal);
        }, { kind: "wake", taskId: task.taskId, sid: 0 });
        return;
      }
      task?.setWaiter(this);
      // The stack is of no use here (await calls then() from a microtask); the helper that made the future may know where.
      const sid = this.traceSid || (tracing() ? noteSuspension(task?.taskId ?? null, this.traceName(), "") : 0);
      this.whenDone(wakeupCallback(), () => {
        // This callback is the task's next step: its code runs now (in the microtasks that follow).
        currentTaskSlot.task = task;
        if (task) {
          task.setWaiter(null);
          task.noteStep();
          const cancelRequest = task.takeCancelRequest();
          if (cancelRequest) {
            // CPython's Task.__wakeup reads the future's result (retrieving its exception) before the cancellation.
            this.unretrieved = false;
            reject(cancelRequest);
            return;
          }
        }
        settle();
      }, { kind: "wake", taskId: task?.taskId ?? null, sid });
    });
    return outcome.then(onFulfilled, onRejected);
  }
}

/** What a future's repr lists for a task waiting on it: CPython's callback shows as `Task.task_wakeup()`. */
function wakeupCallback(): { readonly pythonName: string } {
  return { pythonName: "Task.task_wakeup" };
}

/** Futures that finished with an exception, in the order they finished, until their loop closes. */
const failedFutures: Future<unknown>[] = [];

/**
 * CPython logs a future's unretrieved exception when the future is garbage-collected, which JavaScript cannot
 * observe. The rule here: when a loop closes (the end of asyncio.run, loop.close(), Runner.close()), each of its
 * futures that finished with an exception nobody retrieved is logged to stderr, in the order they finished.
 */
export function reportUnretrieved(loop: EventLoop): void {
  let kept = 0;
  for (const fut of failedFutures) {
    if (fut.loop !== loop) failedFutures[kept++] = fut;
    else if (fut.takeUnretrieved()) hostWrite("stderr", fut.unretrievedReport());
  }
  failedFutures.length = kept;
}

/** loop.create_future(). */
export function createFuture<T>(): Future<T> {
  return new Future<T>();
}
