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
/** str(KeyError('x')) is `'x'` (the repr of the key), unlike other exceptions. */
export class KeyError extends LookupError {}
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

/** BaseExceptionGroup(message, exceptions): several exceptions raised together (TaskGroup, except*). */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions: readonly BaseException[];
  constructor(message: string, exceptions: readonly BaseException[]) {
    super(message, [...exceptions]);
    this.exceptions = markTuple([...exceptions]);
    this.message = groupText(message, exceptions.length);
  }
  override toString(): string {
    return groupText(String(this.args[0]), this.exceptions.length);
  }
}

/**
 * ExceptionGroup: a group of Exceptions. Python makes it a subclass of both BaseExceptionGroup and
 * Exception; JS has single inheritance, so it extends Exception (so `except Exception` catches it) and
 * isExceptionGroup() recognises both kinds of group.
 */
export class ExceptionGroup extends Exception {
  readonly exceptions: readonly BaseException[];
  constructor(message: string, exceptions: readonly BaseException[]) {
    super(message, [...exceptions]);
    this.exceptions = markTuple([...exceptions]);
    this.message = groupText(message, exceptions.length);
  }
  override toString(): string {
    return groupText(String(this.args[0]), this.exceptions.length);
  }
}

export function isExceptionGroup(x: unknown): x is BaseExceptionGroup | ExceptionGroup {
  return x instanceof BaseExceptionGroup || x instanceof ExceptionGroup;
}

/** The Python module of each built-in class, for `<class 'ValueError'>` vs `<class 'asyncio.exceptions.CancelledError'>`. */
export const builtinClassModules: ReadonlyMap<AnyClass, string> = new Map<AnyClass, string>([
  ...[
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError,
    ValueError, PyTypeError, AttributeError, NameError, RuntimeError, NotImplementedError, RecursionError,
    AssertionError, OSError, TimeoutError, StopIteration, StopAsyncIteration, KeyboardInterrupt, SystemExit,
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
  if (value instanceof Map) return "dict";
  if (value instanceof Set) return "set";
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor === "function" && ctor !== Object) return pythonClassName(ctor as AnyClass);
  return "object";
}

/** `raise exc from cause`: sets __cause__ (None for `from None`) and gives the exception back to throw. */
export function withCause<E extends BaseException>(exc: E, cause: unknown): E {
  exc.__cause__ = cause instanceof BaseException ? cause : null;
  return exc;
}
