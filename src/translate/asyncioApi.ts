/**
 * The asyncio surface as data: for each name, whether and how it translates, the helpers it needs
 * and the note that teaches the difference. `docs/constructs.md` and the README's API list are
 * generated from this table.
 */
import type { NoteId } from "./notes";

export type ApiStatus = "supported" | "planned" | "impossible";

export interface AsyncioApiEntry {
  readonly name: string;
  readonly status: ApiStatus;
  /** The TypeScript it becomes, for the docs. */
  readonly typescript: string;
  readonly helpers: readonly string[];
  readonly note?: NoteId;
  /** For names JavaScript cannot do: what to use instead. */
  readonly suggestion?: string;
  /** The module the name belongs to when it is not asyncio (contextlib's async context managers). */
  readonly module?: "contextlib";
}

const supported = (name: string, typescript: string, helpers: readonly string[], note?: NoteId): AsyncioApiEntry => ({ name, status: "supported", typescript, helpers, note });
const impossible = (name: string, suggestion: string): AsyncioApiEntry => ({ name, status: "impossible", typescript: "", helpers: [], suggestion });

export const asyncioApi: readonly AsyncioApiEntry[] = [
  supported("run", "run(main)", ["run"], "asyncioRun"),
  supported("sleep", "await sleep(delay) / sleep(delay, result)", ["sleep"], "sleep"),
  supported("gather", "await gather([() => a(), () => b()]) / gather(aws, { returnExceptions: true }); Promise.all([a(), b()]) where starting eagerly prints the same", ["gather"], "gatherOrder"),
  supported("create_task", "createTask(() => coro(), { name, context })", ["createTask"], "createTask"),
  supported("ensure_future", "ensureFuture(() => coro()); with loop=loop, loop.createTask(() => coro())", ["ensureFuture"], "createTask"),
  supported("wait_for", "await waitFor(() => coro(), timeout)", ["waitFor"], "waitFor"),
  supported("shield", "shield(() => coro())", ["shield"], "shield"),
  supported("wait", "const [done, pending] = await wait(tasks, { returnWhen: FIRST_COMPLETED, timeout })", ["wait"], "waitSets"),
  supported("as_completed", "for (const next of asCompleted(aws)) { await next; }", ["asCompleted"], "asCompleted"),
  supported("current_task", "currentTask()", ["currentTask"]),
  supported("all_tasks", "allTasks()", ["allTasks"], "allTasks"),
  supported("get_running_loop", "getRunningLoop()", ["getRunningLoop"], "runningLoop"),
  supported("get_event_loop", "getEventLoop()", ["getEventLoop"], "runningLoop"),
  supported("new_event_loop", "newEventLoop()", ["newEventLoop"], "loopRuns"),
  supported("set_event_loop", "setEventLoop(loop)", ["setEventLoop"], "loopRuns"),
  supported("set_event_loop_policy", "setEventLoopPolicy(policy) (JavaScript has one kind of event loop: the policy changes nothing)", ["setEventLoopPolicy"]),
  supported("WindowsSelectorEventLoopPolicy", "windowsLoopPolicy(\"WindowsSelectorEventLoopPolicy\") (AttributeError off Windows, as asyncio has it only there)", ["windowsLoopPolicy"]),
  supported("WindowsProactorEventLoopPolicy", "windowsLoopPolicy(\"WindowsProactorEventLoopPolicy\") (AttributeError off Windows, as asyncio has it only there)", ["windowsLoopPolicy"]),
  supported("loop.run_until_complete", "await loop.runUntilComplete(aw) (the code around it waits, as Python's call blocks)", ["getEventLoop"], "loopRuns"),
  supported("loop.run_forever", "await loop.runForever() (until loop.stop())", ["getEventLoop"], "loopRuns"),
  supported("loop.stop", "loop.stop()", ["getEventLoop"], "loopRuns"),
  supported("loop.close", "loop.close()", ["getEventLoop"]),
  supported("loop.shutdown_asyncgens", "await loop.runUntilComplete(() => loop.shutdownAsyncgens()) (aclose() each async generator left suspended)", ["getEventLoop"], "loopRuns"),
  supported("loop.is_closed", "loop.isClosed()", ["getEventLoop"]),
  supported("loop.set_debug", "loop.setDebug(enabled) (the mode shows in the loop's repr; CPython's debug logging is not reproduced)", ["getEventLoop"]),
  supported("loop.get_debug", "loop.getDebug()", ["getEventLoop"]),
  supported("Runner", "const runner = new Runner(); try { await runner.run(main); } finally { await runner.close(); }", ["Runner"], "loopRuns"),
  supported("Runner.run", "await runner.run(coro)", ["Runner"], "loopRuns"),
  supported("Runner.get_loop", "runner.getLoop()", ["Runner"]),
  supported("Runner.close", "await runner.close()", ["Runner"]),
  supported("Barrier", "new Barrier(parties); await barrier.wait() / abort() / reset(); barrier.parties, nWaiting, broken", ["Barrier"]),
  supported("BrokenBarrierError", "BrokenBarrierError", ["BrokenBarrierError"]),
  supported("loop.time", "loop.time()", ["getRunningLoop"], "loopTime"),
  supported("loop.call_soon", "loop.callSoon(callback, ...args)", ["getRunningLoop"], "loopCallbacks"),
  supported("loop.call_soon_threadsafe", "loop.callSoon(callback, ...args) (JavaScript has no other thread to call it from)", ["getRunningLoop"], "loopCallbacks"),
  supported("loop.call_later", "loop.callLater(delay, callback, ...args)", ["getRunningLoop"], "loopCallbacks"),
  supported("loop.call_at", "loop.callAt(when, callback, ...args)", ["getRunningLoop"], "loopCallbacks"),
  supported("loop.create_future", "loop.createFuture() (a Future<T>, T from its set_result calls)", ["getRunningLoop"], "futureObject"),
  supported("loop.create_task", "loop.createTask(() => coro())", ["getRunningLoop"], "createTask"),
  supported("loop.is_running", "loop.isRunning()", ["getRunningLoop"]),
  supported("Handle.cancel", "handle.cancel()", ["TimerHandle"], "loopCallbacks"),
  supported("Handle.cancelled", "handle.cancelled()", ["TimerHandle"], "loopCallbacks"),
  supported("TimerHandle.when", "handle.when()", ["TimerHandle"], "loopTime"),
  supported("Future", "new Future<T>()", ["Future"], "futureObject"),
  supported("Future.add_done_callback", "fut.addDoneCallback((f) => ...)", ["Future"], "doneCallbacks"),
  supported("Task", "new Task(() => coro()) / x instanceof Task", ["Task"], "createTask"),
  supported("TaskGroup", "await asyncWith(new TaskGroup(), async (tg) => { ... })", ["TaskGroup"], "taskGroup"),
  supported("Lock", "new Lock(); async with -> await asyncWith(lock, async () => { ... })", ["Lock"], "asyncWith"),
  supported("Semaphore", "new Semaphore(n); async with -> await asyncWith(sem, async () => { ... })", ["Semaphore"], "semaphore"),
  supported("BoundedSemaphore", "new BoundedSemaphore(n)", ["BoundedSemaphore"], "semaphore"),
  supported("Event", "new Event()", ["Event"]),
  supported("Condition", "new Condition(lock?); async with -> await asyncWith(cond, async () => { ... })", ["Condition"], "condition"),
  supported("timeout", "await asyncWith(timeoutAfter(delay), async (cm) => { ... })", ["timeoutAfter"], "timeout"),
  supported("timeout_at", "await asyncWith(timeoutAt(when), async (cm) => { ... })", ["timeoutAt"], "timeout"),
  supported("Queue", "new Queue<T>(maxsize)", ["Queue"], "queue"),
  supported("LifoQueue", "new LifoQueue<T>(maxsize)", ["LifoQueue"], "queue"),
  supported("PriorityQueue", "new PriorityQueue<T>(maxsize)", ["PriorityQueue"], "queue"),
  supported("QueueEmpty", "QueueEmpty", ["QueueEmpty"]),
  supported("QueueFull", "QueueFull", ["QueueFull"]),
  supported("FIRST_COMPLETED", "FIRST_COMPLETED", ["FIRST_COMPLETED"]),
  supported("FIRST_EXCEPTION", "FIRST_EXCEPTION", ["FIRST_EXCEPTION"]),
  supported("ALL_COMPLETED", "ALL_COMPLETED", ["ALL_COMPLETED"]),
  supported("CancelledError", "CancelledError", ["CancelledError"]),
  supported("TimeoutError", "TimeoutError", ["TimeoutError"]),
  supported("InvalidStateError", "InvalidStateError", ["InvalidStateError"]),
  supported("iscoroutine", "true / false, from the static type (a coroutine is a function here)", []),
  supported("iscoroutinefunction", "true / false, from the static type (`async def` without `yield`)", []),
  impossible("to_thread", "JavaScript's threads (Workers) share no objects, only the bytes of a SharedArrayBuffer: move the blocking work to a `worker_threads` Worker (Node) or a Web Worker and await a message from it"),
  impossible("loop.run_in_executor", "use a `worker_threads` Worker (Node) or a Web Worker for CPU-bound work; I/O is already asynchronous in JavaScript"),
  impossible("run_coroutine_threadsafe", "JavaScript's threads (Workers) share no objects, only the bytes of a SharedArrayBuffer: a `worker_threads` Worker talks to the main thread with `postMessage`"),
  impossible("wrap_future", "concurrent.futures needs threads: use a `worker_threads` Worker (Node) and a promise of its message"),
  impossible("create_subprocess_exec", "use `child_process.spawn` (Node) and await its `close` event"),
  impossible("create_subprocess_shell", "use `child_process.exec` (Node), promisified"),
  impossible("open_connection", "use `net.connect` (Node) or `fetch` for HTTP"),
  impossible("start_server", "use `net.createServer` or `http.createServer` (Node)"),
  impossible("open_unix_connection", "use `net.connect({ path })` (Node)"),
  impossible("start_unix_server", "use `net.createServer().listen(path)` (Node)"),
  impossible("StreamReader", "use a Node `net.Socket` (a readable stream: `for await (const chunk of socket)`) or `fetch`'s `response.body`"),
  impossible("StreamWriter", "use a Node `net.Socket`'s `write()` and `end()`"),
  impossible("subprocess", "use Node's `child_process` (`spawn`, `exec`)"),
  impossible("loop.subprocess_exec", "use `child_process.spawn` (Node) and await its `close` event"),
  impossible("loop.subprocess_shell", "use `child_process.exec` (Node), promisified"),
  impossible("loop.create_connection", "use `net.connect` (Node) or `fetch` for HTTP"),
  impossible("loop.create_server", "use `net.createServer` or `http.createServer` (Node)"),
  impossible("loop.create_datagram_endpoint", "use `dgram.createSocket` (Node)"),
  impossible("loop.sock_connect", "use `net.connect` (Node): sockets are asynchronous there already"),
  impossible("loop.sock_recv", "use a Node `net.Socket`'s `data` events or `for await (const chunk of socket)`"),
  impossible("loop.sock_sendall", "use a Node `net.Socket`'s `write()`"),
  impossible("loop.sock_accept", "use `net.createServer` and its `connection` event (Node)"),
  impossible("loop.getaddrinfo", "use `dns.promises.lookup` (Node)"),
  impossible("loop.add_reader", "wrap the file descriptor in a Node stream (`new net.Socket({ fd })` for a pipe or socket) and use its events"),
  impossible("loop.add_writer", "wrap the file descriptor in a Node stream (`new net.Socket({ fd })` for a pipe or socket) and use its events"),
  impossible("loop.add_signal_handler", "use `process.on(\"SIGINT\", handler)` (Node)"),
  // contextlib's async side, which asyncio programs use with `async with`.
  { ...supported("asynccontextmanager", "async with -> await asyncWith(asyncContextManager(gen(args)), async (value) => { ... })", ["asyncContextManager"], "asyncContextManager"), module: "contextlib" },
  { ...supported("AsyncExitStack", "await asyncWith(new AsyncExitStack(), async (stack) => { await stack.enterAsyncContext(cm); ... })", ["AsyncExitStack"], "asyncExitStack"), module: "contextlib" },
  // The usual way to wait for a task just cancelled without its CancelledError: `with suppress(...)`.
  { ...supported("aclosing", "await asyncWith(aclosing(gen), async (g) => { ... }) (aclose() when the block ends)", ["aclosing"], "asyncForBreak"), module: "contextlib" },
  { ...supported("suppress", "try { ... } catch (err) { if (!(err instanceof CancelledError)) throw err; }", [], "suppress"), module: "contextlib" },
];

