/** Python's exception classes (ValueError, KeyError, asyncio.CancelledError...) as JS Error subclasses that keep Python's names, args and printing. */
import { isTuple, markTuple } from "./tuple";

/** Any class (constructor) whatever its parameters. */
export type AnyClass = abstract new (...args: never[]) => unknown;

/**
 * A class's Python name: its own static `pythonName` when the TS name had to differ (PyTypeError is
 * Python's TypeError, renamed so it does not hide JS's TypeError), else the class's own name.
 */
export function pythonClassName(cls: AnyClass): string {
  const own = Object.getOwnPropertyDescriptor(cls, "pythonName");
  return typeof own?.value === "string" ? own.value : cls.name;
}

/** A short message for JS tools (debuggers, stack traces); Python's own text comes from str() in the format unit. */
export function exceptionMessage(args: readonly unknown[]): string {
  const show = (a: unknown): string => (typeof a === "string" ? a : String(a));
  if (args.length === 0) return "";
  if (args.length === 1) return show(args[0]);
  return "(" + args.map(show).join(", ") + ")";
}

/** Python's BaseException: the root of all exceptions; `args` holds the constructor arguments, as in Python. */
export class BaseException extends Error {
  args: unknown[];
  /** Set by `raise X from Y`. */
  __cause__: BaseException | null = null;
  /** The exception being handled when this one was raised. */
  __context__: BaseException | null = null;

  constructor(...args: unknown[]) {
    super(exceptionMessage(args));
    this.args = args;
    // new.target is the class actually constructed, so `class MyError extends Exception {}` is named MyError.
    this.name = pythonClassName(new.target);
  }
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
/**
 * str(KeyError('x')) is `'x'` (the repr of the key), unlike other exceptions. The JavaScript message says
 * so for a str or tuple key too, for a runner that shows an uncaught error without the runtime's formatting.
 */
export class KeyError extends LookupError {
  constructor(...args: unknown[]) {
    super(...args);
    if (args.length === 1 && (typeof args[0] === "string" || isTuple(args[0]))) this.message = keyText(args[0]);
  }
}

/** A str key, or a tuple of str and numbers, as repr() writes it; other values as JavaScript writes them. */
function keyText(key: unknown): string {
  if (typeof key === "string") return quotedKey(key);
  if (!Array.isArray(key) || !isTuple(key)) return String(key);
  return "(" + key.map(keyText).join(", ") + (key.length === 1 ? ",)" : ")");
}

/**
 * The KeyError of a key missing from a dict. An array there is a tuple (a list is unhashable in Python),
 * but the translation marks tuples only where their type is lost, so it is marked here, as a copy (the
 * program's array is left alone), to print as `KeyError: (2, 1)`.
 */
export function missingKey(key: unknown): KeyError {
  return new KeyError(keyTuple(key));
}

function keyTuple(key: unknown): unknown {
  if (!Array.isArray(key) || Object.getPrototypeOf(key) !== Array.prototype) return key;
  const items = key.map(keyTuple);
  return isTuple(key) && items.every((item, i) => item === key[i]) ? key : markTuple(items);
}

/** A str key as repr() writes it: single quotes unless it holds one and no double quote. */
function quotedKey(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}
export class ValueError extends Exception {}
/** Python's TypeError (JS already has a TypeError, so the TS name differs; it still prints as TypeError). */
export class PyTypeError extends Exception {
  static readonly pythonName = "TypeError";
}
export class AttributeError extends Exception {}
export class NameError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class AssertionError extends Exception {}
export class OSError extends Exception {}
export class ConnectionError extends OSError {}
/** Python's builtin TimeoutError (asyncio.TimeoutError is the same class since 3.11). */
export class TimeoutError extends OSError {}
/** Ends a `for` loop over an iterator; `value` is the generator's return value. */
export class StopIteration extends Exception {
  get value(): unknown {
    return this.args.length > 0 ? this.args[0] : null;
  }
}
export class StopAsyncIteration extends Exception {}
export class KeyboardInterrupt extends BaseException {}
/** Raised at a generator's `yield` by close()/aclose(): a BaseException, so `except Exception` lets it through. */
export class GeneratorExit extends BaseException {}
/** sys.exit(): `code` is the exit status (None means 0; a string is printed to stderr and means 1). */
export class SystemExit extends BaseException {
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}
/** asyncio.CancelledError: a BaseException since Python 3.8, so `except Exception` does not swallow a cancellation. */
export class CancelledError extends BaseException {}
/** asyncio.InvalidStateError: e.g. asking a pending future for its result. */
export class InvalidStateError extends Exception {}

/** "msg (2 sub-exceptions)", the str() of an exception group. */
export function groupText(message: string, count: number): string {
  return `${message} (${count} sub-exception${count === 1 ? "" : "s"})`;
}

/** What split() and subgroup() select by: a class, a tuple (array) of classes, or a predicate. */
export type ExceptionCondition = AnyClass | readonly AnyClass[] | ((exc: BaseException) => unknown);

function conditionTest(condition: ExceptionCondition): (exc: BaseException) => boolean {
  if (Array.isArray(condition)) return (exc) => condition.some((cls) => exc instanceof cls);
  if (isClass(condition)) return (exc) => exc instanceof condition;
  return (exc) => Boolean((condition as (exc: BaseException) => unknown)(exc));
}

/**
 * BaseExceptionGroup(message, exceptions): several exceptions raised together (TaskGroup, except*).
 * As in Python, constructing one from Exceptions only gives an ExceptionGroup.
 */
export class BaseExceptionGroup extends BaseException {
  /** Python's `eg.message`: the text given to the constructor, without the sub-exception count. */
  override readonly message: string;
  readonly exceptions: readonly BaseException[];

