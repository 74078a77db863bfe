/** contextlib.asynccontextmanager and AsyncExitStack: an async generator with one `yield` used by `async with`, and a stack of entered context managers exited last-first. */
import { truthy } from "./compare";
import { aclose } from "./asyncIteration";
import { RuntimeError, StopAsyncIteration } from "./exceptions";
import { type AsyncContext, type PyAsyncContext, asyncContextOf } from "./withBlocks";

/**
 * The context manager an @asynccontextmanager function gives: enter() runs the generator to its
 * `yield`; exit() resumes it, or raises the block's exception at the `yield` (CPython's __aexit__).
 */
export class AsyncGeneratorContextManager<T> implements AsyncContext<T> {
  constructor(private readonly gen: AsyncGenerator<T, unknown, undefined>) {}

  async enter(): Promise<T> {
    const step = await this.gen.next();
    if (step.done) throw new RuntimeError("generator didn't yield");
    return step.value;
  }

  async exit(err: unknown): Promise<boolean> {
    if (err === null) {
      const step = await this.gen.next();
      if (!step.done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    let step: IteratorResult<T, unknown>;
    try {
      step = await this.gen.throw(err);
    } catch (raised) {
      // The generator let the exception through (or raised it again): not suppressed.
      if (raised === err) return false;
      if (raised instanceof StopAsyncIteration && err instanceof StopAsyncIteration) return false;
      throw raised;
    }
    if (!step.done) throw new RuntimeError("generator didn't stop after athrow()");
    // The generator caught the exception and finished: the `async with` block's error is suppressed.
    return true;
  }
}

/** `@asynccontextmanager` applied where the function is called: `asyncContextManager(transaction("t1"))`. */
export function asyncContextManager<T>(gen: AsyncGenerator<T, unknown, undefined>): AsyncGeneratorContextManager<T> {
  return new AsyncGeneratorContextManager(gen);
}

/** contextlib.aclosing(gen): `async with` gives the generator itself and closes it (aclose()) when the block ends, however it ends. */
export class AsyncClosing<G extends AsyncGenerator<unknown, unknown, never>> implements AsyncContext<G> {
  constructor(private readonly gen: G) {}

  enter(): G {
    return this.gen;
  }

  async exit(): Promise<boolean> {
    await aclose(this.gen);
    return false;
  }
}

export function aclosing<G extends AsyncGenerator<unknown, unknown, never>>(gen: G): AsyncClosing<G> {
  return new AsyncClosing(gen);
}

/** contextlib.AsyncExitStack: `async with AsyncExitStack() as stack:` exits everything entered on it, last first. */
export class AsyncExitStack {
  private readonly exits: ((err: unknown) => Promise<boolean>)[] = [];

  /** stack.enter_async_context(cm): enter `cm` now; its exit runs when the stack unwinds. */
  async enterAsyncContext<T>(manager: AsyncContext<T> | PyAsyncContext<T>): Promise<T> {
    const cm = asyncContextOf(manager);
    const value = await cm.enter();
    this.exits.push(async (err) => truthy(await cm.exit(err)));
    return value;
  }

  /** `async with AsyncExitStack() as stack:` binds the stack itself. */
  enter(): this {
    return this;
  }

  /** stack.aclose(): exit everything now. */
  async aclose(): Promise<void> {
    await this.exit(null);
  }

  /** __aexit__: each exit sees the exception still pending (one may suppress it or raise another). */
  async exit(err: unknown): Promise<boolean> {
    let pending: unknown = err;
    for (let exit = this.exits.pop(); exit; exit = this.exits.pop()) {
      try {
        if (await exit(pending)) pending = null;
      } catch (raised) {
        pending = raised;
      }
    }
    if (pending !== null && pending !== err) throw pending;
    return err !== null && pending === null;
  }
}
