/** Attributes and calls Python checks at run time: of a value that may be None, and of one whose type the translation did not know (a parameter no call gave a type). */
import { builtinMethod } from "./builtinMethods";
import { NotImplementedError, PyTypeError, isClass, pythonTypeName } from "./exceptions";
import { boundTo, isJavaScriptMember, missingAttribute, pythonMethod } from "./names";

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
 * A name JavaScript gives every object or function (`constructor`, `bind`) is only ever the program's own.
 */
export function attributeOfUnknown(obj: unknown, name: string, member: string): unknown {
  if (isJavaScriptMember(name)) return pythonMethod(obj, name);
  if (obj === null || obj === undefined || typeof obj === "number" || typeof obj === "boolean" || typeof obj === "bigint") throw missingAttribute(obj, name);
  if (typeof obj === "string" || typeof obj === "symbol" || (typeof obj === "object" && isBuiltinContainer(obj))) {
    const method = builtinMethod(obj, name);
    if (method) return method;
    throw new NotImplementedError(`asyncio-ts: \`.${name}\` of a ${pythonTypeName(obj)} whose type the translation did not know is not supported`);
  }
  const holder = obj as Record<string, unknown>;
  if (member in holder) return boundTo(holder[member], holder);
  // A class attribute, read through an instance (the translation keeps class attributes on the class).
  const cls = typeof obj === "object" ? Object.getPrototypeOf(obj)?.constructor : undefined;
  if (typeof cls === "function" && cls !== Object && member in cls) return boundTo((cls as unknown as Record<string, unknown>)[member], cls);
  throw missingAttribute(obj, name);
}

/** `obj.name(...)`, the method looked up as attributeOfUnknown does. */
export function callMethodOfUnknown(obj: unknown, name: string, member: string, ...args: unknown[]): unknown {
  return callUnknown(attributeOfUnknown(obj, name, member), ...args);
}

function isBuiltinContainer(obj: object): boolean {
  return Array.isArray(obj) || obj instanceof Map || obj instanceof Set || obj instanceof Number;
}

/** `x.name` where x may be None (`self.conn = None` until set): the value, or CPython's AttributeError for None. */
export function notNone<T>(value: T | null | undefined, name: string): T {
  if (value === null || value === undefined) throw missingAttribute(value, name);
  return value;
}
