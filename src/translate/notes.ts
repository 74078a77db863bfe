/**
 * Teaching notes: every place where asyncio or Python and the JavaScript event loop or TypeScript
 * differ in meaning carries one, linked to the Python span it explains.
 */
import type { Span } from "../core/diagnostics";

export const noteCatalog = {
  coroutineLazy: {
    title: "Coroutines are lazy, promises are eager",
    body: "Calling an `async def` function in Python only creates a coroutine object: its body does not run until it is awaited or wrapped in a task. Calling an async function in JavaScript runs it at once, up to its first `await`. So a coroutine that is stored or handed to asyncio becomes a function returning the promise, `() => f(x)`, started only when asyncio would start it.",
  },
  operandTypes: {
    title: "Python checks operand types, JavaScript coerces",
    body: "In Python `None + 1`, `\"a\" + 1` or `\"a\" - 1` raise TypeError (\"unsupported operand type(s) for +: 'NoneType' and 'int'\", \"can only concatenate str (not \\\"int\\\") to str\"); JavaScript's `+` turns `null` into 0 and numbers into text instead. Where the operand types are not known to be numbers (or strings) the helper checks them at run time and raises Python's TypeError, so `except TypeError` works as in Python.",
  },
  defaultOnce: {
    title: "Python evaluates a default once, when the function is defined",
    body: "`def f(acc=[])` and `lambda i=i: i` compute their defaults when the `def` or `lambda` runs, and every call without that argument gets that same object: one list shared by all calls, the value `i` had when the lambda was made. A JavaScript default is evaluated again at each call, so such a default is computed beforehand into a constant the function uses (a literal, or a name assigned once, stays inline: evaluating it again gives the same value).",
  },
  awaitCoroutine: {
    title: "Awaiting a coroutine directly",
    body: "`await f()` runs the coroutine inside the current task, exactly like awaiting an async function call in JavaScript: no other task runs unless `f` itself waits for something.",
  },
  gatherOrder: {
    title: "gather() returns a list in argument order",
    body: "`asyncio.gather(*aws)` wraps each coroutine in a task (started on the next loop pass, in order) and resolves to a list with one result per argument, in argument order, whatever order they finish in; a coroutine that returns nothing contributes `None`. `Promise.all` also keeps argument order; the `gather` helper additionally starts coroutines as tasks the way asyncio does and returns an asyncio-style Future you can keep, query with `done()`/`result()` and await several times.",
  },
  gatherPromiseAll: {
    title: "Here gather() is plain Promise.all",
    body: "Nothing else runs between creating these coroutines and gathering them, and no other task is running, so starting them eagerly (as JavaScript does) prints the same as asyncio's lazy start: `Promise.all` keeps argument order just like `gather`.",
  },
  gatherFuture: {
    title: "gather() returns a Future",
    body: "The object `gather()` returns is an `asyncio.Future`: it can be kept in a variable, checked with `done()` and `cancelled()`, read with `result()` once done, and awaited any number of times (each await gives the same list). A JavaScript promise has no `done()`/`result()`, so the helper returns a Future class with those methods that is also awaitable.",
  },
  returnExceptions: {
    title: "return_exceptions=True puts exception objects in the list",
    body: "With `return_exceptions=True`, a failing awaitable contributes its exception object to the result list, in argument order. This differs from `Promise.allSettled`, which gives `{status, value/reason}` records: the helper returns the values and exceptions themselves.",
  },
  gatherFailure: {
    title: "The first exception propagates; the others keep running",
    body: "Without `return_exceptions`, awaiting `gather()` raises the first exception, but the other awaitables are not cancelled: they keep running in the background, as with `Promise.all`.",
  },
  createTask: {
    title: "create_task() starts the coroutine on the next loop pass",
    body: "`asyncio.create_task(coro)` schedules the coroutine's first step with `call_soon`; it does not run anything before the current task yields. The `createTask` helper does the same through the runtime's ready queue, so output order matches CPython.",
  },
  sleep: {
    title: "asyncio.sleep() and the virtual clock",
    body: "`await asyncio.sleep(d)` suspends the task and lets others run. The `sleep` helper schedules a timer on the asyncio-ts loop, which fires timers with equal deadlines in the order they were set (as CPython does). Under the virtual clock, time jumps straight to the next timer, so `sleep(2)` shows its timeline without waiting.",
  },
  asyncioRun: {
    title: "asyncio.run() starts the event loop",
    body: "`asyncio.run(main())` creates the event loop, runs `main()` as the first task and returns its result. JavaScript always has an event loop, but asyncio's ordering rules (ready queue, `call_soon`, timers) are reproduced by the small loop behind `run`, so output order matches CPython.",
  },
  print: {
    title: "print() and Python formatting",
    body: "`print` converts values with Python's `str()`: `True`/`None`, `[1, 2]`, `{'a': 1}`, `4.0` for floats. `console.log` would print `true`, `null`, `[ 1, 2 ]` and `4`, so a small `print` helper formats values the Python way.",
  },
  floatFormat: {
    title: "int and float are both `number`",
    body: "TypeScript has one `number` type for Python's `int` and `float`, so `4.0` and `4` are the same value at run time. Where a float is printed, the translation passes its Python type (e.g. `str(x, \"float\")`) so it prints as `4.0`, as CPython does. Where nothing says it is a float (a list of mixed values), a whole one is written `pyFloat(4.0)`: a `Number` object that prints as `4.0`.",
  },
  tupleFormat: {
    title: "Tuples are arrays",
    body: "A Python tuple becomes a TypeScript tuple type over an array. Where one is printed, its Python type is passed to the formatter so it prints as `(1, 2)` rather than `[1, 2]`; where nothing says it is a tuple (a list of mixed values), the array is marked with `markTuple([1, 2])`.",
  },
  floorDiv: {
    title: "// and % round toward negative infinity",
    body: "Python's `//` floors and `%` takes the sign of the divisor (`-7 // 2 == -4`, `-7 % 2 == 1`), while JavaScript's `%` takes the sign of the dividend and `/` does not round. Both raise `ZeroDivisionError` in Python where JavaScript returns `Infinity` or `NaN`, hence the small helpers.",
  },
  trueDiv: {
    title: "Division by zero raises",
    body: "Python's `/` always gives a float and raises `ZeroDivisionError` for a zero divisor; JavaScript gives `Infinity` or `NaN`. The `trueDiv` helper keeps Python's behaviour.",
  },
  round: {
    title: "round() rounds half to even",
    body: "Python's `round(2.5)` is `2` (banker's rounding on the exact binary value); `Math.round(2.5)` is `3`. The `round` helper follows Python.",
  },
  dictMap: {
    title: "dict is a Map",
    body: "A Python dict keeps insertion order for any hashable key; a `Map` does too. A plain object would reorder integer-like keys and only allows string keys. Reading a missing key raises `KeyError` in Python, hence `dictGet` where a key may be missing.",
  },
  truthiness: {
    title: "Empty containers are false in Python",
    body: "In Python, `[]`, `{}`, `set()` and `''` are false; in JavaScript every array and object is true. Tests of containers compare their length or size instead.",
  },
  equality: {
    title: "== compares values",
    body: "Python's `==` on lists, tuples and dicts compares contents; JavaScript's `===` compares identity for arrays and objects, so `pyEquals` compares contents.",
  },
  exceptions: {
    title: "except clauses become instanceof checks",
    body: "`try/except ValueError as e` becomes one `catch` that tests the error's class with `instanceof` and rethrows anything it does not handle. Python's built-in exceptions are small classes so that `str(e)`, `repr(e)` and the last traceback line print as in CPython.",
  },
  forElse: {
    title: "for/while ... else",
    body: "A loop's `else` block runs when the loop ends without `break`. JavaScript has no loop `else`: the loop is wrapped in a labelled block, and `break` leaves the whole block, skipping the `else` part.",
  },
  tryElse: {
    title: "try ... else",
    body: "The `else` of a `try` runs only if the body raised nothing, and exceptions raised in it are not caught by the `except` clauses: a flag records that the body completed.",
  },
  rangeLoop: {
    title: "for ... in range()",
    body: "`for i in range(a, b, step)` is a counting loop; TypeScript writes it as a classic `for (let i = a; i < b; i += step)` loop.",
  },
  selfThis: {
    title: "self is this",
    body: "Methods receive the instance as `this` in TypeScript instead of an explicit `self` parameter; attributes assigned in `__init__` become declared fields set in the constructor, and `__str__` becomes `toString()`.",
  },
  fString: {
    title: "f-strings are template literals",
    body: "`f\"{x}\"` becomes a template literal. Values that JavaScript would format differently (floats, booleans, None, containers) go through `str()`, and format specs like `:.2f` through `format()`, which implements Python's format-spec mini-language.",
  },
  waitFor: {
    title: "wait_for() cancels what it waits for",
    body: "`asyncio.wait_for(aw, timeout)` raises `TimeoutError` when time runs out, but first cancels the awaitable and waits for it to finish cancelling, so its `except CancelledError`/`finally` blocks run before the caller sees the timeout. A `Promise.race` with a timer would leave the work running.",
  },
  shield: {
    title: "shield() protects a task from cancellation",
    body: "Cancelling the code that awaits `shield(task)` does not cancel the task itself: it keeps running to completion.",
  },
  waitSets: {
    title: "wait() returns two sets of tasks",
    body: "`done, pending = await asyncio.wait(tasks, return_when=...)` gives sets of futures, not results: read each with `.result()`. Nothing is cancelled when it returns.",
  },
  asCompleted: {
    title: "as_completed() yields in completion order",
    body: "`for next_done in asyncio.as_completed(aws)` gives awaitables that resolve in the order the work finishes; awaiting each gives its result.",
  },
  runningLoop: {
    title: "The running loop",
    body: "`asyncio.get_running_loop()` gives the loop that runs the current task: `time()`, `call_soon`, `call_later` and `create_future` schedule on the asyncio-ts loop, so callbacks keep CPython's order.",
  },
  loopTime: {
    title: "loop.time() is the loop's own clock",
    body: "`loop.time()` counts seconds on the loop's monotonic clock, not wall-clock time. The asyncio-ts loop keeps its own clock (virtual when the run asks for it: it jumps from timer to timer without waiting), so differences between two readings match CPython's.",
  },
  loopRuns: {
    title: "A Python program can run its event loop several times; JavaScript's loop is always running",
    body: "`loop.run_until_complete(aw)`, `loop.run_forever()` and `runner.run(coro)` block in Python: the loop runs only inside them, and what was scheduled before (`call_soon`, `create_task`) waits until the next one starts; tasks left pending stay on the loop for the next call. JavaScript has one event loop that runs whenever nothing else does, so the asyncio-ts loop is driven explicitly: each such call is awaited (`await loop.runUntilComplete(main())`), and the code after it, and any function that calls it, waits for it as Python's would.",
  },
  loopCallbacks: {
    title: "call_soon and call_later go through asyncio's queues",
    body: "`loop.call_soon(f, *args)` appends `f(*args)` to the loop's ready queue (FIFO, after what is already scheduled); `call_later`/`call_at` put it in the timer heap, where equal deadlines keep scheduling order. JavaScript's `queueMicrotask` and `setTimeout` have other orders relative to awaits, so the translation schedules on the asyncio-ts loop. The handle they return can be cancelled before it runs (`handle.cancel()`, `handle.cancelled()`, `handle.when()`).",
  },
  futureObject: {
    title: "A Future is a promise you resolve from outside",
    body: "An asyncio Future is completed by `set_result`/`set_exception` from any code, and can be queried with `done()` and `result()`. A JavaScript promise can only be settled through the functions given to its executor, and cannot be asked whether it is settled, so the runtime's `Future` class provides those methods and is awaitable like a promise. Its type parameter comes from what `set_result` is given.",
  },
  doneCallbacks: {
    title: "Done-callbacks run on a later loop pass",
    body: "`fut.add_done_callback(cb)` runs `cb(fut)` after the future completes, scheduled with `call_soon` (so not inside `set_result`), in registration order; on a future already done, on the next pass. A promise's `.then` callbacks run as microtasks instead, before any loop callback: the runtime keeps asyncio's order.",
  },
  allTasks: {
    title: "all_tasks() is a set",
    body: "`asyncio.all_tasks()` gives the tasks that are not done yet, as a set: iterate it in a way that does not depend on order (sort by name, count it). JavaScript has no list of running promises; the runtime keeps its tasks in a `Set`.",
  },
  taskGroup: {
    title: "TaskGroup: structured concurrency",
    body: "`async with asyncio.TaskGroup() as tg:` starts tasks that the block's exit waits for; the first failure cancels the others and all errors come out together as an `ExceptionGroup`. The translation enters the group, runs the body in `try`, and awaits its exit with the body's error (or `null`).",
  },
  asyncWith: {
    title: "async with on a lock",
    body: "`async with lock:` acquires the lock (waiting in FIFO order if it is held) and releases it however the block ends: `await lock.acquire(); try { ... } finally { lock.release(); }`.",
  },
  condition: {
    title: "asyncio.Condition",
    body: "`await cond.wait()` releases the condition's lock, waits for `notify()`/`notify_all()` from a task holding the lock, then takes the lock again before returning; woken waiters run in the order they started waiting. `wait_for(predicate)` re-checks the predicate after each wake-up. Calling `wait()` or `notify()` without holding the lock raises RuntimeError, as in Python.",
  },
  timeout: {
    title: "asyncio.timeout() cancels the block, then raises TimeoutError",
    body: "At the deadline the task running the block is cancelled: the `await` it is blocked on raises CancelledError (so `finally` and `except CancelledError` code in the block runs), and the block's exit turns that CancelledError into TimeoutError. JavaScript has no cancellation of a running `await` (an `AbortSignal` must be threaded through by hand), so the block becomes `const cm = timeoutAfter(delay).enter()` (or `timeoutAt(when)`), a `try` around the body, and `cm.exit(err)` with whatever ended it. `reschedule()` moves the deadline and `expired()` tells whether it was hit.",
  },
  queue: {
    title: "asyncio.Queue",
    body: "`await queue.put(x)` waits while a bounded queue is full and `await queue.get()` while it is empty; waiting producers and consumers are woken in FIFO order, as in CPython.",
  },
  asyncGenerator: {
    title: "Async generators are async function*",
    body: "An `async def` with `yield` is an async generator in both languages: `async function*` in TypeScript, iterated with `for await`. Like Python's, it runs only as far as each `next()` asks.",
  },
  exceptStar: {
    title: "except* splits an exception group clause by clause",
    body: "`except* ValueError as eg` (Python 3.11) handles the ValueErrors inside an `ExceptionGroup`: each clause runs with a group of its own matches (a lone exception is first wrapped in a group), several clauses can run for one group, and whatever no clause matched is raised again as a group, together with what the clauses raised. JavaScript has no such syntax: the `ExceptStar` helper does the splitting, `match(...)` tests each clause in order and `reraise()` throws what is left.",
  },
  exceptionGroup: {
    title: "ExceptionGroup",
    body: "An `ExceptionGroup` holds several exceptions raised together (a TaskGroup's failures, for instance): `message`, `exceptions`, `split(cond)` and `subgroup(cond)` (by a class, a tuple of classes or a predicate, keeping the nesting) and `derive(excs)` behave as in Python. Python's ExceptionGroup is both a BaseExceptionGroup and an Exception; in TypeScript it extends BaseExceptionGroup and `instanceof Exception` is also true for it.",
  },
  asyncIteratorClass: {
    title: "Classes with __aiter__/__anext__",
    body: "`async for` over an object whose class defines `__aiter__` and `async __anext__` calls them as Python does, and `raise StopAsyncIteration` ends the loop. JavaScript's `for await` wants `[Symbol.asyncIterator]()` and `next()` results instead, so the object goes through the `aiter()` helper, which adapts one protocol to the other.",
  },
  asyncForBreak: {
    title: "Leaving an async for early does not close the generator",
    body: "When `break`, `return` or an exception leaves `async for x in gen`, Python leaves the generator suspended at its `yield`: its `finally` runs only when `aclose()` is called, when the generator is garbage-collected (for one made in the loop header: right after the loop, as a new task) or when `asyncio.run` ends. JavaScript's `for await` calls the generator's `return()` at once. The `keepOpen`/`closeWhenDropped` helpers give `for await` an iterator that keeps CPython's timing.",
  },
  asyncContextManager: {
    title: "@asynccontextmanager",
    body: "`@contextlib.asynccontextmanager` turns an async generator with one `yield` into an async context manager: `async with` runs it up to the `yield` (what it yields is bound by `as`), runs the block, then resumes it; an exception from the block is raised at the `yield`, and if the generator catches it without re-raising, the exception is suppressed. The generator stays an `async function*`; calling it through `asyncContextManager(...)` gives an object with `enter()`/`exit(err)` that does what contextlib does.",
  },
  timeClock: {
    title: "time.perf_counter() and the loop's clock",
    body: "`time.perf_counter()`, `time.monotonic()` and `time.time()` read the same clock as the event loop. On the virtual clock a program that awaits `asyncio.sleep(2)` measures exactly 2.0 s without waiting, which is what CPython measures on an idle machine (CPython adds a few milliseconds of real overhead). In JavaScript you would use `performance.now()` (milliseconds).",
  },
  blockingSleep: {
    title: "time.sleep() blocks the event loop",
    body: "`time.sleep()` is not `await asyncio.sleep()`: it blocks the thread, so no other task and no timer runs until it returns, and the tasks that were due run late. JavaScript has no blocking sleep on the main thread (only `Atomics.wait` in a worker); the translation blocks the same way: on the virtual clock the time jumps while nothing else runs.",
  },
  suppress: {
    title: "contextlib.suppress",
    body: "`with contextlib.suppress(E):` swallows an exception of type E raised in its block and goes on after it. TypeScript has no `with`: it is a `try`/`catch` whose `catch` rethrows anything that is not an E. The common use in asyncio code: cancel a task, then `await` it inside `suppress(asyncio.CancelledError)`.",
  },
  asyncExitStack: {
    title: "AsyncExitStack",
    body: "`contextlib.AsyncExitStack` enters context managers one by one (`await stack.enter_async_context(cm)`) and exits them all, last entered first, when its own `async with` block ends, passing an exception from one exit to the next as Python does.",
  },
  annotations: {
    title: "Annotations only type the program",
    body: "Python never checks an annotation at run time: `x: List[int] = []` is just a list, and a wrong annotation changes nothing. TypeScript checks its types at compile time and then drops them. So `typing`'s forms become the TypeScript types they mean (`List[int]` is `number[]`, `Optional[str]` is `string | null`, `Callable[[int], str]` is `(a: number) => string`), and `TypeVar`, `Generic` and `Protocol` leave nothing behind at run time.",
  },
  sysExit: {
    title: "sys.exit() raises SystemExit",
    body: "`sys.exit(n)` does not stop the process on the spot: it raises `SystemExit(n)`, so `finally` blocks run and an `except SystemExit` (or a bare `except`) can catch it; uncaught, the interpreter exits with status n (0 for None, 1 after printing a string). Node's `process.exit(n)` stops at once, skipping `finally`, so the translation throws a SystemExit that the runner turns into the exit status.",
  },
  streamWrite: {
    title: "sys.stdout.write writes the text as it is",
    body: "`sys.stdout.write(s)` adds no newline and returns the number of characters written; `console.log` always ends the line. The translation writes through `process.stdout.write` (or the host's stream) and returns the length.",
  },
  partial: {
    title: "functools.partial binds arguments now",
    body: "`partial(fn, a)` evaluates `a` when the partial is made and gives a function of the remaining parameters; asyncio's `call_soon` and `add_done_callback` take no keyword arguments, so this is how Python passes them. The `partial` helper does the same with a closure over the values (`fn.bind(null, a)` would too, but loses the parameter types); an arrow `() => fn(a)` would instead read `a` again at each call.",
  },
  decorators: {
    title: "A decorator replaces the function with what it returns",
    body: "`@deco` above `def f` runs `f = deco(f)` once, when the `def` runs; calls of `f` then call whatever `deco` returned (usually a wrapper that calls the original). TypeScript decorators only apply to classes and their members, so the translation defines the function and rebinds its name to `deco(f)`, as Python does.",
  },
  mainGuard: {
    title: "if __name__ == \"__main__\"",
    body: "A translated file is always the main module, so the guard is always true.",
  },
} as const;

export type NoteId = keyof typeof noteCatalog;

export interface NoteUse {
  readonly id: NoteId;
  readonly title: string;
  readonly body: string;
  /** The Python span the note explains. */
  readonly span: Span;
}