  constructor(message: string, exceptions: readonly BaseException[]) {
    // args keeps a tuple a tuple: `ExceptionGroup('', (ValueError(1),))` when except* wraps a lone exception.
    super(message, isTuple(exceptions) ? markTuple([...exceptions]) : [...exceptions]);
    if (exceptions.length === 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
    this.message = message;
    this.exceptions = markTuple([...exceptions]);
    if (new.target === BaseExceptionGroup && exceptions.every((e) => e instanceof Exception)) {
      // A constructor may return another object: Python's BaseExceptionGroup.__new__ does the same.
      return new ExceptionGroup(message, exceptions);
    }
  }

  override toString(): string {
    return groupText(this.message, this.exceptions.length);
  }

  /** eg.derive(excs): a group like this one (same message) around other exceptions; split() uses it. */
  derive(exceptions: readonly BaseException[]): BaseExceptionGroup {
    return new BaseExceptionGroup(this.message, exceptions);
  }

  /** eg.subgroup(condition): the group of the matching leaves (nesting kept), or null when none match. */
  subgroup(condition: ExceptionCondition): BaseExceptionGroup | null {
    return this.split(condition)[0];
  }

  /** eg.split(condition): [the matching part, the rest], each a group with this one's nesting, or null. */
  split(condition: ExceptionCondition): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    return splitGroup(this, conditionTest(condition));
  }
}

function splitGroup(group: BaseExceptionGroup, test: (exc: BaseException) => boolean): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
  if (test(group)) return [group, null];
  const matched: BaseException[] = [];
  const rest: BaseException[] = [];
  for (const exc of group.exceptions) {
    if (exc instanceof BaseExceptionGroup) {
      const [m, r] = splitGroup(exc, test);
      if (m) matched.push(m);
      if (r) rest.push(r);
    } else if (test(exc)) {
      matched.push(exc);
    } else {
      rest.push(exc);
    }
  }
  const part = (excs: BaseException[]): BaseExceptionGroup | null => {
    if (excs.length === 0) return null;
    const derived = group.derive(excs);
    derived.__cause__ = group.__cause__;
    derived.__context__ = group.__context__;
    return derived;
  };
  return [part(matched), part(rest)];
}

/**
 * ExceptionGroup: a group of Exceptions. Python makes it a subclass of both BaseExceptionGroup and
 * Exception; JS has single inheritance, so it extends BaseExceptionGroup and `instanceof Exception`
 * also answers true for it (see Exception's Symbol.hasInstance below).
 */
export class ExceptionGroup extends BaseExceptionGroup {
  constructor(message: string, exceptions: readonly BaseException[]) {
    if (!exceptions.every((e) => e instanceof Exception)) throw new PyTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    super(message, exceptions);
  }
}

// `eg instanceof Exception` (Python: isinstance(eg, Exception)) is true for an ExceptionGroup.
Object.defineProperty(Exception, Symbol.hasInstance, {
  value(this: AnyClass, value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === Exception && value instanceof ExceptionGroup);
  },
});

export function isExceptionGroup(x: unknown): x is BaseExceptionGroup {
  return x instanceof BaseExceptionGroup;
}

/**
 * `try: ... except* T as eg: ...` (Python 3.11): the caught exception is split clause by clause; each
 * clause that matches runs with the group of its matches; what the clauses raise and the unmatched rest
 * are raised again together once all clauses ran (reraise()).
 */
export class ExceptStar {
  private readonly original: unknown;
  private rest: unknown;
  private current: BaseExceptionGroup | null = null;
  /** Match groups given to clauses: raising one again (`raise`, `raise eg`) re-raises its part of the original. */
  private readonly handedOut = new Set<BaseExceptionGroup>();
  private readonly raised: BaseException[] = [];
  private readonly reraised: BaseException[] = [];

  constructor(err: unknown) {
    this.original = err;
    this.rest = err;
  }

