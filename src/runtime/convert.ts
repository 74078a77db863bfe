/** Python's int(), float(), type() and chr/ord/bin/oct/hex: parsing with CPython's rules and errors, and type objects that print as `<class 'list'>`. */
import { type AnyClass, BaseException, OverflowError, PyTypeError, ValueError, isClass, pythonClassName, pythonModuleOf, pythonTypeName } from "./exceptions";
import { strRepr } from "./repr";
import { isTuple } from "./tuple";
import { parseTypeDesc, resolveTypeDesc } from "./typeDesc";

/** Python's whitespace for int()/float() and str.split()/strip() (a little different from JS's \s). */
export const pyWhitespace = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

export function stripWhitespace(s: string): string {
  return s.replace(new RegExp(`^[${pyWhitespace}]+|[${pyWhitespace}]+$`, "g"), "");
}

/** int(x) / int(text, base): floats are truncated toward zero; text may have spaces, a sign, underscores, 0x/0o/0b. */
export function int(x: unknown, base?: number): number {
  if (base !== undefined || typeof x === "string") return parseIntText(x, base ?? 10);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof Number) x = x.valueOf(); // a whole float kept as a float (pyFloat)
  if (typeof x === "number") {
    if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    const t = Math.trunc(x);
    return t === 0 ? 0 : t;
  }
  const custom = typeof x === "object" && x !== null ? ((x as { __int__?: unknown }).__int__ ?? (x as { __index__?: unknown }).__index__) : undefined;
  if (typeof custom === "function") return Number(custom.call(x));
  throw new PyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(x)}'`);
}

export function parseIntText(x: unknown, base: number): number {
  if (typeof x !== "string") throw new PyTypeError("int() can't convert non-string with explicit base");
  if (base !== 0 && (base < 2 || base > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  const invalid = (): ValueError => new ValueError(`invalid literal for int() with base ${base}: ${strRepr(x)}`);
  let text = stripWhitespace(x);
  let sign = 1n;
  if (text.startsWith("-") || text.startsWith("+")) {
    if (text[0] === "-") sign = -1n;
    text = text.slice(1);
  }
  let radix = base;
  const prefix = /^0([xob])/i.exec(text);
  const prefixBase = prefix ? { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as "x" | "o" | "b"] : 0;
  if (prefix && (base === 0 || base === prefixBase)) {
    radix = prefixBase;
    text = text.slice(2).replace(/^_/, "");
  } else if (base === 0) {
    radix = 10;
    if (/^0+[1-9]/.test(text.replace(/_/g, ""))) throw invalid(); // int('010', 0) is an error, as in Python 3
  }
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, radix);
  if (!new RegExp(`^[${digits}]+(_[${digits}]+)*$`, "i").test(text)) throw invalid();
  let value = 0n;
  for (const ch of text.replace(/_/g, "").toLowerCase()) value = value * BigInt(radix) + BigInt(digits.indexOf(ch));
  return Number(sign * value);
}

/** float(x): numbers as they are; text may have spaces, underscores between digits, inf/infinity/nan in any case. */
export function float(x: unknown): number {
  if (typeof x === "number") return x;
  if (x instanceof Number) return x.valueOf(); // a whole float kept as a float (pyFloat)
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") {
    const text = stripWhitespace(x);
    const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
    if (special) return special[2].toLowerCase() === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity;
    const number = /^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/;
    if (!number.test(text)) throw new ValueError(`could not convert string to float: ${strRepr(x)}`);
    return Number(text.replace(/_/g, ""));
  }
  const custom = typeof x === "object" && x !== null ? ((x as { __float__?: unknown }).__float__ ?? (x as { __index__?: unknown }).__index__) : undefined;
  if (typeof custom === "function") return Number(custom.call(x));
  throw new PyTypeError(`float() argument must be a string or a real number, not '${pythonTypeName(x)}'`);
}

