import { nameTable } from "../core/nameTable";
/**
 * Why a runtime name has no plain-TypeScript form: the plain view refuses it (with its place) and points to the
 * exact translation instead of inventing one. What a message says about the platform is one of the facts below,
 * each shown by micro-programs in test/claims/plainClaims.ts (`refusalClaims`, which does not typecheck without
 * one for every fact); the rest of a message speaks of the plain view itself.
 */

export const platformFacts = {
  noCancel: "a promise has no cancel(): cancelling in JavaScript is cooperative (an AbortController's signal, which the awaited code must check itself)",
  promiseState: "a promise cannot be asked whether it is settled, nor for its result without awaiting it (its only methods are then, catch and finally)",
  noSyncGlobals: "Node has no global Lock, Semaphore, Condition, Barrier or Queue",
  domEvent: "Node's global Event is a DOM event, which has no set() or wait()",
  aggregateError: "JavaScript's AggregateError holds several errors but has no split() or subgroup(), and `catch*` is not JavaScript",
  mapKeys: "a Map compares object keys by identity and keeps 1 and true apart",
  disposeWithoutError: "TypeScript's `await using` calls `[Symbol.asyncDispose]()` without the error and cannot suppress it",
  syncDisposeWithoutError: "TypeScript's `using` calls `[Symbol.dispose]()` without the error and cannot suppress it",
} as const;

export type PlatformFact = keyof typeof platformFacts;

const fact = platformFacts;
const noTasks = "the plain form has no task objects (a coroutine is a promise)";
const noLoop = "the plain form has no loop object (the host's event loop runs the promises)";

const reasons: Readonly<Record<string, string>> = nameTable({
  TaskGroup: `asyncio.TaskGroup cancels the other tasks when one fails and raises an ExceptionGroup; ${fact.noCancel}`,
  taskGroup: `asyncio.TaskGroup cancels the other tasks when one fails; ${fact.noCancel}`,
  timeoutAfter: `asyncio.timeout() cancels the block's task when the time is up; ${fact.noCancel}`,
  timeoutAt: `asyncio.timeout_at() cancels the block's task when the time is up; ${fact.noCancel}`,
  shield: `asyncio.shield protects a task from cancellation; ${fact.noCancel}`,
  CancelledError: `asyncio.CancelledError is how a task learns it was cancelled; ${fact.noCancel}`,
  Condition: `asyncio.Condition (wait/notify) has no plain form: ${fact.noSyncGlobals}`,
  Lock: `asyncio.Lock has no plain form: ${fact.noSyncGlobals}`,
  Semaphore: `asyncio.Semaphore has no plain form: ${fact.noSyncGlobals}`,
  BoundedSemaphore: `asyncio.BoundedSemaphore has no plain form: ${fact.noSyncGlobals}`,
  Event: `asyncio.Event has no plain form: ${fact.domEvent}`,
  Barrier: `asyncio.Barrier has no plain form: ${fact.noSyncGlobals}`,
  Queue: `asyncio.Queue (bounded, with join/task_done) has no plain form: ${fact.noSyncGlobals}`,
  PriorityQueue: `asyncio.PriorityQueue has no plain form: ${fact.noSyncGlobals}`,
  LifoQueue: `asyncio.LifoQueue has no plain form: ${fact.noSyncGlobals}`,
  Future: `an asyncio Future is resolved by whoever holds it and can be asked done()/result(); ${fact.promiseState}`,
  createFuture: `loop.create_future() can be asked done()/result(); ${fact.promiseState}`,
  wait: `asyncio.wait returns the done and pending sets and can leave tasks running or cancel them; ${fact.promiseState}`,
  asCompleted: "asyncio.as_completed yields awaitables in completion order: the plain view writes no such iterator (Promise.race in a loop is the hand-written form)",
  ExceptStar: `except* splits an ExceptionGroup; ${fact.aggregateError}`,
  ExceptionGroup: `ExceptionGroup has no plain form: ${fact.aggregateError}`,
  BaseExceptionGroup: `BaseExceptionGroup has no plain form: ${fact.aggregateError}`,
  PyDict: `a dict whose keys compare by value (tuples, 1 and True as one key) has no plain form: ${fact.mapKeys}`,
  currentTask: `asyncio.current_task(): ${noTasks}`,
  allTasks: `asyncio.all_tasks(): ${noTasks}`,
  getRunningLoop: `asyncio.get_running_loop(): ${noLoop}`,
  getEventLoop: `asyncio.get_event_loop(): ${noLoop}`,
  newEventLoop: `asyncio.new_event_loop(): ${noLoop}`,
  asyncWith: `\`async with\` calls __aexit__ with the block's exception, and a true result swallows it; ${fact.disposeWithoutError}`,
  withContext: `\`with\` calls __exit__ with the block's exception, and a true result swallows it; ${fact.syncDisposeWithoutError}`,
  Runner: `asyncio.Runner: ${noLoop}`,
});

const taskMethod = (method: string): string =>
  method === "cancel" || method === "cancelled" || method === "uncancel" || method === "cancelling" ? `Task.${method}(): ${fact.noCancel}` : `Task.${method}(): ${fact.promiseState}`;

export function refusalMessage(name: string): string {
  if (name.startsWith("Task.")) return taskMethod(name.slice("Task.".length));
  if (name.startsWith("loop.")) return `${name}(): ${noLoop}`;
  if (name === "defaultRandom") return "this function of the random module has no plain form here: the plain view writes the one-line forms on Math.random() only (random, uniform, randint, randrange, choice)";
  if (name === "range") return "a range object's own indexing and methods have no plain form here: the plain view makes a range an array (Array.from)";
  if (name === "len") return "len() of a value whose type the translator does not know: `.length` (an array, a string) or `.size` (a Map, a Set) cannot be chosen";
  return reasons[name] ?? `\`${name}\` is Python semantics from the asyncio-ts runtime, with no plain TypeScript form here`;
}
