/** Python's repr() and str(): how CPython writes numbers (4.0, 1e-05, inf), strings ('a', "it's"), None/True, lists, tuples, dicts, sets and exceptions. */
import { BaseException, KeyError, isClass, pythonClassName, pythonModuleOf } from "./exceptions";
import { hostWrite } from "./host";
import { addressOf, functionNamesOf, positionOf } from "./positions";
import { isTuple } from "./tuple";
import { type TypeDesc, itemTypeDesc, parseTypeDesc, resolveTypeDesc } from "./typeDesc";

/** repr(value). `type` is the static Python type when the translator knows it, e.g. "float" or "tuple[int, str]". */
export function repr(value: unknown, type?: string): string {
  return reprValue(value, type === undefined ? null : parseTypeDesc(type), new Set());
}

/** str(value): like repr except that strings are themselves and classes with __str__ (toString) use it. */
export function str(value: unknown, type?: string): string {
  if (typeof value === "string") return value;
  if (value instanceof BaseException) {
    const custom = userToString(value);
    return custom ?? exceptionStr(value);
  }
  if (typeof value === "object" && value !== null) {
    const custom = userToString(value);
    if (custom !== null) return custom;
  }
  return repr(value, type);
}

/** A user-written toString (Python __str__), or null when only the built-in Object/Error/Array ones exist. */
export function userToString(value: object): string | null {
  const method = (value as { toString?: unknown }).toString;
  const builtIns: unknown[] = [Object.prototype.toString, Error.prototype.toString, Array.prototype.toString, Number.prototype.toString];
  if (typeof method !== "function" || builtIns.includes(method)) return null;
  return String(method.call(value));
}

/** str(exception): '' with no args, the only arg's str, else the args tuple; KeyError shows the key's repr. */
export function exceptionStr(err: BaseException): string {
  if (err.args.length === 0) return "";
  if (err.args.length === 1) return err instanceof KeyError ? repr(err.args[0]) : str(err.args[0]);
  return reprValue(err.args, { name: "tuple", args: [] }, new Set());
}

/** The repr of one value; `seen` holds the containers being printed, so `l.append(l)` prints `[[...]]` like CPython. */
export function reprValue(value: unknown, typeDesc: TypeDesc | null, seen: Set<object>): string {
  const desc = resolveTypeDesc(value, typeDesc);
  if (value === null || value === undefined) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "number":
      if (desc?.name === "float") return floatRepr(value);
      if (desc?.name === "int") return intRepr(value);
      return Number.isInteger(value) ? intRepr(value) : floatRepr(value);
    case "bigint":
      return value.toString();
    case "string":
      return strRepr(value);
    case "function": {
      if (isClass(value)) {
        // An enum class prints as `<enum 'Color'>` (PyEnum's static __classRepr__).
        const custom = (value as { __classRepr__?: unknown }).__classRepr__;
        return typeof custom === "function" ? String(custom.call(value)) : `<class '${classPath(value)}'>`;
      }
      const position = positionOf(value);
      // A coroutine object: CPython's address differs on every run (the translator warns, TR3003).
      if (position?.kind === "coroutine") return `<coroutine object ${position.name} at ${addressOf(value)}>`;
      // CPython's address differs on every run too (the translator warns, TR3001); the name is the Python one where the program recorded it.
      return `<function ${position?.name ?? functionNamesOf(value)?.qualname ?? (value.name || "<lambda>")} at ${addressOf(value)}>`;
    }
    case "symbol":
      // Only the runtime's own symbols reach here; each is named for what Python prints (NotImplemented).
      return (value as symbol).description ?? String(value);
    default:
      break;
  }
  // A Number object is a whole float kept as a float (see pyFloat).
  if (value instanceof Number) return desc?.name === "int" ? intRepr(value.valueOf()) : floatRepr(value.valueOf());
  const obj = value as object;
  const custom = (obj as { __repr__?: unknown }).__repr__;
  if (typeof custom === "function") return String(custom.call(obj));
  if (seen.has(obj)) return Array.isArray(obj) ? "[...]" : "{...}";
  seen.add(obj);
  try {
    return reprObject(obj, desc, seen);
  } finally {
    seen.delete(obj);
  }
}

