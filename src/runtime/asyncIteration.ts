/** Python's async iteration over JavaScript async generators: aiter(), anext(), asend(), athrow(), aclose(), classes with __aiter__/__anext__, and generators left suspended by `break` (closed when CPython would close them). */
import { BaseException, GeneratorExit, RuntimeError, StopAsyncIteration } from "./exceptions";
import { Future } from "./future";
import { gather } from "./gather";
import { callSoon } from "./loop";
import { createTask, shutdownSteps } from "./tasks";

/** A Python-style async iterable: a class with `__aiter__` returning an object with `async __anext__`. */
export interface PyAsyncIterable<T> {
  __aiter__(): PyAsyncIterator<T>;
}
export interface PyAsyncIterator<T> {
  __anext__(): Promise<T>;
}

type AnyAsyncGenerator = AsyncGenerator<unknown, unknown, never>;

/**
 * Async generators that have started and not finished. CPython's asyncio.run closes those still
 * suspended when the program ends (loop.shutdown_asyncgens()); the run() helper does the same.
 */
const suspendedGenerators = { open: new Set<AnyAsyncGenerator>(), hooked: false };

function isGenerator(it: object): it is AnyAsyncGenerator {
  return typeof (it as { throw?: unknown }).throw === "function" && typeof (it as { next?: unknown }).next === "function";
}

/** One step of an async generator, keeping track of whether it is left suspended. */
async function stepTracked<T, S>(gen: AsyncGenerator<T, unknown, S>, run: () => Promise<IteratorResult<T, unknown>>): Promise<IteratorResult<T, unknown>> {
  const open = suspendedGenerators.open as Set<unknown>;
  if (!suspendedGenerators.hooked) {
    suspendedGenerators.hooked = true;
    shutdownSteps.push(closeSuspendedGenerators);
  }
  open.add(gen);
  watchEnd(gen);
  try {
    const result = await run();
    if (result.done) open.delete(gen);
    return result;
  } catch (err) {
    open.delete(gen);
    throw err;
  }
}

const watched = new WeakSet<object>();

/**
 * A tracked generator may be finished by a plain `for await` (a loop that cannot end early), which calls its
 * next() directly: its own next() then says so, and asyncio.run does not close it (CPython makes no aclose()
 * task for a finished generator). The returned promise is the generator's own, so no await takes longer.
 */
function watchEnd<T, S>(gen: AsyncGenerator<T, unknown, S>): void {
  if (watched.has(gen)) return;
  watched.add(gen);
  const next = gen.next.bind(gen);
  gen.next = (...args: [] | [S]): Promise<IteratorResult<T, unknown>> => {
    const step = next(...args);
    step.then(
      (result) => {
        if (result.done) suspendedGenerators.open.delete(gen as unknown as AnyAsyncGenerator);
      },
      () => suspendedGenerators.open.delete(gen as unknown as AnyAsyncGenerator),
    );
    return step;
  };
}

/** asyncio.run's last step: aclose() every generator still suspended, each in a task of its own. */
function closeSuspendedGenerators(): Future<null> | null {
  const generators = [...suspendedGenerators.open];
  suspendedGenerators.open.clear();
  suspendedGenerators.hooked = false;
  if (generators.length === 0) return null;
  const allClosed = new Future<null>();
  let pending = generators.length;
  for (const gen of generators) {
    createTask(() => aclose(gen)).addDoneCallback(() => {
      if (--pending === 0) allClosed.setResult(null);
    });
  }
  return allClosed;
}

/**
 * loop.shutdown_asyncgens(), as old-style programs call it before loop.close(): aclose() every async generator
 * left suspended, gathered (each in a task of its own), as CPython's BaseEventLoop does.
 */
export async function shutdownAsyncgens(): Promise<void> {
  const generators = [...suspendedGenerators.open];
  suspendedGenerators.open.clear();
  if (generators.length === 0) return;
  await gather(generators.map((gen) => () => aclose(gen)), { returnExceptions: true });
}

