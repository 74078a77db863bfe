/** Python's `json.dumps` (Python's spacing, indent, sort_keys, separators, ensure_ascii, default) and `json.loads` (objects as dicts, whole floats kept as floats, CPython's error messages). */
import { PyTypeError, ValueError, pythonTypeName } from "./exceptions";
import { pyFloat } from "./floatBox";
import { floatRepr, intRepr } from "./repr";
import { pyCompare } from "./compare";
import { isTuple } from "./tuple";
import { intSubclassValue } from "./intSubclass";
import { strSubclassValue } from "./strSubclass";
import { type TypeDesc, itemTypeDesc, parseTypeDesc, resolveTypeDesc } from "./typeDesc";

export interface DumpsOptions {
  readonly indent?: number | string | null;
  readonly sort_keys?: boolean;
  readonly separators?: readonly [string, string] | null;
  readonly ensure_ascii?: boolean;
  readonly default?: ((o: unknown) => unknown) | null;
}

/** json.dumps(obj, ...). `type` is the static Python type when the translator knows it ("dict[str, float]"), so 1.0 is written 1.0. */
export function jsonDumps(obj: unknown, options: DumpsOptions = {}, type?: string): string {
  const indent = options.indent === undefined || options.indent === null ? null : typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;
  const [itemSep, keySep] = options.separators ?? (indent === null ? [", ", ": "] : [",", ": "]);
  const ensureAscii = options.ensure_ascii ?? true;
  const seen = new Set<object>();
  const encode = (value: unknown, desc: TypeDesc | null, depth: number): string => {
    desc = resolveTypeDesc(value, desc);
    if (value === null || value === undefined) return "null";
    if (value === true) return "true";
    if (value === false) return "false";
    if (typeof value === "string") return jsonQuote(value, ensureAscii);
    if (typeof value === "bigint") return value.toString();
    // A StrEnum or IntEnum member is written as its str or int, as json writes any str or int subclass.
    const text = strSubclassValue(value);
    if (text !== null) return jsonQuote(text, ensureAscii);
    const int = intSubclassValue(value);
    if (int !== null) return intRepr(int);
    if (typeof value === "number" || value instanceof Number) return jsonNumberText(value, desc);
    const newline = indent === null ? "" : "\n" + indent.repeat(depth + 1);
    const close = indent === null ? "" : "\n" + indent.repeat(depth);
    if (typeof value === "object") {
      if (seen.has(value)) throw new ValueError("Circular reference detected");
      seen.add(value);
      try {
        if (Array.isArray(value)) {
          if (value.length === 0) return "[]";
          return `[${newline}${value.map((item, i) => encode(item, itemTypeDesc(desc, i), depth + 1)).join(itemSep + newline)}${close}]`;
        }
        if (value instanceof Map) {
          if (value.size === 0) return "{}";
          let entries = [...(value as Map<unknown, unknown>)];
          if (options.sort_keys) entries = entries.sort((a, b) => pyCompare(a[0], b[0]));
          const valueDesc = desc?.args[1] ?? null;
          const keyDesc = desc?.args[0] ?? null;
          const parts = entries.map(([k, v]) => `${jsonQuote(jsonKeyText(k, keyDesc), ensureAscii)}${keySep}${encode(v, valueDesc, depth + 1)}`);
          return `{${newline}${parts.join(itemSep + newline)}${close}}`;
        }
      } finally {
        seen.delete(value);
      }
    }
    if (options.default) return encode(options.default(value), null, depth);
    throw new PyTypeError(`Object of type ${pythonTypeName(value)} is not JSON serializable`);
  };
  return encode(obj, type === undefined ? null : parseTypeDesc(type), 0);
}

function jsonNumberText(value: number | object, desc: TypeDesc | null): string {
  const x = Number(value);
  const isFloat = value instanceof Number || desc?.name === "float" || (desc?.name !== "int" && !Number.isInteger(x));
  if (!isFloat) return intRepr(x);
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  return floatRepr(x);
}

