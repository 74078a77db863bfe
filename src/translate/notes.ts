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
    title: "Python checks operand types at run time",
    body: "In Python `None + 1`, `\"a\" + 1` or `\"a\" - 1` raise TypeError (\"unsupported operand type(s) for +: 'NoneType' and 'int'\", \"can only concatenate str (not \\\"int\\\") to str\"). Strict TypeScript rejects `null + 1` and `\"a\" - 1` when it knows the types, but accepts `\"a\" + 1` (it gives `\"a1\"`), and values whose type it does not know reach JavaScript's coercion at run time (`null + 1` is 1, `\"a\" - 1` is NaN). Where the operand types are not known to be numbers (or strings) the helper checks them at run time and raises Python's TypeError, so `except TypeError` works as in Python.",
  },
  defaultOnce: {
    title: "Python evaluates a default once, when the function is defined",
    body: "`def f(acc=[])` and `lambda i=i: i` compute their defaults when the `def` or `lambda` runs, and every call without that argument gets that same object: one list shared by all calls, the value `i` had when the lambda was made. A JavaScript default is evaluated again at each call, so such a default is computed beforehand into a constant the function uses (a literal, or a name assigned once, stays inline: evaluating it again gives the same value).",
  },
  awaitCoroutine: {
    title: "Awaiting a coroutine that does not suspend does not yield",
    body: "`await f()` runs the coroutine inside the current task. In CPython, if `f` finishes without waiting for anything pending, the `await` never gives the loop a turn: no other task runs in between. JavaScript's `await` always suspends for at least one microtask, even on an async function that has already returned, so other promise continuations run there. The translation keeps CPython's behaviour because the runtime wakes tasks only from its own ready queue, never from a promise continuation.",
  },
  awaitNonAwaitable: {
    title: "`await` on a value that is not awaitable raises TypeError",
    body: "Python's `await` accepts only awaitables (coroutines, tasks, futures, objects with `__await__`); anything else raises `TypeError: object NoneType can't be used in 'await' expression`, the error behind the classic slip `await time.sleep(1)` (time.sleep returns None after blocking the whole loop). JavaScript's `await` accepts any value and gives it back after a microtask, so `await 5` is 5 and the slip would pass unnoticed. The translation makes the value, then raises CPython's TypeError.",
  },
  coroutineOnce: {
    title: "A coroutine object runs once",
    body: "Awaiting a coroutine object a second time, or making a second task of it, raises `RuntimeError: cannot reuse already awaited coroutine`: the object is spent. The translation keeps a coroutine as a function that starts it, `() => work()`, and calling that again would run `work` again; where the program may start one stored coroutine twice, `oneShot` raises CPython's error instead. (A JavaScript promise can be awaited any number of times and gives the same value each time, which is what a task or future does in asyncio.)",
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
    body: "The object `gather()` returns is an `asyncio.Future`: it can be kept in a variable, checked with `done()` and `cancelled()`, read with `result()` once done, and awaited any number of times (each await gives the same list) — as a promise can be awaited again. The contrast with JavaScript is the coroutine: awaiting one coroutine object twice raises RuntimeError (\"cannot reuse already awaited coroutine\"), while the promise an async function returned can be awaited again. A JavaScript promise has no `done()`/`result()`, so the helper returns a Future class with those methods that is also awaitable.",
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
    title: "asyncio.sleep(), timer order and the virtual clock",
    body: "`await asyncio.sleep(d)` suspends the task and lets others run; the `sleep` helper schedules a timer on the asyncio-ts loop. Timers fire by deadline. CPython's timer heap compares deadlines only and `heapq` is not stable, so timers with exactly the same deadline (several `call_at` with one `when`) fire in an order that is not the order they were set; sleeps started one after another get increasing deadlines because the monotonic clock moves between them, so they end in the order they started. The asyncio-ts loop does the same: sleeps and `call_later` set one after another fire in the order they were set, and `call_at` timers that share one `when` come out in the order CPython's `heapq` gives them (the loop keeps its heap with heapq's algorithm step for step). Under the virtual clock, time jumps straight to the next timer, so `sleep(2)` shows its timeline without waiting.",
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
    body: "TypeScript has one `number` type for Python's `int` and `float`, so `4.0` and `4` are the same value at run time. Where a float is printed, the translation passes its Python type (e.g. `str(x, \"float\")`) so it prints as `4.0`, as CPython does. Where nothing says it is a float (a list of mixed values), a whole one is written `pyFloat(4.0)`: a `Number` object that prints as `4.0`. Python's int is also unbounded (`2**64` is exact), while a number holds integers exactly only up to 2**53 (`Number.MAX_SAFE_INTEGER`): larger integer literals get a TR3001 warning, and arithmetic that goes beyond 2**53 differs from CPython.",
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
    title: "dict is a Map (with Python's key equality where it matters)",
    body: "A Python dict keeps insertion order, and so does a `Map`; a plain object would reorder integer-like keys and allows only string keys. But a `Map` compares keys by identity (SameValueZero): two arrays `[1, 2]` are two keys, and `true` is not `1`. Python compares keys by hash and `==`: `d[(1, 2)]` finds the key `(1, 2)`, and `{1: 'a', True: 'b'}` has one key (`{1: 'b'}`: the first key stays, the last value wins). Where a dict's keys may be tuples, datetimes, or bools beside numbers, the translation makes it a `PyDict`, a Map that compares keys as Python does; a set of such members is a `PySet` (a `Set` would keep `[1, 2]` twice). Reading a missing key raises `KeyError` in Python (a Map returns `undefined`), hence `dictGet` where a key may be missing.",
  },
  truthiness: {
    title: "Empty containers are false in Python; NaN is true",
    body: "In Python, `[]`, `{}`, `set()` and `''` are false; in JavaScript every array and object is true, so tests of containers compare their length or size instead. The other way round, `float('nan')` is true in Python while `NaN` is falsy in JavaScript: a float is tested with `x !== 0`, a value of mixed types with the `truthy` helper. `a or b` gives one of its operands in both languages; where JavaScript's test differs, it is `pyOr(a, () => b)` (`pyAnd` for `and`), so that `b` is evaluated only when needed and `a` only once.",
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
    title: "for ... in range() rebinds its variable from a range made once",
    body: "`for i in range(a, b)` computes the range once and binds `i` to its next value on every pass: writing `i` in the body, or changing `b`, changes neither the next value nor the number of passes. A JavaScript `for (let i = a; i < b; i++)` re-tests `b` on every pass and continues from whatever the body wrote into `i`. So the translation writes that counting loop only when the body writes neither `i` nor the bound (a bound the body may change is first read into a constant), and otherwise iterates `for (let i of range(a, b))`.",
  },
  dataclass: {
    title: "@dataclass writes the class's methods",
    body: "`@dataclass` reads the class's annotated fields and writes its `__init__` (a parameter per field, defaults included), a `__repr__` showing each field (`Job(priority=1, name='a')`) and an `__eq__` comparing the fields as a tuple; with `order=True` also `<`, `<=`, `>` and `>=` comparing those tuples, which is what `sorted` and `PriorityQueue` use. A JavaScript class gets none of this: `==` on two objects is identity, an object prints as `[object Object]`, and `sort()` compares strings. So the translation writes those methods out. They compare only with an instance of the same class: for anything else they return `NotImplemented`, and Python then falls back to identity for `==` and raises TypeError for `<`. `field(compare=False)` leaves a field out of the comparisons; `field(default_factory=list)` gives each instance a new list.",
  },
  namedTuple: {
    title: "A named tuple is a class whose instances are also tuples",
    body: "`class Point(NamedTuple)` with annotated fields, or `Point = namedtuple(\"Point\", \"x y\")`, makes a class whose instances have the fields as attributes (`p.x`) and are tuples too: `p[0]`, `x, y = p`, `len(p)`, `p == (1, 2)` and sorting work as on the plain tuple `(1, 2)`, it hashes as that tuple, and it prints as `Point(x=1, y=2)`. Assigning a field raises AttributeError. JavaScript has no such thing: a class instance is not indexable or iterable, and an array has no field names. So the translation writes a class with the fields, and methods for what the tuple does: `__getitem__`, `__len__`, `[Symbol.iterator]`, `__eq__`, `__lt__`, `__hash__`, `__repr__` and `_asdict()`; a constant index reads the field (`p[0]` is `p.x`), `p._replace(x=5)` makes a new instance with the other fields copied, and `Point._make(row)` one from the items of `row`.",
  },
  enumMembers: {
    title: "An enum's members are objects made once, printed by name",
    body: "`class Color(Enum)` makes each member once, when the class is defined: `Color.RED` is an object with a `name` (`'RED'`) and a `value` (`1`), printed as `Color.RED` and shown by `repr` as `<Color.RED: 1>`; `Color(1)` finds the member by value (ValueError `1 is not a valid Color` otherwise), `Color['RED']` by name, and `for c in Color` goes through the members in the order they are written. A TypeScript `enum Color { RED = 1 }` is only numbers: `Color.RED` prints as `1` and `Color[1]` is the string `'RED'`. So the translation writes a class extending the runtime's `PyEnum`, with each member a `static readonly` instance. An `IntEnum`'s members are also ints: they compare with numbers and do arithmetic, and in 3.11 `str()` and f-strings give the number while `repr` still shows `<Priority.HIGH: 2>`. Likewise a `StrEnum`'s members (and those of `class Color(str, Enum)`) are strs: `Color.RED == \"red\"`, and a member and its str are one dict key; a `StrEnum` member prints as its value, a `(str, Enum)` member still as `Color.RED`.",
  },
  selfThis: {
    title: "self is this",
    body: "Methods receive the instance as `this` in TypeScript instead of an explicit `self` parameter; attributes assigned in `__init__` become declared fields set in the constructor, and `__str__` becomes `toString()`.",
  },
  percentFormat: {
    title: "`%` formatting becomes a template literal",
    body: "`\"%s took %.2f s\" % (name, t)` is read when translating and written as the template literal of the equivalent f-string: `%s` is `${x}` (through `str()` where JavaScript would print it differently), `%5.2f` is `format(t, \"5.2f\")`, `%d` of a float its integer part. JavaScript has no `%` for strings: `\"%s\" % x` would be a remainder, NaN.",
  },
  fString: {
    title: "f-strings are template literals",
    body: "`f\"{x}\"` becomes a template literal. Values that JavaScript would format differently (floats, booleans, None, containers) go through `str()`, and format specs like `:.2f` through `format()`, which implements Python's format-spec mini-language.",
  },
  waitFor: {
    title: "wait_for() cancels what it waits for",
    body: "`asyncio.wait_for(aw, timeout)` raises `TimeoutError` when time runs out, but first cancels the awaitable and waits for it to finish cancelling, so its `except CancelledError`/`finally` blocks run before the caller sees the timeout. A `Promise.race` with a timer would leave the work running; JavaScript's `AbortSignal.timeout(ms)` aborts after `ms`, but only work that was handed the signal stops (a `setTimeout` from `timers/promises` given `{ signal }` rejects with an AbortError).",
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
    body: "`for next_done in asyncio.as_completed(aws)` gives awaitables that resolve in the order the work finishes; awaiting each gives its result. The order in which it starts the coroutines it was given is not specified (Python 3.11 puts them in a set first), so a program should not depend on it.",
  },
  runningLoop: {
    title: "The running loop",
    body: "`asyncio.get_running_loop()` gives the loop that runs the current task: `time()`, `call_soon`, `call_later` and `create_future` schedule on the asyncio-ts loop, so callbacks keep CPython's order.",
  },
  loopTime: {
    title: "loop.time() is the loop's own clock",
    body: "`loop.time()` counts seconds on the loop's monotonic clock, not wall-clock time. The asyncio-ts loop keeps its own clock (virtual when the run asks for it: it jumps from timer to timer without waiting), so differences between two readings compare as CPython's do (`>= 2` after `sleep(2)`), though CPython's also carry a few milliseconds of real time and the digits differ.",
  },
  loopRuns: {
    title: "A Python program can run its event loop several times; JavaScript's loop is always running",
    body: "`loop.run_until_complete(aw)`, `loop.run_forever()` and `runner.run(coro)` block in Python: the loop runs only inside them, and what was scheduled before (`call_soon`, `create_task`) waits until the next one starts; tasks left pending stay on the loop for the next call. JavaScript has one event loop that runs whenever nothing else does, so the asyncio-ts loop is driven explicitly: each such call is awaited (`await loop.runUntilComplete(main())`), and the code after it, and any function that calls it, waits for it as Python's would.",
  },
  loopCallbacks: {
    title: "call_soon and call_later go through asyncio's queues",
    body: "`loop.call_soon(f, *args)` appends `f(*args)` to the loop's ready queue (FIFO, after what is already scheduled); `call_later`/`call_at` put it in the timer heap, ordered by deadline (exactly equal deadlines, from `call_at` with one `when`, come out in the order Python's `heapq` gives them, which is not the order they were set; the asyncio-ts loop keeps its heap with heapq's algorithm, so they come out in CPython's order). JavaScript's `queueMicrotask` runs before any loop callback and `setTimeout` rounds delays to whole milliseconds, so the translation schedules on the asyncio-ts loop. The handle they return can be cancelled before it runs (`handle.cancel()`, `handle.cancelled()`, `handle.when()`).",
  },
  futureObject: {
    title: "A Future is a promise you resolve from outside",
    body: "An asyncio Future is completed by `set_result`/`set_exception` from any code, and can be queried with `done()` and `result()`. A JavaScript promise is settled only through the two functions its executor receives — the \"deferred\" pattern keeps them outside (`Promise.withResolvers()` since ES2024, Node 22) — and cannot be asked whether it is settled, so the runtime's `Future` class provides those methods and is awaitable like a promise. Its type parameter comes from what `set_result` is given.",
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
    body: "`async with asyncio.TaskGroup() as tg:` starts tasks that the block's exit waits for; the first failure cancels the others and all errors come out together as an `ExceptionGroup`. The translation gives the block to `asyncWith(new TaskGroup(), async (tg) => { ... })`, which enters the group, runs the block, and awaits the group's exit with the block's error (or `null`).",
  },
  asyncWith: {
    title: "async with on a lock",
    body: "`async with lock:` acquires the lock (waiting in FIFO order if it is held) and releases it however the block ends: `await asyncWith(lock, async () => { ... })` does what `await lock.acquire(); try { ... } finally { lock.release(); }` does.",
  },
  condition: {
    title: "asyncio.Condition",
    body: "`await cond.wait()` releases the condition's lock, waits for `notify()`/`notify_all()` from a task holding the lock, then takes the lock again before returning; woken waiters run in the order they started waiting. `wait_for(predicate)` re-checks the predicate after each wake-up. Calling `wait()` or `notify()` without holding the lock raises RuntimeError, as in Python.",
  },
  timeout: {
    title: "asyncio.timeout() cancels the block, then raises TimeoutError",
    body: "At the deadline the task running the block is cancelled: the `await` it is blocked on raises CancelledError (so `finally` and `except CancelledError` code in the block runs), and the block's exit turns that CancelledError into TimeoutError. JavaScript has no cancellation of a running `await`: `AbortSignal.timeout(ms)` gives a signal that must be threaded by hand through every call that should stop. So the block becomes `await asyncWith(timeoutAfter(delay), async (cm) => { ... })` (or `timeoutAt(when)`): the runtime enters it, runs the block, and calls its exit with whatever ended the block. `reschedule()` moves the deadline and `expired()` tells whether it was hit.",
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
  iteratorClass: {
    title: "Classes with __iter__/__next__",
    body: "`for x in obj` over an object whose class defines `__iter__` (returning an object with `__next__`) calls them as Python does, and `raise StopIteration` ends the loop. JavaScript's `for...of` wants `[Symbol.iterator]()` returning an object whose `next()` gives `{ value, done }`, and throws a TypeError (\"is not iterable\") otherwise, so the object goes through the `iter()` helper, which adapts one protocol to the other.",
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
    body: "In the translation `time.perf_counter()`, `time.monotonic()` and `time.time()` all read the loop's clock (in CPython `time.time()` is wall-clock time since 1970, far from `loop.time()`). On the virtual clock a program that awaits `asyncio.sleep(2)` measures exactly 2.0 s without waiting; CPython measures a little more (2.002...), so durations compare the same (`>= 2`) while their digits differ. In JavaScript you would use `performance.now()` (milliseconds).",
  },
  wallClock: {
    title: "time.strftime(), time.ctime() and datetime.now(): the wall-clock time",
    body: "`time.strftime(\"%X\")` and `datetime.now().strftime(...)` format the local time with C's `%` directives; JavaScript's `Date` has none (only `toISOString()`, `toUTCString()` and the `toLocale...String()` family), so the `strftime` helper implements them as glibc does in the C locale, and `PyDateTime`/`PyTimedelta` print as Python's datetime and timedelta. The time read moves with the program's clock: on the virtual clock, a program that awaits `asyncio.sleep(2)` shows a time 2 s later without waiting, and `datetime.now() - start` is exactly `0:00:02`. CPython shows the time of its own run, so the printed times differ from run to run.",
  },
  blockingSleep: {
    title: "time.sleep() blocks the event loop",
    body: "`time.sleep()` is not `await asyncio.sleep()`: it blocks the thread, so no other task and no timer runs until it returns, and the tasks that were due run late. JavaScript has no sleep function: `Atomics.wait` blocks a thread (Node allows it on the main thread; browsers only in workers). The translation blocks the same way: on the virtual clock the time jumps while nothing else runs.",
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
  seededRandom: {
    title: "random is CPython's Mersenne Twister",
    body: "`Math.random()` cannot be seeded, and no two engines agree on its numbers. Python's `random` is the Mersenne Twister seeded through `init_by_array` (an int by its absolute value's 32-bit words, a str with its SHA-512 appended), and `randint`, `choice`, `shuffle`, `sample` draw through `getrandbits` with rejection sampling, `random()` from two 32-bit words. The `defaultRandom` helper (a `PyRandom`) does exactly the same, so after `random.seed(42)` the translation prints CPython's numbers.",
  },
  collectionsClasses: {
    title: "collections: deque, Counter, defaultdict, OrderedDict, namedtuple",
    body: "JavaScript has `Map` and arrays but none of these. `deque` is a class over an array (with `maxlen` dropping from the other end); `Counter`, `defaultdict` and `OrderedDict` extend `Map`, so they iterate and index like the dict they are in Python, and a missing key asks `__missing__` (a `Counter` answers 0 without storing it, a `defaultdict` stores its factory's value). Each prints as CPython prints it: `Counter({'a': 2})` ordered by count, `deque([1, 2], maxlen=3)`.",
  },
  itertoolsLazy: {
    title: "itertools are lazy generators",
    body: "`itertools.count()`, `cycle()`, `islice()`, `chain()`, `product()`, `accumulate()`, `groupby()` and `zip_longest()` produce items on demand, like JavaScript generator functions (`function*`), which is what they become here: `islice(count(), 5)` takes five items of an endless generator. As in Python, a `groupby` group is only good until the next group is asked for.",
  },
  mathModule: {
    title: "math: ints from floor/ceil, errors instead of NaN",
    body: "`math.floor(2.5)` is the int 2 and `math.sqrt(-1)` raises `ValueError: math domain error`, where JavaScript's `Math.sqrt(-1)` is `NaN`. The helpers raise Python's errors, and `log`/`exp`/`sin`/`cos` are rounded correctly so their last digit matches the C library CPython uses (JavaScript's `Math.log` may differ in the last bit).",
  },
  jsonModule: {
    title: "json.dumps spacing differs from JSON.stringify",
    body: "`json.dumps({'a': [1, 2]})` is `{\"a\": [1, 2]}` with a space after `:` and `,`, and escapes non-ASCII characters as `\\uXXXX` by default; `JSON.stringify` writes `{\"a\":[1,2]}` and keeps them. A float keeps its `.0` (`1.0`), `inf` is `Infinity`, and `indent`, `sort_keys` and `separators` work as in Python. `json.loads` makes dicts (Maps), not plain objects.",
  },
  statisticsModule: {
    title: "statistics.mean is exact",
    body: "`statistics.mean` adds the values exactly (as fractions) and rounds once, so `mean([0.1, 0.2, 0.4])` can differ in the last digit from `(0.1 + 0.2 + 0.4) / 3`; the mean of ints that divides evenly is an int (`mean([1, 2, 3])` is `2`). `median` of an even count is the mean of the middle two, a float.",
  },
  loggingModule: {
    title: "logging writes to stderr in its own format",
    body: "`logging.warning('x')` prints `WARNING:root:x` on stderr, not stdout; `info` and `debug` print nothing until `basicConfig(level=logging.INFO)` lowers the root level, and `basicConfig` only configures once. `console.warn` has none of this: the `Logger` helper keeps Python's levels, logger names, propagation to the root and `%(name)s`-style formats.",
  },
  contextVars: {
    title: "contextvars: each task runs in a copy of the context",
    body: "A `ContextVar` holds a value per context. asyncio gives every task a copy of the context current when the task was created, so a task's `set()` is invisible to its parent and its siblings, while values set before `create_task` are seen by the task. JavaScript has no such thing on the main thread (Node's `AsyncLocalStorage` is the nearest): the runtime gives each `Task` its context and switches to it whenever the task runs.",
  },
  stringModule: {
    title: "string constants",
    body: "`string.ascii_letters`, `string.digits`, `string.punctuation` and the others are plain strings; JavaScript has no such constants, so they are spelled out.",
  },
  mainGuard: {
    title: "if __name__ == \"__main__\"",
    body: "A translated file is always the main module, so the guard is always true.",
  },
  semaphore: {
    title: "Semaphore: n holders at a time",
    body: "`async with sem:` takes one of the semaphore's permits, waiting (first come, first served) while none is left, and gives it back however the block ends: `await sem.acquire(); try { ... } finally { sem.release(); }`. A `BoundedSemaphore` raises ValueError when released more often than acquired; a plain `Semaphore` lets its count grow.",
  },
  cancellation: {
    title: "task.cancel() has no JavaScript counterpart",
    body: "`task.cancel()` stops a task from outside: CancelledError is raised inside it at the `await` where it is suspended, so its `finally` and `except CancelledError` code runs, and awaiting the task then raises CancelledError. A JavaScript promise cannot be stopped from outside: cancellation is cooperative, with an `AbortController` whose `signal` the work must be given and check (`signal.aborted`, `signal.throwIfAborted()`, or an API taking `{ signal }`, such as `setTimeout` from `timers/promises`, which then rejects with an AbortError); work not given the signal runs on. The runtime's tasks implement asyncio's cancellation.",
  },
  unretrievedException: {
    title: "A task's exception that nobody retrieves",
    body: "A task that fails and is never awaited keeps its exception; when the task is garbage-collected CPython logs \"Task exception was never retrieved\" with the task and the traceback to stderr, and the program goes on (exit status 0 if nothing else fails). A task only the loop holds is collected as soon as it fails; one kept in a variable, when the variable goes (main returns). A rejected promise that nobody handles makes Node print the error and exit with status 1 (the default since Node 15), whoever holds the promise. JavaScript cannot see garbage collection, so the translation writes CPython's message when the loop closes (the end of `asyncio.run`), with only the last line of the traceback (the exception). Await the task, or read `task.exception()` in a done-callback, in both languages.",
  },
  floatingCoroutine: {
    title: "A coroutine never awaited never runs",
    body: "Calling an `async def` function without awaiting it (or making it a task) only creates a coroutine: its body never runs, and CPython warns \"RuntimeWarning: coroutine '...' was never awaited\". In JavaScript the same call runs the body at once up to its first `await`, and the promise floats: nobody waits for it or sees its error. The lint rule `@typescript-eslint/no-floating-promises` reports such calls in TypeScript.",
  },
  microtasks: {
    title: "One loop pass per step, not one microtask",
    body: "asyncio runs one callback per turn of its ready queue: a task's step, a done-callback, a `call_soon` callback. JavaScript runs every pending microtask (promise continuation) before the next macrotask (a timer, I/O, `setImmediate`), so a chain of promise continuations runs to its end before any timer fires. The runtime gives each asyncio step its own turn of its ready queue, so tasks interleave as in CPython.",
  },
  timerGranularity: {
    title: "Timer granularity",
    body: "asyncio keeps a delay as a float number of seconds: `sleep(0.0005)` waits half a millisecond and `call_later(0.0017, f)` fires after `call_later(0.001, g)`. Node's `setTimeout` turns a delay under 1 ms into 1 ms and truncates fractions (1.7 ms becomes 1 ms). The asyncio-ts loop keeps its own timer heap in seconds, so deadlines are CPython's.",
  },
  eagerTaskFactory: {
    title: "Eager task start is opt-in in Python 3.12",
    body: "JavaScript runs an async function's body at once, up to its first `await`. asyncio starts a task on the next loop pass, unless the program opts in to the JavaScript way: Python 3.12's `loop.set_task_factory(asyncio.eager_task_factory)` runs the coroutine inside `create_task` until it first suspends. This translation follows Python 3.11's default (lazy start).",
  },
  aggregateError: {
    title: "ExceptionGroup and AggregateError",
    body: "JavaScript's nearest relative of `ExceptionGroup` is `AggregateError`: `Promise.any` rejects with one when every promise failed, its `errors` holding the reasons. It has no `split`/`subgroup` and no `except*` to handle its parts, and `Promise.all` rejects with the first error only; the runtime's ExceptionGroup class does what Python's does.",
  },
  awaitUsing: {
    title: "async with and await using",
    body: "`async with cm:` calls `cm.__aexit__(type, exc, tb)` with the body's exception, and the exit can suppress it by returning true. TypeScript's `await using x = ...` (5.2) calls `x[Symbol.asyncDispose]()` when the block ends, but the disposer is not told whether the body threw and cannot suppress the error; if the disposer throws too, both are wrapped in a `SuppressedError` (`error` the disposer's, `suppressed` the body's). TaskGroup's exit must see the body's error (to cancel its tasks and group the errors), so the translation gives the block to `asyncWith(manager, async (x) => { ... })`, which calls the exit with the block's error and swallows the error when a program's `__aexit__` returns a true value.",
  },
  sleepZero: {
    title: "sleep(0) gives every ready callback a turn",
    body: "`await asyncio.sleep(0)` yields exactly one loop pass: the callbacks and tasks ready now run once, then this task goes on. Its JavaScript counterparts are `await new Promise((r) => setImmediate(r))` and `scheduler.yield()` (Node's `timers/promises`, and Chromium), after which due timers and I/O have run too. `await null` or `await Promise.resolve()` waits only for the microtask queue: a loop of them never lets a timer fire.",
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