/** A Python type object: prints as `<class 'int'>` or `<class '__main__.Dog'>`; one object per type, so `is` works. */
export class PyType {
  constructor(
    readonly __name__: string,
    readonly __module__: string,
    /** The JS class for exceptions and user classes, null for built-in value types. */
    readonly cls: AnyClass | null,
  ) {}
  get __qualname__(): string {
    return this.__name__;
  }
  __repr__(): string {
    // An enum class's own repr (`<enum 'Color'>`, PyEnum's static __classRepr__).
    const custom = this.cls === null ? undefined : (this.cls as { __classRepr__?: unknown }).__classRepr__;
    if (typeof custom === "function") return String(custom.call(this.cls));
    return this.__module__ === "builtins" ? `<class '${this.__name__}'>` : `<class '${this.__module__}.${this.__name__}'>`;
  }
  toString(): string {
    return this.__repr__();
  }
}

/** Type objects already made: built-ins by name, classes by class. */
export const builtinTypes: Map<string, PyType> = new Map();
export const classTypes: WeakMap<AnyClass, PyType> = new WeakMap();

export function builtinType(name: string): PyType {
  let t = builtinTypes.get(name);
  if (!t) {
    t = new PyType(name, "builtins", null);
    builtinTypes.set(name, t);
  }
  return t;
}

export function classType(cls: AnyClass): PyType {
  let t = classTypes.get(cls);
  if (!t) {
    t = new PyType(pythonClassName(cls), pythonModuleOf(cls), cls);
    classTypes.set(cls, t);
  }
  return t;
}

/** A value compared with a type object (`type(t) is asyncio.Task`): a class becomes its type object, anything else stays. */
export function asTypeObject(x: unknown): unknown {
  return isClass(x) ? classType(x) : x;
}

/**
 * type(x). `type` is the static Python type when the translator knows it ("float" for a float that happens
 * to be whole, "tuple[int, int]" for a tuple): the run-time value alone cannot tell.
 */
export function typeOf(x: unknown, type?: string): PyType {
  const desc = type === undefined ? null : resolveTypeDesc(x, parseTypeDesc(type));
  if (desc && ["int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "coroutine", "generator", "async_generator"].includes(desc.name)) {
    return builtinType(desc.name);
  }
  if (x instanceof Number) return builtinType("float"); // a whole float kept as a float (pyFloat)
  if (typeof x === "function") return isClass(x) ? builtinType("type") : builtinType("function");
  if (x instanceof BaseException || (typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Map) && !(x instanceof Set))) {
    if (x instanceof PyType) return builtinType("type");
    const ctor = (x as { constructor?: unknown }).constructor;
    if (typeof ctor === "function" && ctor !== Object) {
      // A runtime class standing for a builtin type (range) is that type, so `type(r) is range` holds.
      const builtin = !(x instanceof BaseException) && pythonModuleOf(ctor as AnyClass) === "builtins";
      return builtin ? builtinType(pythonClassName(ctor as AnyClass)) : classType(ctor as AnyClass);
    }
  }
  if (Array.isArray(x)) return builtinType(isTuple(x) ? "tuple" : "list");
  return builtinType(pythonTypeName(x));
}

/** chr(i): the character with that code point. */
export function chr(i: number): string {
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

/** ord(c): the code point of a one-character string. */
export function ord(c: string): number {
  const chars = [...c];
  if (chars.length !== 1) throw new PyTypeError(`ord() expected a character, but string of length ${chars.length} found`);
  return chars[0].codePointAt(0) ?? 0;
}

/** bin(), oct(), hex(): '-0b101', '0o10', '0xff'. */
export function bin(n: number): string {
  return (n < 0 ? "-0b" : "0b") + BigInt(Math.abs(n)).toString(2);
}

export function oct(n: number): string {
  return (n < 0 ? "-0o" : "0o") + BigInt(Math.abs(n)).toString(8);
}

export function hex(n: number): string {
  return (n < 0 ? "-0x" : "0x") + BigInt(Math.abs(n)).toString(16);
}
