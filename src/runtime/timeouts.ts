/** asyncio.timeout() and timeout_at() (3.11): at the deadline the task is cancelled, and the block's exit turns that CancelledError into TimeoutError, following CPython's Lib/asyncio/timeouts.py state machine. */
import { CancelledError, RuntimeError, TimeoutError, withCause } from "./exceptions";
import { type CallbackHandle, callAt, callSoon, time } from "./loop";
import { floatRepr } from "./repr";
import { type Task, currentTask } from "./tasks";

/** CPython's _State values: created, active (entered), expiring (deadline hit, block not left yet), expired, finished. */
type TimeoutState = "created" | "active" | "expiring" | "expired" | "finished";

/**
 * asyncio.Timeout. `async with asyncio.timeout(d) as cm: body` becomes
 * `const cm = timeoutAfter(d).enter(); try { body } catch (err) { cm.exit(err); throw err; }` with `cm.exit(null)`
 * when the body completes: exit() raises TimeoutError when the deadline cancelled the body.
 */
export class Timeout {
  static readonly pythonModule = "asyncio.timeouts";
  private state: TimeoutState = "created";
  private handle: CallbackHandle | null = null;
  private task: Task<unknown> | null = null;
  /** The task's cancellation requests when the block was entered: more at exit means someone else cancelled too. */
  private cancellingAtEntry = 0;

  /** `deadline` is a loop.time() value; null never expires. */
  constructor(private deadline: number | null) {}

  /** The current deadline (None: no deadline). */
  when(): number | null {
    return this.deadline;
  }

  /** Move the deadline (None removes it); a deadline already past fires on the next loop pass. */
  reschedule(when: number | null): void {
    if (this.state !== "active") {
      if (this.state === "created") throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this.state} Timeout`);
    }
    this.deadline = when;
    this.handle?.cancel();
    if (when === null) this.handle = null;
    else if (when <= time()) this.handle = callSoon(() => this.onTimeout());
    else this.handle = callAt(when, () => this.onTimeout());
  }

  /** Whether the deadline was hit while the block ran. */
  expired(): boolean {
    return this.state === "expiring" || this.state === "expired";
  }

  /** `<Timeout [active] when=1.5>`, `<Timeout [expired]>` as CPython writes them. */
  __repr__(): string {
    if (this.state !== "active") return `<Timeout [${this.state}]>`;
    const when = this.deadline === null ? "None" : floatRepr(Math.round(this.deadline * 1000) / 1000);
    return `<Timeout [active] when=${when}>`;
  }

  /** __aenter__: must run inside a task, whose cancellation count is remembered; starts the timer. */
  enter(): this {
    if (this.state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = currentTask();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this.state = "active";
    this.task = task;
    this.cancellingAtEntry = task.cancelling();
    this.reschedule(this.deadline);
    return this;
  }

  /**
   * __aexit__: `error` is what the body raised (null if it completed). If the deadline cancelled the task and
   * nobody else did, the CancelledError becomes TimeoutError (raised here, with the CancelledError as its cause).
   */
  exit(error: unknown): void {
    this.handle?.cancel();
    this.handle = null;
    if (this.state === "expiring") {
      this.state = "expired";
      const task = this.task as Task<unknown>;
      // Only a CancelledError proper (CPython tests `exc_type is CancelledError`).
      if (task.uncancel() <= this.cancellingAtEntry && error instanceof CancelledError && error.constructor === CancelledError) {
        throw withCause(new TimeoutError(), error);
      }
    } else if (this.state === "active") {
      this.state = "finished";
    }
  }

  private onTimeout(): void {
    this.task?.cancel();
    this.state = "expiring";
    this.handle = null;
  }
}

/** asyncio.timeout(delay): a Timeout whose deadline is `delay` seconds from now (None: no deadline). */
export function timeoutAfter(delay: number | null): Timeout {
  return new Timeout(delay === null ? null : time() + delay);
}

/** asyncio.timeout_at(when): a Timeout with an absolute loop.time() deadline (None: no deadline). */
export function timeoutAt(when: number | null): Timeout {
  return new Timeout(when);
}