  /** The next clause, `except* classes`: true (and `matched` set) when part of the exception is an instance. */
  match(...classes: AnyClass[]): boolean {
    const rest = this.rest;
    this.current = null;
    if (!(rest instanceof BaseException)) return false;
    const test = (exc: BaseException): boolean => classes.some((cls) => exc instanceof cls);
    let matched: BaseExceptionGroup | null;
    if (rest instanceof BaseExceptionGroup) {
      [matched, this.rest] = rest.split(test);
    } else {
      // A naked exception is wrapped in a group (message "") for the clause that matches it.
      matched = test(rest) ? new BaseExceptionGroup("", markTuple([rest])) : null;
      if (matched) this.rest = null;
    }
    if (matched) this.handedOut.add(matched);
    this.current = matched;
    return matched !== null;
  }

  /** The group of the exceptions the current clause matched (`as eg`). */
  get matched(): BaseExceptionGroup {
    if (this.current === null) throw new RuntimeError("no except* clause matched");
    return this.current;
  }

  /** A clause raised `err`: kept until every clause has run. */
  raise(err: unknown): void {
    if (err instanceof BaseExceptionGroup && this.handedOut.has(err)) this.reraised.push(err);
    else if (err instanceof BaseException) this.raised.push(err);
    else throw err;
  }

  /** After the last clause: throw what the clauses raised together with the unmatched rest, if anything. */
  reraise(): void {
    const original = this.original;
    if (!(original instanceof BaseExceptionGroup)) {
      // A naked exception: at most one clause ran; it raised something, or the exception was not matched.
      const next = this.raised[0] ?? this.reraised[0] ?? this.rest;
      if (next !== null && next !== undefined) throw next;
      return;
    }
    if (this.rest instanceof BaseException) this.reraised.push(this.rest);
    const leaves = new Set(this.reraised.flatMap(leavesOf));
    const kept = leaves.size > 0 ? original.split((exc) => leaves.has(exc))[0] : null;
    if (this.raised.length === 0) {
      if (kept) throw kept;
      return;
    }
    const all = kept ? [...this.raised, kept] : this.raised;
    throw all.length === 1 ? all[0]! : new BaseExceptionGroup("", all);
  }
}

function leavesOf(exc: BaseException): BaseException[] {
  return exc instanceof BaseExceptionGroup ? exc.exceptions.flatMap(leavesOf) : [exc];
}

/** The Python module of each built-in class, for `<class 'ValueError'>` vs `<class 'asyncio.exceptions.CancelledError'>`. */
export const builtinClassModules: ReadonlyMap<AnyClass, string> = new Map<AnyClass, string>([
  ...[
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError,
    ValueError, PyTypeError, AttributeError, NameError, RuntimeError, NotImplementedError, RecursionError,
    AssertionError, OSError, TimeoutError, StopIteration, StopAsyncIteration, KeyboardInterrupt, GeneratorExit, SystemExit,
    BaseExceptionGroup, ExceptionGroup,
  ].map((cls): [AnyClass, string] => [cls, "builtins"]),
  [CancelledError, "asyncio.exceptions"],
  [InvalidStateError, "asyncio.exceptions"],
]);

/** The module a class belongs to: built-ins know theirs; every other class was defined by the program (`__main__`). */
export function pythonModuleOf(cls: AnyClass): string {
  const own = Object.getOwnPropertyDescriptor(cls, "pythonModule");
  if (typeof own?.value === "string") return own.value;
  return builtinClassModules.get(cls) ?? "__main__";
}

/** A class's qualified name as tracebacks and `<class '...'>` show it: builtins and __main__ are left out of tracebacks. */
export function pythonQualifiedName(cls: AnyClass): string {
  const module = pythonModuleOf(cls);
  const name = pythonClassName(cls);
  return module === "builtins" || module === "__main__" ? name : `${module}.${name}`;
}

/** True for a class (as opposed to a plain function): `class` syntax, or one of ours. */
export function isClass(value: unknown): value is AnyClass {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/** The name of a value's Python type, as error messages use it: `'<' not supported between instances of 'str' and 'int'`. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "function":
      return isClass(value) ? "type" : "function";
    default:
      break;
  }
  if (Array.isArray(value)) return isTuple(value) ? "tuple" : "list";
  if (value instanceof Number) return "float"; // a whole float kept as a float (pyFloat)
  const typeName = Object.getOwnPropertyDescriptor((value as object).constructor ?? {}, "typeName")?.value;
  if (typeof typeName === "string") return typeName;
  if (value instanceof Map) return "dict";
  if (value instanceof Set) return "set";
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Generator]") return "generator";
  if (tag === "[object AsyncGenerator]") return "async_generator";
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor === "function" && ctor !== Object) return pythonClassName(ctor as AnyClass);
  return "object";
}

/** `raise exc from cause`: sets __cause__ (None for `from None`) and gives the exception back to throw. */
export function withCause<E extends BaseException>(exc: E, cause: unknown): E {
  exc.__cause__ = cause instanceof BaseException ? cause : null;
  return exc;
}
