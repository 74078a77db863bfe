/** asyncio.Future: a result that arrives later; done-callbacks run on the loop (call_soon), so `await fut` resumes one loop pass after the result is set, as in CPython. */
import { CancelledError, InvalidStateError } from "./exceptions";
import { type EntryLabel, noteSuspension, tracing } from "./host";
import { callSoon, currentTaskSlot } from "./loop";
import { repr } from "./repr";

export type FutureState = "PENDING" | "FINISHED" | "CANCELLED";

/** asyncio.Future[T]. It is a PromiseLike, so `await fut` works; awaiting it twice gives the same result. */
export class Future<T> implements PromiseLike<T> {
  protected state: FutureState = "PENDING";
  private value: T | undefined = undefined;
  private error: unknown = null;
  private hasError = false;
  protected cancelMessage: string | null = null;
  /** Done-callbacks, each kept with the function given, so removeDoneCallback can find it. */
  private callbacks: { readonly fn: unknown; readonly run: () => void; readonly label: EntryLabel | null }[] = [];
  /** For traces: the wait that this future ends (set by the helper that made it, e.g. asyncio.sleep), 0 if none. */
  traceSid = 0;

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
    if (this.hasError) throw this.error;
    return this.value as T;
  }

  /** The exception (None if it finished normally); CancelledError if cancelled, InvalidStateError if not done. */
  exception(): unknown {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state === "PENDING") throw new InvalidStateError("Exception is not set.");
    return this.hasError ? this.error : null;
  }

  setResult(value: T): void {
    if (this.state !== "PENDING") throw new InvalidStateError(`invalid state: ${this.state}`);
    this.value = value;
    this.state = "FINISHED";
    this.scheduleCallbacks();
  }

  setException(error: unknown): void {
    if (this.state !== "PENDING") throw new InvalidStateError(`invalid state: ${this.state}`);
    this.error = error;
    this.hasError = true;
    this.state = "FINISHED";
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
    this.whenDone(callback, () => callback(this), { kind: "done-callback", of: this.traceName(), name: callback.name });
  }

  /** How a trace names this future: "Task-2" for a task. */
  traceName(): string {
    return "a future";
  }

  private whenDone(fn: unknown, run: () => void, label: EntryLabel): void {
    if (this.state !== "PENDING") callSoon(run, label);
    else this.callbacks.push({ fn, run, label });
  }

  /** Remove every registration of `callback`; returns how many were removed. */
  removeDoneCallback(callback: (fut: this) => void): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((cb) => cb.fn !== callback);
    return before - this.callbacks.length;
  }

  /** `<Future pending>`, `<Future finished result=[1, 2]>`, `<Future cancelled>` as CPython writes them. */
  __repr__(): string {
    if (this.state === "PENDING") return "<Future pending>";
    if (this.state === "CANCELLED") return "<Future cancelled>";
    return this.hasError ? `<Future finished exception=${repr(this.error)}>` : `<Future finished result=${repr(this.value)}>`;
  }

  private scheduleCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) callSoon(callback.run, callback.label);
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
        else if (this.hasError) reject(this.error);
        else resolve(this.value as T);
      };
      if (this.done()) {
        settle();
        return;
      }
      task?.setWaiter(this);
      // The stack is of no use here (await calls then() from a microtask); the helper that made the future may know where.
      const sid = this.traceSid || (tracing() ? noteSuspension(task?.taskId ?? null, this.traceName(), "") : 0);
      this.whenDone(null, () => {
        // This callback is the task's next step: its code runs now (in the microtasks that follow).
        currentTaskSlot.task = task;
        if (task) {
          task.setWaiter(null);
          task.noteStep();
          const cancelRequest = task.takeCancelRequest();
          if (cancelRequest) {
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

/** loop.create_future(). */
export function createFuture<T>(): Future<T> {
  return new Future<T>();
}
