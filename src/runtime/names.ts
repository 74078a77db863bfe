/** Python names at run time: a name the program never binds raises NameError where Python would. */
import { PyType } from "./convert";
import { AttributeError, NameError, isClass, pythonClassName, pythonModuleOf, pythonQualifiedName, pythonTypeName, type AnyClass } from "./exceptions";

/** A read of a name Python would not find (`undefined_name`, `process`): NameError, CPython's message. */
export function nameError(name: string): never {
  throw new NameError(`name '${name}' is not defined`);
}

/** A read of an attribute the object's class never has: AttributeError with CPython's message (`obj` is still evaluated). */
export function attributeError(_obj: unknown, message: string): never {
  throw new AttributeError(message);
}

/**
 * Members JavaScript gives objects and classes that Python's do not have. The translator renames a Python
 * attribute of these names in the program's classes (`constructor` is stored as `constructor_`).
 */
const renamedMembers: ReadonlySet<string> = new Set([
  "constructor", "toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
  "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "prototype", "then",
  "pythonName", "pythonModule",
]);

/** Members every function (and for `length`, every string and list) has in JavaScript; a Python class may define them. */
const functionMembers: ReadonlySet<string> = new Set(["bind", "call", "apply", "caller", "arguments", "name", "length"]);

/**
 * `obj.name` where the translator cannot tell what `obj` is and `name` is a member JavaScript gives values
 * that Python's do not have: the program's own attribute of that name, or CPython's AttributeError. So no
 * Python attribute reaches a class's constructor, a function's bind, or an object's prototype.
 */
export function pythonAttribute(obj: unknown, name: string): unknown {
  if (obj !== null && obj !== undefined) {
    const boxed = Object(obj) as Record<string, unknown>;
    if (renamedMembers.has(name)) {
      if (`${name}_` in boxed) return boxed[`${name}_`];
    } else if (!functionMembers.has(name)) {
      return boxed[name];
    } else if (!(typeof obj === "function" || typeof obj === "string" || Array.isArray(obj)) || setByProgram(boxed, name)) {
      return boxed[name];
    }
  }
  throw missingAttribute(obj, name);
}

/** CPython's AttributeError for an attribute `obj` lacks: `type object 'Queue' has no attribute ...` for a class. */
export function missingAttribute(obj: unknown, name: string): AttributeError {
  // A type object (`str`, `type(x)`) is a PyType here; CPython names the type it stands for.
  const typeObject = obj instanceof PyType ? (obj.cls === null ? obj.__name__ : typeNameOf(obj.cls)) : isClass(obj) ? typeNameOf(obj) : null;
  return new AttributeError(typeObject !== null ? `type object '${typeObject}' has no attribute '${name}'` : `'${instanceTypeName(obj)}' object has no attribute '${name}'`);
}

/** Whether JavaScript gives values a member of this name that Python's do not have (see pythonAttribute). */
export function isJavaScriptMember(name: string): boolean {
  return renamedMembers.has(name) || functionMembers.has(name);
}

/** A value the program gave a function or class (a class attribute `name = ...`, set or inherited): writable or an accessor, unlike JavaScript's own `name` and `length`. */
function setByProgram(fn: object, name: string): boolean {
  for (let level: object | null = fn; level !== null && level !== Function.prototype && level !== Object.prototype; level = Object.getPrototypeOf(level) as object | null) {
    const own = Object.getOwnPropertyDescriptor(level, name);
    if (own) return own.writable === true || own.get !== undefined;
  }
  return false;
}

/** A class's name as CPython's messages print it: C types with their module (`_asyncio.Task`, `collections.deque`). */
function typeNameOf(cls: AnyClass): string {
  const typeName = Object.getOwnPropertyDescriptor(cls, "typeName")?.value;
  if (typeof typeName === "string") return typeName;
  return pythonModuleOf(cls).startsWith("_") ? pythonQualifiedName(cls) : pythonClassName(cls);
}

function instanceTypeName(obj: unknown): string {
  const ctor: unknown = obj !== null && typeof obj === "object" ? Object.getPrototypeOf(obj)?.constructor : undefined;
  return typeof ctor === "function" && ctor !== Object && !Array.isArray(obj) && !(obj instanceof Map) && !(obj instanceof Set) && !(obj instanceof Number) && !(obj instanceof PyType) ? typeNameOf(ctor as AnyClass) : pythonTypeName(obj);
}

/** `obj.name(...)` where the translator cannot tell what `obj` is and `name` is a JavaScript member: the attribute as pythonAttribute finds it, bound to `obj`. */
export function pythonMethod(obj: unknown, name: string): unknown {
  const value = pythonAttribute(obj, name);
  return typeof value === "function" && typeof obj === "object" && obj !== null ? bindMethod.call(value, obj) : value;
}

/** Captured before the program runs, which could replace Function.prototype.bind. */
const bindMethod = Function.prototype.bind;

/** A method read off `self` as a value, bound to it (a class stays a class). */
export function boundTo(value: unknown, self: object): unknown {
  return typeof value === "function" && !isClass(value) ? bindMethod.call(value, self) : value;
}

/**
 * `obj.name` for an instance attribute `__init__` may leave unset: the instance has no such property until one is
 * assigned (the class only declares it), and reading it then is CPython's AttributeError, not None.
 */
export function checkedAttr<O extends object, K extends keyof O>(obj: O, key: K, pyName?: string): O[K] {
  if (!(key in obj)) throw new AttributeError(`'${pythonClassName(obj.constructor as abstract new () => unknown)}' object has no attribute '${pyName ?? String(key)}'`);
  return obj[key];
}