/** Containers, exceptions and class instances (everything that is an object). */
export function reprObject(obj: object, desc: TypeDesc | null, seen: Set<object>): string {
  if (Array.isArray(obj)) {
    const items: unknown[] = obj;
    // A descriptor that says list or tuple decides; otherwise ("object", a union member) the mark does.
    const asTuple = desc && (desc.name === "tuple" || desc.name === "list") ? desc.name === "tuple" : isTuple(obj);
    const parts = items.map((item, i) => reprValue(item, itemTypeDesc(desc, i), seen));
    if (!asTuple) return `[${parts.join(", ")}]`;
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  }
  if (obj instanceof Map) {
    const keyDesc = desc?.args[0] ?? null;
    const valueDesc = desc?.args[1] ?? null;
    const parts = [...obj].map(([k, v]) => `${reprValue(k, keyDesc, seen)}: ${reprValue(v, valueDesc, seen)}`);
    return `{${parts.join(", ")}}`;
  }
  if (obj instanceof Set) {
    if (obj.size === 0) return desc?.name === "frozenset" ? "frozenset()" : "set()";
    const parts = [...obj].map((item) => reprValue(item, itemTypeDesc(desc, 0), seen));
    return desc?.name === "frozenset" ? `frozenset({${parts.join(", ")}})` : `{${parts.join(", ")}}`;
  }
  if (obj instanceof BaseException) {
    return `${pythonClassName(obj.constructor as typeof BaseException)}(${obj.args.map((a) => reprValue(a, null, seen)).join(", ")})`;
  }
  const ctor = (obj as { constructor?: unknown }).constructor;
  if (typeof ctor === "function" && ctor !== Object) return addressedRepr(obj);
  // A plain JS object (no class): show it like a dict of its fields.
  const parts = Object.entries(obj).map(([k, v]) => `${strRepr(k)}: ${reprValue(v, null, seen)}`);
  return `{${parts.join(", ")}}`;
}

/**
 * object.__repr__, `<__main__.Point object at 0x7f3a2c1b4000>`, with asyncio's `[state]` after it when
 * given (`[unlocked, waiters:1]`). The address is made up: CPython's differs on every run.
 */
export function addressedRepr(obj: object, state?: string): string {
  const ctor = (obj as { constructor: typeof BaseException }).constructor;
  return `<${classPath(ctor)} object at ${addressOf(obj)}${state === undefined ? "" : ` [${state}]`}>`;
}

/** asyncio's lock states add the number of waiters when there are any. */
export function withWaiters(state: string, waiters: readonly unknown[]): string {
  return waiters.length > 0 ? `${state}, waiters:${waiters.length}` : state;
}

/** `__main__.Foo`, `ValueError` or `asyncio.exceptions.CancelledError`, as `<class '...'>` writes a class. */
export function classPath(cls: typeof BaseException | (abstract new (...args: never[]) => unknown)): string {
  const module = pythonModuleOf(cls);
  return module === "builtins" ? pythonClassName(cls) : `${module}.${pythonClassName(cls)}`;
}

/**
 * repr of a Python int held in a JS number; large ones go through BigInt so 10**21 is not written 1e+21.
 * Past 2**53 a number holds only the nearest double: the first one printed is preceded by a warning.
 */
export function intRepr(n: number): string {
  if (!Number.isFinite(n)) return floatRepr(n);
  if (!Number.isInteger(n)) return floatRepr(n);
  if (Number.isSafeInteger(n)) return n === 0 ? "0" : String(n);
  warnInexactInt("is printed");
  return BigInt(n).toString();
}

/** The one TR3001 warning of a program about ints a number cannot hold exactly; `what` says where one showed. */
export function warnInexactInt(what: string): void {
  if (bigIntWarning.given) return;
  bigIntWarning.given = true;
  hostWrite("stderr", `asyncio-ts: warning TR3001 an int beyond 2**53 ${what}: a JavaScript number holds integers exactly only up to 2**53, so its last digits may differ from CPython's\n`);
}

const bigIntWarning = { given: false };

/**
 * repr of a float: the shortest digits that read back as the same float (JS computes those too), written
 * with Python's rule: plain notation while the exponent is from -5 to 15 (0.0001, 1234.5, 1e+16, 1e-05),
 * and always with a ".0" or an exponent so it reads as a float.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = x.toExponential().split("e");
  const exp = Number(expText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exp < 0 ? "-" : "+";
    return `${sign}${frac}e${expSign}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const fracPart = digits.slice(exp + 1);
  return `${sign}${intPart}.${fracPart === "" ? "0" : fracPart}`;
}

/** Characters Python does not print as themselves in a repr: controls, format chars, separators (but space), unassigned. */
export const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr of a str: single quotes unless the text has ' and no ", escapes like CPython (\n, \t, \x00, \u200b). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && nonPrintable.test(ch)) {
      const hex = code.toString(16);
      if (code < 0x100) out += "\\x" + hex.padStart(2, "0");
      else if (code < 0x10000) out += "\\u" + hex.padStart(4, "0");
      else out += "\\U" + hex.padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}
