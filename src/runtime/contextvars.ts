/** Python's `contextvars`: ContextVar get/set/reset, ContextToken, copy_context() and PyContext.run, with asyncio's rule that each task runs in a copy of the context current when it was created. */
import { KeyError, LookupError, RuntimeError, ValueError } from "./exceptions";
import { contextCapture, currentTaskSlot } from "./loop";
import { reprValue } from "./repr";
import { markTuple } from "./tuple";

/** A contextvars.Context: variables to values. */
export class PyContext {
  static readonly pythonName = "Context";
  static readonly pythonModule = "contextvars";
  constructor(readonly values: Map<ContextVar<unknown>, unknown> = new Map()) {}
  /** ctx.run(fn, *args): call fn with this context current, then restore the previous one. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R {
    if (contextStack.includes(this)) throw new RuntimeError("cannot enter context: <PyContext> is already entered");
    contextStack.push(this);
    try {
      return fn(...args);
    } finally {
      contextStack.pop();
    }
  }
  get<T, D = null>(variable: ContextVar<T>, fallback: D = null as D): T | D {
    return this.values.has(variable as ContextVar<unknown>) ? (this.values.get(variable as ContextVar<unknown>) as T) : fallback;
  }
  has(variable: ContextVar<unknown>): boolean {
    return this.values.has(variable);
  }
  keys(): ContextVar<unknown>[] {
    return [...this.values.keys()];
  }
  /** ctx.values(): named so as not to hide the map the class keeps (`this.values`). */
  valuesList(): unknown[] {
    return [...this.values.values()];
  }
  items(): [ContextVar<unknown>, unknown][] {
    return [...this.values].map((pair) => markTuple(pair));
  }
  /** `var in ctx`. */
  includes(variable: unknown): boolean {
    return this.values.has(variable as ContextVar<unknown>);
  }
  /** `ctx[var]`: KeyError when the context has no value for it. */
  item<T>(variable: ContextVar<T>): T {
    if (!this.values.has(variable as ContextVar<unknown>)) throw new KeyError(variable);
    return this.values.get(variable as ContextVar<unknown>) as T;
  }
  get size(): number {
    return this.values.size;
  }
  __len__(): number {
    return this.values.size;
  }
  copy(): PyContext {
    return new PyContext(new Map(this.values));
  }
}

/** The program's own context (outside every task), and the contexts entered with PyContext.run. */
const mainContext = new PyContext();
const contextStack: PyContext[] = [];

/** The context code runs in now: one entered by PyContext.run, else the running task's, else the program's. */
export function currentContext(): PyContext {
  const entered = contextStack[contextStack.length - 1];
  if (entered) return entered;
  const task = currentTaskSlot.task as { context?: unknown } | null;
  return task?.context instanceof PyContext ? task.context : mainContext;
}

contextCapture.copy = () => currentContext().copy();
contextCapture.run = (context, fn) => (context as PyContext).run(fn);

/** contextvars.copy_context(). */
export function copyContext(): PyContext {
  return currentContext().copy();
}

/** contextvars.Token.MISSING: a token's old_value when the variable had no value. */
const tokenMissing = { __repr__: (): string => "<Token.MISSING>" };

/** What ContextVar.set returns: reset(token) puts back the value from before. */
export class ContextToken<T> {
  static readonly pythonName = "Token";
  static readonly pythonModule = "contextvars";
  used = false;
  constructor(
    readonly variable: ContextVar<T>,
    readonly context: PyContext,
    readonly previous: { value: T } | null,
  ) {}
  /** token.var */
  get var(): ContextVar<T> {
    return this.variable;
  }
  /** token.old_value: the value before set(), or Token.MISSING when there was none. */
  get oldValue(): T | typeof tokenMissing {
    return this.previous === null ? tokenMissing : this.previous.value;
  }
}

const noDefault = Symbol("no default");

/** contextvars.ContextVar(name, *, default=...). */
export class ContextVar<T> {
  static readonly pythonName = "ContextVar";
  static readonly pythonModule = "contextvars";
  private readonly fallback: T | typeof noDefault;
  constructor(readonly name: string, options: { default?: T } = {}) {
    this.fallback = "default" in options ? (options.default as T) : noDefault;
  }
  /** get([default]): the value in the current context, else the given default, else the variable's, else LookupError. */
  get(...fallback: [T?]): T {
    const context = currentContext();
    if (context.values.has(this as ContextVar<unknown>)) return context.values.get(this as ContextVar<unknown>) as T;
    if (fallback.length > 0) return fallback[0] as T;
    if (this.fallback !== noDefault) return this.fallback;
    throw new LookupError(this);
  }
  set(value: T): ContextToken<T> {
    const context = currentContext();
    const key = this as ContextVar<unknown>;
    const token = new ContextToken<T>(this, context, context.values.has(key) ? { value: context.values.get(key) as T } : null);
    context.values.set(key, value);
    return token;
  }
  reset(token: ContextToken<T>): void {
    if (token.used) throw new RuntimeError("<ContextToken> has already been used once");
    if (token.variable !== this) throw new ValueError("<ContextToken> was created by a different ContextVar");
    const context = currentContext();
    if (token.context !== context) throw new ValueError("<ContextToken> was created in a different PyContext");
    token.used = true;
    if (token.previous === null) context.values.delete(this as ContextVar<unknown>);
    else context.values.set(this as ContextVar<unknown>, token.previous.value);
  }
  /** CPython adds the address (`at 0x7f...`), which changes on every run; the rest is the same. */
  __repr__(): string {
    const fallback = this.fallback === noDefault ? "" : ` default=${reprValue(this.fallback, null, new Set())}`;
    return `<ContextVar name=${reprValue(this.name, null, new Set())}${fallback}>`;
  }
}
