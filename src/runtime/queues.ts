/** asyncio.Queue (and LifoQueue, PriorityQueue): put/get wait on futures woken one at a time in FIFO order, task_done/join count unfinished items, like CPython. */
import { Exception, ValueError, pythonClassName } from "./exceptions";
import { addressOf } from "./positions";
import { repr } from "./repr";
import { Future } from "./future";
import { Event } from "./sync";
import { pyLess } from "./compare";
import { heapPop, heapPush } from "./heap";

/** Raised by getNowait() on an empty queue. */
export class QueueEmpty extends Exception {
  static readonly pythonModule = "asyncio.queues";
}

/** Raised by putNowait() on a full queue. */
export class QueueFull extends Exception {
  static readonly pythonModule = "asyncio.queues";
}

/** asyncio.Queue(maxsize=0): FIFO; maxsize <= 0 means unbounded. */
export class Queue<T> {
  static readonly pythonModule = "asyncio.queues";
  protected readonly items: T[] = [];
  private readonly getters: Future<null>[] = [];
  private readonly putters: Future<null>[] = [];
  private unfinished = 0;
  private readonly finished = new Event();

  constructor(readonly maxsize = 0) {
    this.finished.set();
  }

  qsize(): number {
    return this.items.length;
  }

  /** str(queue) (Python's __str__): `<Queue maxsize=0 _queue=['a'] tasks=1>`, no address (repr() adds one). */
  toString(): string {
    return `<${pythonClassName(this.constructor as typeof Queue)} ${this.format()}>`;
  }

  __repr__(): string {
    return `<${pythonClassName(this.constructor as typeof Queue)} at ${addressOf(this)} ${this.format()}>`;
  }

  /** CPython's Queue._format: the items in the order the queue keeps them (a heap for a PriorityQueue). */
  private format(): string {
    let result = `maxsize=${repr(this.maxsize)}`;
    if (this.items.length > 0) result += ` _queue=${repr([...this.items])}`;
    if (this.getters.length > 0) result += ` _getters[${this.getters.length}]`;
    if (this.putters.length > 0) result += ` _putters[${this.putters.length}]`;
    if (this.unfinished > 0) result += ` tasks=${this.unfinished}`;
    return result;
  }

  empty(): boolean {
    return this.items.length === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }

  /** Add an item, waiting while the queue is full. */
  async put(item: T): Promise<void> {
    while (this.full()) await this.waitIn(this.putters, () => !this.full());
    this.putNowait(item);
  }

  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this.putItem(item);
    this.unfinished++;
    this.finished.clear();
    Queue.wakeupNext(this.getters);
  }

  /** Remove and return an item, waiting while the queue is empty. */
  async get(): Promise<T> {
    while (this.empty()) await this.waitIn(this.getters, () => !this.empty());
    return this.getNowait();
  }

  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this.takeItem();
    Queue.wakeupNext(this.putters);
    return item;
  }

  /** A consumer says it finished an item it got. */
  taskDone(): void {
    if (this.unfinished <= 0) throw new ValueError("task_done() called too many times");
    this.unfinished--;
    if (this.unfinished === 0) this.finished.set();
  }

  /** Wait until every item put has been marked done with taskDone(). */
  async join(): Promise<void> {
    if (this.unfinished > 0) await this.finished.wait();
  }

  protected putItem(item: T): void {
    this.items.push(item);
  }

  protected takeItem(): T {
    return this.items.shift() as T;
  }

  /** Wait for a wake-up in `waiters`; if cancelled, pass the wake-up on to the next waiter (as CPython). */
  private async waitIn(waiters: Future<null>[], canProceed: () => boolean): Promise<void> {
    const waiter = new Future<null>();
    waiters.push(waiter);
    try {
      await waiter;
    } catch (err) {
      waiter.cancel();
      const i = waiters.indexOf(waiter);
      if (i >= 0) waiters.splice(i, 1);
      if (canProceed() && !waiter.cancelled()) Queue.wakeupNext(waiters);
      throw err;
    }
  }

  static wakeupNext(waiters: Future<null>[]): void {
    while (waiters.length > 0) {
      const waiter = waiters.shift() as Future<null>;
      if (!waiter.done()) {
        waiter.setResult(null);
        break;
      }
    }
  }
}

/** asyncio.LifoQueue: the last item put is the first one got. */
export class LifoQueue<T> extends Queue<T> {
  static override readonly pythonModule = "asyncio.queues";
  protected override takeItem(): T {
    return this.items.pop() as T;
  }
}

/**
 * asyncio.PriorityQueue: the smallest item first (Python ordering, so (priority, data) tuples work).
 * The items are a binary heap kept by CPython's heapq algorithm, step for step: items that compare
 * equal come out in the order the heap gives them, which is not the order they were put.
 */
export class PriorityQueue<T> extends Queue<T> {
  static override readonly pythonModule = "asyncio.queues";
  protected override putItem(item: T): void {
    heapPush(this.items, item, pyLess);
  }

  protected override takeItem(): T {
    return heapPop(this.items, pyLess) as T;
  }
}
