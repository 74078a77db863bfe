/** `with` and `async with` as one call: enter the manager, run the block, exit with the block's exception (a true exit swallows it). */
import { truthy } from "./compare";
import { typeOf } from "./convert";

/** The runtime's own managers (TaskGroup, Lock, timeout()...): enter, then exit with the block's error, null when it finished. A true result swallows the error. */
export interface AsyncContext<T> {
  enter(): T | Promise<T>;
  exit(err: unknown): unknown;
}

/** A class of the program with __aenter__/__aexit__. */
export interface PyAsyncContext<T> {
  __aenter__(): Promise<T>;
  __aexit__(excType: unknown, exc: unknown, tb: null): Promise<unknown>;
}

/** A class of the program with __enter__/__exit__. */
export interface PySyncContext<T> {
  __enter__(): T;
  __exit__(excType: unknown, exc: unknown, tb: null): unknown;
}

/** Either protocol as the runtime's: __aexit__(type, exc, tb) gets the error's class, the error and no traceback. */
export function asyncContextOf<T>(manager: AsyncContext<T> | PyAsyncContext<T>): AsyncContext<T> {
  if (!("__aenter__" in manager)) return manager;
  return { enter: () => manager.__aenter__(), exit: (err) => manager.__aexit__(err === null ? null : typeOf(err), err, null) };
}

/**
 * `async with manager as entered: body`. The exit runs however the block ends; when the block raised, a
 * true (in Python's sense) exit result swallows the exception, as CPython's `if not await exit(...)` does.
 */
export async function asyncWith<T>(manager: AsyncContext<T> | PyAsyncContext<T>, body: (entered: T) => Promise<void>): Promise<void> {
  const cm = asyncContextOf(manager);
  const entered = await cm.enter();
  try {
    await body(entered);
  } catch (err) {
    if (!truthy(await cm.exit(err))) throw err;
    return;
  }
  await cm.exit(null);
}

/** `with manager as entered: body`; a block that awaits (in a coroutine) is an async function, and the exit waits for it. */
export function withContext<T>(manager: PySyncContext<T>, body: (entered: T) => Promise<void>): Promise<void>;
export function withContext<T>(manager: PySyncContext<T>, body: (entered: T) => void): void;
export function withContext<T>(manager: PySyncContext<T>, body: (entered: T) => void | Promise<void>): void | Promise<void> {
  const entered = manager.__enter__();
  const failed = (err: unknown): void => {
    if (!truthy(manager.__exit__(typeOf(err), err, null))) throw err;
  };
  let pending: void | Promise<void>;
  try {
    pending = body(entered);
  } catch (err) {
    failed(err);
    return;
  }
  const finished = (): void => void manager.__exit__(null, null, null);
  return pending instanceof Promise ? pending.then(finished, failed) : finished();
}
