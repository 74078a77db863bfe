/** asyncio.gather: run awaitables concurrently, results in argument order; the first exception propagates at once (others keep running) unless return_exceptions=True puts exceptions in the list. */
import { BaseException, CancelledError } from "./exceptions";
import { Future } from "./future";
import { noteSuspension } from "./host";
import { currentTaskSlot, loopSlot } from "./loop";
import { asyncioCallback } from "./positions";
import { type Awaitable, type Coroutine, ensureFuture } from "./tasks";

/** The value an awaitable gives: a coroutine's return value, or what a future/promise resolves to. */
export type AwaitedResult<A> = A extends Coroutine<infer R> ? R : Awaited<A>;

/** The future gather returns; cancelling it cancels every child (_GatherFuture in CPython). */
export class GatheringFuture<T> extends Future<T> {
  static readonly pythonName = "_GatheringFuture";
  static override readonly pythonModule = "asyncio.tasks";
  cancelRequested = false;

  constructor(private readonly children: readonly Future<unknown>[]) {
    super();
  }

  override traceName(): string {
    return "gather";
  }

  override cancel(msg: string | null = null): boolean {
    if (this.done()) return false;
    let any = false;
    for (const child of this.children) {
      if (child.cancel(msg)) any = true;
    }
    // The outer future is cancelled when the children report back (see the done-callback in gather).
    if (any) this.cancelRequested = true;
    return any;
  }
}

/**
 * asyncio.gather(*aws). Coroutines are wrapped in tasks in argument order (the same one twice is wrapped once);
 * the result is a list in argument order. With `{ returnExceptions: true }` an exception is an item of the list.
 */
export function gather<const A extends readonly Awaitable<unknown>[]>(
  aws: A,
  options?: { returnExceptions?: false },
): Future<{ -readonly [K in keyof A]: AwaitedResult<A[K]> }>;
export function gather<const A extends readonly Awaitable<unknown>[]>(
  aws: A,
  options: { returnExceptions: true },
): Future<{ -readonly [K in keyof A]: AwaitedResult<A[K]> | BaseException }>;
export function gather<const A extends readonly Awaitable<unknown>[]>(
  aws: A,
  options?: { returnExceptions?: boolean },
): Future<{ -readonly [K in keyof A]: AwaitedResult<A[K]> | BaseException }>;
export function gather(aws: readonly Awaitable<unknown>[], options: { returnExceptions?: boolean } = {}): Future<unknown[]> {
  const returnExceptions = options.returnExceptions === true;
  if (aws.length === 0) {
    const outer = new Future<unknown[]>();
    outer.setResult([]);
    return outer;
  }
  const byArg = new Map<Awaitable<unknown>, Future<unknown>>();
  const children: Future<unknown>[] = [];
  // Like CPython, everything is made on the loop of the first future (loop.create_task's tasks, before that loop runs).
  const current = loopSlot.loop;
  let outer: GatheringFuture<unknown[]>;
  try {
    for (const aw of aws) {
      let fut = byArg.get(aw);
      if (fut === undefined) {
        fut = ensureFuture(aw);
        byArg.set(aw, fut);
        loopSlot.loop = fut.loop;
      }
      children.push(fut);
    }
    outer = new GatheringFuture<unknown[]>(children);
  } finally {
    // With no current loop before, the one the futures are on stays current (as one made by get_event_loop would).
    loopSlot.loop = current ?? loopSlot.loop;
  }
  // For traces: gather() is called where the program awaits it, so this is the line the task will wait at.
  outer.traceSid = noteSuspension(currentTaskSlot.task?.taskId ?? null, "gather");
  const total = byArg.size;
  let finished = 0;
  // Named and placed as CPython's, since a child task's repr lists it (`cb=[gather.<locals>._done_callback() at .../tasks.py:764]`).
  const onChildDone = asyncioCallback("gather.<locals>._done_callback", "tasks.py", 764, (child: Future<unknown>): void => {
    finished++;
    if (outer.done()) {
      if (!child.cancelled()) child.exception(); // CPython marks the exception as retrieved
      return;
    }
    if (!returnExceptions) {
      if (child.cancelled()) {
        outer.setException(child.makeCancelledError());
        return;
      }
      const err = child.exception();
      if (err !== null) {
        // The first failure goes to the awaiting code now; the other children keep running.
        outer.setException(err);
        return;
      }
    }
    if (finished === total) {
      // A cancelled child shows as CancelledError('') (or its message), as CPython builds it here.
      const cancelledError = (c: Future<unknown>): CancelledError => {
        const err = c.makeCancelledError();
        return err.args.length > 0 ? err : new CancelledError("");
      };
      const results = children.map((c) => (c.cancelled() ? cancelledError(c) : (c.exception() ?? c.result())));
      if (outer.cancelRequested) outer.setException(new CancelledError());
      else outer.setResult(results);
    }
  });
  for (const fut of byArg.values()) fut.addDoneCallback(onChildDone);
  return outer;
}
