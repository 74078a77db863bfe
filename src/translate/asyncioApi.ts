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
const planned = (name: string): AsyncioApiEntry => ({ name, status: "planned", typescript: "", helpers: [] });
const impossible = (name: string, suggestion: string): AsyncioApiEntry => ({ name, status: "impossible", typescript: "", helpers: [], suggestion });

export const asyncioApi: readonly AsyncioApiEntry[] = [
  supported("run", "run(main)", ["run"], "asyncioRun"),
  supported("sleep", "await sleep(delay) / sleep(delay, result)", ["sleep"], "sleep"),
  supported("gather", "await gather([a(), b()]) / gather(aws, { returnExceptions: true })", ["gather"], "gatherOrder"),
  supported("create_task", "createTask(() => coro(), { name })", ["createTask"], "createTask"),
  supported("ensure_future", "ensureFuture(() => coro())", ["ensureFuture"], "createTask"),
  supported("wait_for", "await waitFor(() => coro(), timeout)", ["waitFor"], "waitFor"),
  supported("shield", "shield(() => coro())", ["shield"], "shield"),
  supported("wait", "const [done, pending] = await wait(tasks, { returnWhen: FIRST_COMPLETED, timeout })", ["wait"], "waitSets"),
  supported("as_completed", "for (const next of asCompleted(aws)) { await next; }", ["asCompleted"], "asCompleted"),
  supported("current_task", "currentTask()", ["currentTask"]),
  supported("get_running_loop", "getRunningLoop()", ["getRunningLoop"], "runningLoop"),
  supported("TaskGroup", "const tg = new TaskGroup().enter(); ... await tg.exit(err)", ["TaskGroup"], "taskGroup"),
  supported("Lock", "new Lock(); async with -> await lock.acquire(); try { ... } finally { lock.release(); }", ["Lock"], "asyncWith"),
  supported("Semaphore", "new Semaphore(n)", ["Semaphore"], "asyncWith"),
  supported("BoundedSemaphore", "new BoundedSemaphore(n)", ["BoundedSemaphore"], "asyncWith"),
  supported("Event", "new Event()", ["Event"]),
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
  ...[
    "timeout", "timeout_at", "Condition", "all_tasks", "get_event_loop", "Future", "Task", "iscoroutine",
    "iscoroutinefunction",
  ].map(planned),
  impossible("to_thread", "JavaScript has no threads sharing memory: move the blocking work to a `worker_threads` Worker (Node) or a Web Worker and await a message from it"),
  impossible("run_in_executor", "use a `worker_threads` Worker (Node) or a Web Worker for CPU-bound work; I/O is already asynchronous in JavaScript"),
  impossible("create_subprocess_exec", "use `child_process.spawn` (Node) and await its `close` event"),
  impossible("create_subprocess_shell", "use `child_process.exec` (Node), promisified"),
  impossible("open_connection", "use `net.connect` (Node) or `fetch` for HTTP"),
  impossible("start_server", "use `net.createServer` or `http.createServer` (Node)"),
  impossible("open_unix_connection", "use `net.connect({ path })` (Node)"),
  impossible("start_unix_server", "use `net.createServer().listen(path)` (Node)"),
  impossible("new_event_loop", "JavaScript has exactly one event loop per thread; `run()` drives the asyncio-ts loop on it"),
  impossible("set_event_loop", "JavaScript has exactly one event loop per thread"),
  // contextlib's async side, which asyncio programs use with `async with`.
  { ...supported("asynccontextmanager", "asyncContextManager(gen(args)); async with -> await cm.enter(); ... await cm.exit(err)", ["asyncContextManager"], "asyncContextManager"), module: "contextlib" },
  { ...supported("AsyncExitStack", "new AsyncExitStack(); await stack.enterAsyncContext(cm); ... await stack.exit(err)", ["AsyncExitStack"], "asyncExitStack"), module: "contextlib" },
];

export const asyncioApiByName: ReadonlyMap<string, AsyncioApiEntry> = new Map(asyncioApi.filter((e) => e.module === undefined).map((e) => [e.name, e]));

/** `asyncio.gather`, `contextlib.AsyncExitStack`. */
export function qualifiedApiName(e: AsyncioApiEntry): string {
  return `${e.module ?? "asyncio"}.${e.name}`;
}
