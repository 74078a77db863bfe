/** asyncio.wait_for, wait, as_completed and shield, following CPython 3.11's code so timeouts and cancellations resolve in the same order. */
import { CancelledError, PyTypeError, TimeoutError, ValueError, withCause } from "./exceptions";
import { Future } from "./future";
import { type TimerHandle, callLater } from "./loop";
import { Queue } from "./queues";
import { type Awaitable, ensureFuture } from "./tasks";
import { asyncioCallback } from "./positions";
import { markTuple } from "./tuple";

/** Wake a waiter future unless it is already done (CPython's _release_waiter). */
export function releaseWaiter(waiter: Future<null>): void {
  if (!waiter.done()) waiter.setResult(null);
}

/** Cancel `fut` and wait until it has really finished (its task may run cleanup code first). */
export async function cancelAndWait(fut: Future<unknown>): Promise<void> {
  const waiter = new Future<null>();
  const cb = (): void => releaseWaiter(waiter);
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.removeDoneCallback(cb);
  }
}

/** The result of a future that was cancelled by a timeout: CancelledError becomes TimeoutError. */
export function resultOrTimeout<T>(fut: Future<T>): T {
  try {
    return fut.result();
  } catch (err) {
    if (err instanceof CancelledError) throw withCause(new TimeoutError(), err);
    throw err;
  }
}

/** asyncio.wait_for(aw, timeout): the result, or TimeoutError after cancelling `aw` (None waits forever). */
export async function waitFor<T>(aw: Awaitable<T>, timeout: number | null): Promise<T> {
  if (timeout === null) return await (typeof aw === "function" ? aw() : aw);
  if (timeout <= 0) {
    const fut = ensureFuture(aw);
    if (fut.done()) return fut.result();
    await cancelAndWait(fut);
    return resultOrTimeout(fut);
  }
  const waiter = new Future<null>();
  const timeoutHandle = callLater(timeout, () => releaseWaiter(waiter));
  const cb = (): void => releaseWaiter(waiter);
  const fut = ensureFuture(aw);
  fut.addDoneCallback(cb);
  try {
    try {
      await waiter;
    } catch (err) {
      if (!(err instanceof CancelledError)) throw err;
      // We were cancelled ourselves: cancel the inner awaitable too (unless it just finished).
      if (fut.done()) return fut.result();
      fut.removeDoneCallback(cb);
      await cancelAndWait(fut);
      throw err;
    }
    if (fut.done()) return fut.result();
    fut.removeDoneCallback(cb);
    await cancelAndWait(fut);
    return resultOrTimeout(fut);
  } finally {
    timeoutHandle.cancel();
  }
}

export type ReturnWhen = "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
export const FIRST_COMPLETED: ReturnWhen = "FIRST_COMPLETED";
export const FIRST_EXCEPTION: ReturnWhen = "FIRST_EXCEPTION";
export const ALL_COMPLETED: ReturnWhen = "ALL_COMPLETED";

/** asyncio.wait(aws, timeout=None, return_when=ALL_COMPLETED): the (done, pending) sets; nothing is cancelled. */
export async function wait<T>(
  aws: Iterable<Awaitable<T>>,
  options: { timeout?: number | null; returnWhen?: ReturnWhen } = {},
): Promise<[Set<Future<T>>, Set<Future<T>>]> {
  const given = [...aws];
  if (given.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  const returnWhen = options.returnWhen ?? ALL_COMPLETED;
  if (![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].includes(returnWhen)) throw new ValueError(`Invalid return_when value: ${returnWhen}`);
  // Python 3.11 no longer wraps coroutines in tasks here (a coroutine is a function in the translation).
  if (given.some((aw) => typeof aw === "function")) throw new PyTypeError("Passing coroutines is forbidden, use tasks explicitly.");
  const fs = new Set(given.map((aw) => ensureFuture(aw)));
  const waiter = new Future<null>();
  const timeout = options.timeout ?? null;
  const timeoutHandle: TimerHandle | null = timeout === null ? null : callLater(timeout, () => releaseWaiter(waiter));
  let counter = fs.size;
  // Named and placed as CPython's (a task's repr lists its done-callbacks), as the others below.
  const onCompletion = asyncioCallback("_wait.<locals>._on_completion", "tasks.py", 519, (f: Future<T>): void => {
    counter--;
    const failed = returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || failed) {
      timeoutHandle?.cancel();
      releaseWaiter(waiter);
    }
  });
  for (const f of fs) f.addDoneCallback(onCompletion);
  try {
    await waiter;
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) f.removeDoneCallback(onCompletion);
  }
  const done = new Set<Future<T>>();
  const pending = new Set<Future<T>>();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return markTuple([done, pending]);
}

/**
 * asyncio.as_completed(aws, timeout=None): promises for the results in the order they finish.
 * `for (const next of asCompleted(aws)) { const r = await next; }` — each one is made when the loop asks for it.
 */
export function* asCompleted<T>(aws: Iterable<Awaitable<T>>, options: { timeout?: number | null } = {}): Generator<Promise<T>, void, undefined> {
  // Futures are wrapped: a promise resolved with a future (a thenable) would wait for it instead of holding it.
  const done = new Queue<{ readonly fut: Future<T> } | null>();
  const todo = new Set([...new Set(aws)].map((aw) => ensureFuture(aw)));
  let timeoutHandle: TimerHandle | null = null;
  const onCompletion = asyncioCallback("as_completed.<locals>._on_completion", "tasks.py", 602, (f: Future<T>): void => {
    if (todo.size === 0) return; // the timeout came first
    todo.delete(f);
    done.putNowait({ fut: f });
    if (todo.size === 0) timeoutHandle?.cancel();
  });
  const onTimeout = (): void => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      done.putNowait(null); // tells a waiting consumer that time ran out
    }
    todo.clear();
  };
  for (const f of todo) f.addDoneCallback(onCompletion);
  const timeout = options.timeout ?? null;
  if (todo.size > 0 && timeout !== null) timeoutHandle = callLater(timeout, onTimeout);
  const count = todo.size;
  const waitForOne = async (): Promise<T> => {
    const next = await done.get();
    if (next === null) throw new TimeoutError();
    return next.fut.result();
  };
  for (let i = 0; i < count; i++) yield waitForOne();
}

/** asyncio.shield(aw): cancelling the returned future does not cancel `aw`, which keeps running. */
export function shield<T>(aw: Awaitable<T>): Future<T> {
  const inner = ensureFuture(aw);
  if (inner.done()) return inner;
  const outer = new Future<T>();
  const innerDone = asyncioCallback("shield.<locals>._inner_done_callback", "tasks.py", 891, (f: Future<T>): void => {
    if (outer.cancelled()) {
      if (!f.cancelled()) f.exception(); // mark the exception as retrieved
      return;
    }
    if (f.cancelled()) outer.cancel();
    else if (f.exception() !== null) outer.setException(f.exception());
    else outer.setResult(f.result());
  });
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(
    asyncioCallback("shield.<locals>._outer_done_callback", "tasks.py", 908, () => {
      if (!inner.done()) inner.removeDoneCallback(innerDone);
    }),
  );
  return outer;
}