/** aiter(x): an async generator is its own iterator; a class with __aiter__/__anext__ is adapted to `for await`. */
export function aiter<T>(iterable: AsyncIterable<T> | PyAsyncIterable<T>): AsyncIterableIterator<T> {
  if (!("__aiter__" in iterable)) return iterable[Symbol.asyncIterator]() as AsyncIterableIterator<T>;
  const inner = iterable.__aiter__();
  // `async def __aiter__(self): ... yield`: an async generator, already a JavaScript async iterator.
  if (!("__anext__" in inner) && Symbol.asyncIterator in inner) return inner as AsyncIterableIterator<T>;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    // StopAsyncIteration raised by __anext__ ends the loop, as in Python.
    async next(): Promise<IteratorResult<T, undefined>> {
      try {
        return { done: false, value: await inner.__anext__() };
      } catch (err) {
        if (err instanceof StopAsyncIteration) return { done: true, value: undefined };
        throw err;
      }
    },
  };
}

/**
 * `async for x in gen:` where the loop may end early (break, return, an exception): in Python that
 * leaves the generator suspended at its `yield` (its `finally` runs at aclose() or when asyncio.run
 * ends), whereas `for await` would close it at once. So the loop gets an iterator without return().
 */
export function keepOpen<T>(gen: AsyncGenerator<T, unknown, undefined>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => ({ next: () => stepTracked(gen, () => gen.next()) }) };
}

/**
 * `async for x in make_gen():` that may end early: the generator object is dropped with the loop, and
 * CPython's finalizer then schedules its aclose() as a new task (call_soon + create_task), so its
 * `finally` runs two loop passes later rather than at once as with a plain `for await`.
 */
export function closeWhenDropped<T>(gen: AsyncGenerator<T, unknown, undefined>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => stepTracked(gen, () => gen.next()),
      return: (): Promise<IteratorResult<T, undefined>> => {
        if (suspendedGenerators.open.delete(gen as AnyAsyncGenerator)) callSoon(() => createTask(() => aclose(gen)));
        return Promise.resolve({ done: true, value: undefined });
      },
    }),
  };
}

/** anext(it) / it.__anext__(): the next value; StopAsyncIteration (or `fallback`, if given) at the end. */
export async function anext<T, D = never>(it: AsyncIterator<T> | PyAsyncIterator<T>, ...fallback: [] | [D]): Promise<T | D> {
  if ("__anext__" in it) {
    try {
      return await it.__anext__();
    } catch (err) {
      if (err instanceof StopAsyncIteration && fallback.length > 0) return fallback[0] as D;
      throw err;
    }
  }
  const result = isGenerator(it) ? await stepTracked(it as AsyncGenerator<T, unknown, undefined>, () => it.next()) : await it.next();
  if (!result.done) return result.value;
  if (fallback.length > 0) return fallback[0] as D;
  throw new StopAsyncIteration();
}

/** gen.asend(value): resumes the generator with `value` as the result of its `yield`. */
export async function asend<T, S>(gen: AsyncGenerator<T, unknown, S>, value: S): Promise<T> {
  const result = await stepTracked(gen, () => gen.next(value));
  if (result.done) throw new StopAsyncIteration();
  return result.value;
}

/** gen.athrow(error): raises `error` at the generator's `yield`; the next value it yields. */
export async function athrow<T>(gen: AsyncGenerator<T, unknown, unknown>, error: unknown): Promise<T> {
  // `gen.athrow(ValueError)`: a class is raised as an instance made with no arguments, as Python raises it.
  const raised = typeof error === "function" && error.prototype instanceof BaseException ? new (error as new () => BaseException)() : error;
  const result = await stepTracked(gen, () => gen.throw(raised));
  if (result.done) throw new StopAsyncIteration();
  return result.value;
}

/**
 * gen.aclose(): raises GeneratorExit at the generator's `yield`, as Python does, so its `except
 * GeneratorExit` and `finally` blocks run; a generator that yields again instead is an error.
 */
export async function aclose<T>(gen: AsyncGenerator<T, unknown, never>): Promise<void> {
  suspendedGenerators.open.delete(gen as AnyAsyncGenerator);
  let result: IteratorResult<T, unknown>;
  try {
    result = await gen.throw(new GeneratorExit());
  } catch (err) {
    if (err instanceof GeneratorExit || err instanceof StopAsyncIteration) return;
    throw err;
  }
  if (result.done) return;
  // Still suspended at a yield: asyncio.run will try to close it again at the end, as CPython does.
  suspendedGenerators.open.add(gen as AnyAsyncGenerator);
  throw new RuntimeError("async generator ignored GeneratorExit");
}
