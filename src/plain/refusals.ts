import { nameTable } from "../core/nameTable";
/**
 * Why a runtime name has no plain-TypeScript form: the platform has no counterpart, so the plain view refuses
 * it (with its place) and points to the exact translation instead of inventing one.
 */

const cancellation = "a JavaScript promise cannot be cancelled (cancellation is cooperative: an AbortSignal that the awaited code itself must check)";

const reasons: Readonly<Record<string, string>> = nameTable({
  TaskGroup: `asyncio.TaskGroup cancels the other tasks when one fails and raises an ExceptionGroup; ${cancellation}, and Promise.all lets the others run on`,
  taskGroup: `asyncio.TaskGroup cancels the other tasks when one fails; ${cancellation}`,
  timeoutAfter: `asyncio.timeout() cancels the block's task when the time is up; ${cancellation}`,
  timeoutAt: `asyncio.timeout_at() cancels the block's task when the time is up; ${cancellation}`,
  shield: `asyncio.shield protects a task from cancellation; ${cancellation}`,
  CancelledError: `asyncio.CancelledError is how a task learns it was cancelled; ${cancellation}`,
  Condition: "asyncio.Condition (wait/notify) has no counterpart in JavaScript's standard library",
  Lock: "asyncio.Lock has no counterpart in JavaScript's standard library (the Web Locks API is for browsers and is not in Node's)",
  Semaphore: "asyncio.Semaphore has no counterpart in JavaScript's standard library",
  BoundedSemaphore: "asyncio.BoundedSemaphore has no counterpart in JavaScript's standard library",
  Event: "asyncio.Event has no counterpart in JavaScript's standard library (Node's EventEmitter calls listeners, it does not wake awaiting tasks in order)",
  Barrier: "asyncio.Barrier has no counterpart in JavaScript's standard library",
  Queue: "asyncio.Queue (bounded, with join/task_done) has no counterpart in JavaScript's standard library",
  PriorityQueue: "asyncio.PriorityQueue has no counterpart in JavaScript's standard library",
  LifoQueue: "asyncio.LifoQueue has no counterpart in JavaScript's standard library",
  Future: "an asyncio Future is resolved by whoever holds it and can be asked done()/result(); a promise is settled only through its executor's functions (Promise.withResolvers(), Node 22) and cannot be asked",
  createFuture: "loop.create_future(): a promise is settled only through its executor's functions (Promise.withResolvers(), Node 22) and has no done()/result()",
  wait: `asyncio.wait returns the done and pending sets and can leave tasks running or cancel them; a promise cannot be asked whether it is done, and ${cancellation}`,
  asCompleted: "asyncio.as_completed yields awaitables in completion order; the platform has no such iterator (Promise.race in a loop is the hand-written form)",
  ExceptStar: "except* splits an ExceptionGroup; JavaScript has AggregateError but no except* syntax",
  ExceptionGroup: "ExceptionGroup has no counterpart with Python's split/subgroup (AggregateError holds errors but has no except*)",
  BaseExceptionGroup: "BaseExceptionGroup has no counterpart (AggregateError holds errors but has no except*)",
  PyDict: "a dict whose keys compare by value (tuples, 1 and True as one key) has no counterpart: a Map compares object keys by identity",
  currentTask: "asyncio.current_task(): JavaScript has no notion of the running task",
  allTasks: "asyncio.all_tasks(): JavaScript has no registry of running tasks",
  getRunningLoop: "the running event loop is not an object a JavaScript program can reach",
  getEventLoop: "the event loop is not an object a JavaScript program can reach",
  newEventLoop: "JavaScript has one event loop per thread, created by the host; a program cannot make another",
  asyncWith: "`async with` calls __aexit__ with the block's exception, and a true result swallows it; TypeScript's `await using` calls `[Symbol.asyncDispose]()` without the error and cannot suppress it",
  withContext: "`with` calls __exit__ with the block's exception, and a true result swallows it; TypeScript's `using` calls `[Symbol.dispose]()` without the error and cannot suppress it",
  Runner: "asyncio.Runner: JavaScript has one event loop per thread, created by the host",
});

const taskMethod = (method: string): string =>
  method === "cancel" || method === "cancelled" || method === "uncancel" || method === "cancelling"
    ? `Task.${method}(): ${cancellation}`
    : `Task.${method}(): a promise has no such method (it cannot be asked whether it is settled, nor for its result without awaiting)`;

export function refusalMessage(name: string): string {
  if (name.startsWith("Task.")) return taskMethod(name.slice("Task.".length));
  return reasons[name] ?? `\`${name}\` is Python semantics from the asyncio-ts runtime, with no plain TypeScript form here`;
}
