/**
 * The keyword parameters of asyncio's functions and classes in CPython 3.11. A keyword outside them is a
 * TypeError when the call is made (`asyncio.sleep(1, loop=loop)` in a program written before 3.10, which
 * removed `loop=` from most of them): reported with CPython's message instead of being dropped, since a
 * translation without it would run where CPython stops.
 */
import { nameTable } from "../core/nameTable";
import type * as py from "../python/ast";
import type { TranslationContext } from "./context";

const functionKeywords: Readonly<Record<string, readonly string[]>> = nameTable({
  run: ["main", "debug"],
  sleep: ["delay", "result"],
  gather: ["return_exceptions"],
  create_task: ["coro", "name", "context"],
  ensure_future: ["coro_or_future", "loop"],
  wait_for: ["fut", "timeout"],
  shield: ["arg"],
  wait: ["fs", "timeout", "return_when"],
  as_completed: ["fs", "timeout"],
  current_task: ["loop"],
  all_tasks: ["loop"],
  get_running_loop: [],
  get_event_loop: [],
  new_event_loop: [],
  set_event_loop: ["loop"],
  timeout: ["delay"],
  timeout_at: ["when"],
});

const classKeywords: Readonly<Record<string, readonly string[]>> = nameTable({
  Queue: ["maxsize"],
  LifoQueue: ["maxsize"],
  PriorityQueue: ["maxsize"],
  Lock: [],
  Event: [],
  Condition: ["lock"],
  Semaphore: ["value"],
  BoundedSemaphore: ["value"],
  Barrier: ["parties"],
  Future: ["loop"],
  Task: ["coro", "loop", "name", "context"],
  TaskGroup: [],
  Runner: ["debug", "loop_factory"],
});

/** Reports each keyword `asyncio.name(...)` does not take, as CPython's TypeError; true when there was one. */
export function reportUnexpectedKeywords(ctx: TranslationContext, name: string, e: py.Call): boolean {
  const own = functionKeywords[name];
  const init = classKeywords[name];
  const allowed = own ?? init;
  if (!allowed) return false;
  let found = false;
  for (const kw of e.keywords) {
    if (kw.arg === null || allowed.includes(kw.arg)) continue;
    const callee = own ? `${name}()` : `${name}.__init__()`;
    const removed = kw.arg === "loop" ? " (asyncio removed the `loop` parameter in Python 3.10)" : "";
    ctx.report("TR2006", kw, `CPython raises TypeError: ${callee} got an unexpected keyword argument '${kw.arg}'${removed}`);
    found = true;
  }
  return found;
}