/** Modules that asyncio programs use beside it and that JavaScript has no counterpart of: importing one gives TR2009 with the JS way. */
export const impossibleModules: ReadonlyMap<string, string> = new Map([
  ["threading", "JavaScript's threads (Workers) share no objects, only the bytes of a SharedArrayBuffer: use a `worker_threads` Worker (Node) or a Web Worker, and await its messages"],
  ["multiprocessing", "use Node's `child_process.fork` or a `worker_threads` Worker, and await its messages"],
  ["concurrent.futures", "use a `worker_threads` Worker (Node) and a promise of its message; I/O is already asynchronous in JavaScript"],
  ["subprocess", "use Node's `child_process` (`spawn`, `exec`), promisified"],
  ["socket", "use Node's `net` (TCP) or `dgram` (UDP) module, or `fetch` for HTTP"],
  ["selectors", "JavaScript's event loop already waits on sockets: use Node's `net` module's events"],
  ["urllib.request", "use `fetch` (`await fetch(url)`), which is asynchronous"],
  ["http.client", "use `fetch` (`await fetch(url)`), which is asynchronous"],
]);

/** asyncio's own submodules for processes and sockets (`from asyncio.subprocess import PIPE`): the same answer as the modules above. */
const impossibleAsyncioModules: ReadonlyMap<string, string> = new Map([
  ["asyncio.subprocess", impossibleModules.get("subprocess")!],
  ["asyncio.streams", impossibleModules.get("socket")!],
]);

/** The impossible module an import names (`concurrent.futures`, `from urllib.request import urlopen`), with its suggestion. */
export function impossibleModule(name: string): { readonly name: string; readonly suggestion: string } | null {
  const asyncioOwn = impossibleAsyncioModules.get(name);
  if (asyncioOwn !== undefined) return { name, suggestion: asyncioOwn };
  for (const [module, suggestion] of impossibleModules) if (name === module || name.startsWith(`${module}.`)) return { name: module, suggestion };
  // `import concurrent` then `concurrent.futures`: the package of an impossible module.
  for (const [module, suggestion] of impossibleModules) if (module.startsWith(`${name}.`)) return { name: module, suggestion };
  return null;
}

export const asyncioApiByName: ReadonlyMap<string, AsyncioApiEntry> = new Map(asyncioApi.filter((e) => e.module === undefined).map((e) => [e.name, e]));

/** `asyncio.gather`, `contextlib.AsyncExitStack`, `loop.call_soon`. */
export function qualifiedApiName(e: AsyncioApiEntry): string {
  if (e.module) return `${e.module}.${e.name}`;
  return e.name.includes(".") ? e.name : `asyncio.${e.name}`;
}