/** A dict key as JSON writes it: str as is, numbers and True/False/None as their JSON text. */
function jsonKeyText(key: unknown, desc: TypeDesc | null): string {
  if (typeof key === "string") return key;
  const text = strSubclassValue(key);
  if (text !== null) return text;
  const int = intSubclassValue(key);
  if (int !== null) return intRepr(int);
  if (typeof key === "number" || key instanceof Number) return jsonNumberText(key, desc);
  if (key === true) return "true";
  if (key === false) return "false";
  if (key === null || key === undefined) return "null";
  throw new PyTypeError(`keys must be str, int, float, bool or None, not ${isTuple(key) ? "tuple" : pythonTypeName(key)}`);
}

/** A JSON string literal; with ensure_ascii, everything past ASCII as \uXXXX (surrogate pairs past the BMP). */
function jsonQuote(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = s.charCodeAt(i);
    const escapes: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };
    if (escapes[ch] !== undefined) out += escapes[ch];
    else if (code < 0x20 || (ensureAscii && code > 0x7e)) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

/** json.JSONDecodeError: a ValueError whose message says where (line, column, char offset). */
export class JSONDecodeError extends ValueError {
  static readonly pythonName = "JSONDecodeError";
  static readonly pythonModule = "json.decoder";
  constructor(message: string, text: string, pos: number) {
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - (before.lastIndexOf("\n") + 1) + 1;
    super(`${message}: line ${line} column ${column} (char ${pos})`);
  }
}

/** json.loads(s): objects become dicts (Maps), arrays lists, `1.0` a float that still prints 1.0. */
export function jsonLoads(text: string): unknown {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new JSONDecodeError(message, text, at);
  };
  const skip = (): void => {
    while (pos < text.length && " \t\n\r".includes(text[pos] as string)) pos++;
  };
  /** After an item of an object or array: true at its closing bracket, false after a comma (both consumed). */
  const closes = (close: "}" | "]"): boolean => {
    skip();
    if (text[pos] === "," || text[pos] === close) return text[pos++] === close;
    return fail("Expecting ',' delimiter");
  };
  const value = (): unknown => {
    skip();
    const ch = text[pos];
    if (ch === "{") {
      pos++;
      const map = new Map<string, unknown>();
      skip();
      if (text[pos] === "}") {
        pos++;
        return map;
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail("Expecting property name enclosed in double quotes");
        const key = string();
        skip();
        if (text[pos] !== ":") fail("Expecting ':' delimiter");
        pos++;
        map.set(key, value());
        if (closes("}")) return map;
      }
    }
    if (ch === "[") {
      pos++;
      const list: unknown[] = [];
      skip();
      if (text[pos] === "]") {
        pos++;
        return list;
      }
      for (;;) {
        list.push(value());
        if (closes("]")) return list;
      }
    }
    if (ch === '"') return string();
    for (const [word, result] of [["true", true], ["false", false], ["null", null], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return typeof result === "number" ? pyFloat(result) : result;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(pos));
    if (!number) return fail("Expecting value");
    pos += number[0].length;
    const x = Number(number[0]);
    return number[1] !== undefined || number[2] !== undefined ? pyFloat(x) : x;
  };
  const string = (): string => {
    const start = pos;
    pos++;
    let out = "";
    for (;;) {
      const ch = text[pos];
      if (ch === undefined) fail("Unterminated string starting at", start);
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === "\\") {
        const esc = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (esc === "u") {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else if (esc !== undefined && simple[esc] !== undefined) {
          out += simple[esc];
          pos += 2;
        } else fail("Invalid \\escape");
        continue;
      }
      if ((ch as string).charCodeAt(0) < 0x20) fail("Invalid control character at");
      out += ch;
      pos++;
    }
  };
  const result = value();
  skip();
  if (pos < text.length) fail("Extra data");
  return result;
}
