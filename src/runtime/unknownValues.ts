/** Attributes and calls Python checks at run time: of a value that may be None, and of one whose type the translation did not know (a parameter no call gave a type). */
import { builtinMethod } from "./builtinMethods";
import { AttributeError, NotImplementedError, PyTypeError, isClass, pythonTypeName } from "./exceptions";

type Callable = (...args: unknown[]) => unknown;

/** `f(...)`: a class is constructed, a function called, an object with `__call__` has it called; anything else is CPython's TypeError. */
export function callUnknown(fn: unknown, ...args: unknown[]): unknown {
  if (isClass(fn)) return new (fn as unknown as new (...a: unknown[]) => unknown)(...args);
  if (typeof fn === "function") return (fn as Callable)(...args);
  const call = typeof fn === "object" && fn !== null ? (fn as { __call__?: unknown }).__call__ : undefined;
  if (typeof call === "function") return (call as Callable).call(fn, ...args);
  throw new PyTypeError(`'${pythonTypeName(fn)}' object is not callable`);
}

/**
 * `obj.name`: the member the translation gives the Python name (`member`: `put_nowait` is `putNowait`),
 * a method bound to its object. A str, list, dict or set has JavaScript's members, which are not Python's:
 * its Python methods come from builtinMethods.ts, and one not there is refused rather than answered wrongly.
 */
export function attributeOfUnknown(obj: unknown, name: string, member: string): unknown {
  if (obj === null || obj === undefined || typeof obj !== "object" || isBuiltinContainer(obj)) {
    if (obj === null || obj === undefined || typeof obj === "number" || typeof obj === "boolean") throw noAttribute(obj, name);
    const method = builtinMethod(obj, name);
    if (method) return method;
    throw new NotImplementedError(`asyncio-ts: \`.${name}\` of a ${pythonTypeName(obj)} whose type the translation did not know is not supported`);
  }
  if (member in obj) {
    const value = (obj as Record<string, unknown>)[member];
    return typeof value === "function" && !isClass(value) ? (value as Callable).bind(obj) : value;
  }
  // A class attribute, read through an instance (the translation keeps class attributes on the class).
  const cls = (obj as { constructor?: unknown }).constructor;
  if (typeof cls === "function" && cls !== Object && member in cls) {
    const value = (cls as unknown as Record<string, unknown>)[member];
    return typeof value === "function" && !isClass(value) ? (value as Callable).bind(cls) : value;
  }
  throw noAttribute(obj, name);
}

/** `obj.name(...)`, the method looked up as attributeOfUnknown does. */
export function callMethodOfUnknown(obj: unknown, name: string, member: string, ...args: unknown[]): unknown {
  return callUnknown(attributeOfUnknown(obj, name, member), ...args);
}

function isBuiltinContainer(obj: object): boolean {
  return Array.isArray(obj) || obj instanceof Map || obj instanceof Set || obj instanceof Number;
}

function noAttribute(obj: unknown, name: string): AttributeError {
  return new AttributeError(`'${pythonTypeName(obj)}' object has no attribute '${name}'`);
}

/** `x.name` where x may be None (`self.conn = None` until set): the value, or CPython's AttributeError for None. */
export function notNone<T>(value: T | null | undefined, name: string): T {
  if (value === null || value === undefined) throw noAttribute(value, name);
  return value;
}
