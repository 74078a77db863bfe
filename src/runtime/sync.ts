/** asyncio.Lock, Event, Semaphore and BoundedSemaphore: waiters are futures woken in FIFO order, so tasks resume on the loop exactly when CPython's would. */
import { CancelledError, RuntimeError, ValueError } from "./exceptions";
import { Future } from "./future";
import { addressedRepr, withWaiters } from "./repr";

/** asyncio.Event: wait() blocks until set(); set() wakes every waiter. */
export class Event {
  static readonly pythonModule = "asyncio.locks";
  private value = false;
  private readonly waiters: Future<boolean>[] = [];

  isSet(): boolean {
    return this.value;
  }

  set(): void {
    if (this.value) return;
    this.value = true;
    for (const fut of this.waiters) if (!fut.done()) fut.setResult(true);
  }

  clear(): void {
    this.value = false;
  }

  __repr__(): string {
    return addressedRepr(this, withWaiters(this.value ? "set" : "unset", this.waiters));
  }

  async wait(): Promise<true> {
    if (this.value) return true;
    const fut = new Future<boolean>();
    this.waiters.push(fut);
    try {
      await fut;
      return true;
    } finally {
      this.waiters.splice(this.waiters.indexOf(fut), 1);
    }
  }
}

/**
 * asyncio.Lock. `async with lock:` translates to `await lock.acquire(); try { ... } finally { lock.release(); }`.
 * A released lock is handed to the first waiter, which takes it when it next runs.
 */
export class Lock {
  static readonly pythonModule = "asyncio.locks";
  private isLocked = false;
  private readonly waiters: Future<boolean>[] = [];

  locked(): boolean {
    return this.isLocked;
  }

  __repr__(): string {
    return addressedRepr(this, withWaiters(this.isLocked ? "locked" : "unlocked", this.waiters));
  }

  async acquire(): Promise<true> {
    if (!this.isLocked && this.waiters.every((w) => w.cancelled())) {
      this.isLocked = true;
      return true;
    }
    const fut = new Future<boolean>();
    this.waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        this.waiters.splice(this.waiters.indexOf(fut), 1);
      }
    } catch (err) {
      if (err instanceof CancelledError && !this.isLocked) this.wakeUpFirst();
      throw err;
    }
    this.isLocked = true;
    return true;
  }

  release(): void {
    if (!this.isLocked) throw new RuntimeError("Lock is not acquired.");
    this.isLocked = false;
    this.wakeUpFirst();
  }
  /** `async with` acquires (binding None, as Lock.__aenter__ returns) and releases when the block ends. */
  async enter(): Promise<null> {
    await this.acquire();
    return null;
  }

  exit(): void {
    this.release();
  }


  private wakeUpFirst(): void {
    const first = this.waiters[0];
    if (first && !first.done()) first.setResult(true);
  }
}

/** asyncio.Semaphore(value=1): at most `value` holders at once; later acquirers wait in FIFO order. */
export class Semaphore {
  static readonly pythonModule = "asyncio.locks";
  protected value: number;
  private readonly waiters: Future<boolean>[] = [];

  constructor(value = 1) {
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this.value = value;
  }

  /**
   * CPython's private `_value`, which lessons print to show the slots left: the same counter, changed at
   * the same points as in CPython 3.11 (a woken waiter takes its slot when woken, not when it runs).
   */
  get _value(): number {
    return this.value;
  }

  /** True if acquire() would have to wait. */
  __repr__(): string {
    return addressedRepr(this, withWaiters(this.locked() ? "locked" : `unlocked, value:${this.value}`, this.waiters));
  }

  locked(): boolean {
    return this.value === 0 || this.waiters.some((w) => !w.cancelled());
  }

  async acquire(): Promise<true> {
    if (!this.locked()) {
      this.value--;
      return true;
    }
    const fut = new Future<boolean>();
    this.waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        this.waiters.splice(this.waiters.indexOf(fut), 1);
      }
    } catch (err) {
      if (err instanceof CancelledError && !fut.cancelled()) {
        // We were woken but cancelled before running: pass the slot on.
        this.value++;
        this.wakeUpNext();
      }
      throw err;
    }
    if (this.value > 0) this.wakeUpNext();
    return true;
  }

  release(): void {
    this.value++;
    this.wakeUpNext();
  }
  /** `async with` acquires (binding None, as Lock.__aenter__ returns) and releases when the block ends. */
  async enter(): Promise<null> {
    await this.acquire();
    return null;
  }

  exit(): void {
    this.release();
  }


  private wakeUpNext(): void {
    for (const fut of this.waiters) {
      if (!fut.done()) {
        this.value--;
        fut.setResult(true);
        return;
      }
    }
  }
}

/** asyncio.BoundedSemaphore: releasing more often than acquiring is an error. */
export class BoundedSemaphore extends Semaphore {
  static override readonly pythonModule = "asyncio.locks";
  private readonly boundValue: number;

  constructor(value = 1) {
    super(value);
    this.boundValue = value;
  }

  override release(): void {
    if (this.value >= this.boundValue) throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}
