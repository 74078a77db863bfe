/** asyncio.Condition (3.11): wait() releases the lock until notify()/notify_all() from a lock holder; waiters wake in FIFO order and re-acquire the lock before wait() returns. */
import { truthy } from "./compare";
import { CancelledError, RuntimeError } from "./exceptions";
import { Future } from "./future";
import { addressedRepr, withWaiters } from "./repr";
import { Lock } from "./sync";

/**
 * asyncio.Condition(lock=None): tasks wait() until another task holding the lock calls notify(n) or
 * notify_all(); waiters are woken in FIFO order and each re-acquires the lock before wait() returns.
 * `async with cond:` acquires and releases the underlying lock, exactly like `async with lock:`.
 */
export class Condition {
  static readonly pythonModule = "asyncio.locks";
  private readonly lock: Lock;
  private readonly waiters: Future<boolean>[] = [];

  constructor(lock: Lock | null = null) {
    this.lock = lock ?? new Lock();
  }

  locked(): boolean {
    return this.lock.locked();
  }

  __repr__(): string {
    return addressedRepr(this, withWaiters(this.locked() ? "locked" : "unlocked", this.waiters));
  }

  acquire(): Promise<true> {
    return this.lock.acquire();
  }

  release(): void {
    this.lock.release();
  }
  /** `async with` acquires (binding None, as Lock.__aenter__ returns) and releases when the block ends. */
  async enter(): Promise<null> {
    await this.acquire();
    return null;
  }

  exit(): void {
    this.release();
  }


  /** Release the lock, wait for a notify, then take the lock again (even if cancelled meanwhile). */
  async wait(): Promise<true> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    this.release();
    let outcome: { error: unknown } | null = null;
    const fut = new Future<boolean>();
    this.waiters.push(fut);
    try {
      await fut;
    } catch (err) {
      outcome = { error: err };
    } finally {
      this.waiters.splice(this.waiters.indexOf(fut), 1);
    }
    // The lock must be re-acquired whatever happened; a cancellation meanwhile is raised afterwards.
    let cancelled = false;
    for (;;) {
      try {
        await this.acquire();
        break;
      } catch (err) {
        if (!(err instanceof CancelledError)) throw err;
        cancelled = true;
      }
    }
    if (cancelled) throw new CancelledError();
    if (outcome !== null) throw outcome.error;
    return true;
  }

  /** Wait until `predicate()` is true (checked now, then after each wake-up); returns its last value. */
  async waitFor<T>(predicate: () => T): Promise<T> {
    let result = predicate();
    while (!truthy(result)) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  /** Wake up to `n` waiters, first come first served (they run once they get the lock). */
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let woken = 0;
    for (const fut of this.waiters) {
      if (woken >= n) break;
      if (!fut.done()) {
        woken++;
        fut.setResult(false);
      }
    }
  }

  notifyAll(): void {
    this.notify(this.waiters.length);
  }
}
