/** Python's format(value, spec) and f-string `{x:spec}`: fill, align, sign, z, #, 0, width, grouping, precision and the d b o x X c e f g n % types, with CPython's exact results and errors. */
import { OverflowError, PyTypeError, ValueError, pythonTypeName } from "./exceptions";
import { exponentParts, exponentText, fixedParts, generalFormat, joinFraction } from "./decimal";
import { floatRepr, str, warnInexactInt } from "./repr";

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
export interface FormatSpec {
  readonly fill: string | null;
  readonly align: "<" | ">" | "=" | "^" | null;
  readonly sign: "+" | "-" | " " | null;
  readonly z: boolean;
  readonly alternate: boolean;
  readonly zero: boolean;
  readonly width: number;
  readonly grouping: "," | "_" | null;
  readonly precision: number | null;
  readonly type: string;
}

export function parseFormatSpec(spec: string, typeName: string): FormatSpec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) {
    if (/^(?:.?[<>=^])?[-+ ]?z?#?0?\d*[,_][,_]/su.test(spec)) throw new ValueError("Cannot specify both ',' and '_'.");
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = m[10] ?? "";
  const grouping = m[8];
  // CPython checks grouping against the type while parsing, before knowing the value's type.
  if (grouping !== undefined && !"defgEGF%".includes(type) && !(grouping === "_" && "boxX".includes(type))) {
    throw new ValueError(`Cannot specify '${grouping}' with '${type}'.`);
  }
  return {
    fill: m[1] ?? null,
    align: (m[2] as FormatSpec["align"]) ?? null,
    sign: (m[3] as FormatSpec["sign"]) ?? null,
    z: m[4] !== undefined,
    alternate: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    grouping: (m[8] as FormatSpec["grouping"]) ?? null,
    precision: m[9] === undefined ? null : Number(m[9]),
    type,
  };
}

/**
 * format(value, spec). `type` is the static Python type when known ("float" makes 4 format as 4.0); without
 * it a whole number formats as an int. Objects with a `__format__` method use it, as in Python.
 */
export function format(value: unknown, spec: string, type?: string): string {
  if (value instanceof Number) return format(value.valueOf(), spec, "float"); // a whole float kept as a float (pyFloat)
  const custom = typeof value === "object" && value !== null ? (value as { __format__?: unknown }).__format__ : undefined;
  if (typeof custom === "function") return String(custom.call(value, spec));
  if (typeof value === "number" || typeof value === "boolean") {
    // bool is an int subclass: True formats as 1 once there is a spec.
    if (spec === "" && typeof value === "boolean") return str(value);
    const n = Number(value);
    const isFloat = typeof value === "number" && (type === "float" || !Number.isInteger(n));
    const typeName = typeof value === "boolean" ? "bool" : isFloat ? "float" : "int";
    if (spec === "") return isFloat ? floatRepr(n) : str(n);
    const parsed = parseFormatSpec(spec, typeName);
    if (isFloat || (parsed.type !== "" && "eEfFgG%".includes(parsed.type))) return formatFloat(n, parsed, typeName);
    return formatInt(n, parsed, typeName);
  }
  if (typeof value === "string") return formatString(value, parseFormatSpec(spec, "str"));
  if (spec === "") return str(value, type);
  throw new PyTypeError(`unsupported format string passed to ${pythonTypeName(value)}.__format__`);
}

/** Strings: only fill, align (not '='), width and precision (which truncates). */
export function formatString(value: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") throw new ValueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign !== null) throw new ValueError("Sign not allowed in string format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  if (spec.grouping !== null) throw new ValueError(`Cannot specify '${spec.grouping}' with 's'.`);
  const chars = [...value];
  const text = spec.precision === null ? value : chars.slice(0, spec.precision).join("");
  return pad("", text, spec, "<");
}

/** Integers: d, b, o, x, X, c, n (and '' which is d); BigInt keeps every digit of large values. */
export function formatInt(value: number, spec: FormatSpec, typeName = "int"): string {
  const type = spec.type === "" ? "d" : spec.type;
  if (!"bcdoxXn".includes(type)) throw new ValueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  if (spec.precision !== null) throw new ValueError("Precision not allowed in integer format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (type === "c") {
    if (spec.sign !== null) throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (Math.abs(value) > 2 ** 63 - 1) throw new OverflowError("Python int too large to convert to C long");
    if (value < 0 || value > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    return pad("", String.fromCodePoint(value), spec, ">");
  }
  const base = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 }[type] ?? 10;
  if (!Number.isSafeInteger(value)) warnInexactInt("is formatted");
  const big = BigInt(value);
  let digits = (big < 0n ? -big : big).toString(base);
  if (type === "X") digits = digits.toUpperCase();
  const prefix = spec.alternate && base !== 10 ? "0" + (type === "X" ? "X" : type === "x" ? "x" : type) : "";
  return padNumber(signOf(value < 0, spec) + prefix, digits, "", spec, base === 10 ? 3 : 4);
}

/** Floats: e, E, f, F, g, G, n, % and '' (repr-like), rounded half to even on the exact value like CPython. */
export function formatFloat(value: number, spec: FormatSpec, typeName: string): string {
  const type = spec.type;
  if (!"eEfFgGn%".includes(type)) throw new ValueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  const upper = type === "E" || type === "F" || type === "G";
  const x = type === "%" ? value * 100 : value;
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
  } else if (type === "f" || type === "F" || type === "%") {
    const [intPart, fraction] = fixedParts(x, spec.precision ?? 6);
    body = fraction === "" && !spec.alternate ? intPart : `${intPart}.${fraction}`;
  } else if (type === "e" || type === "E") {
    const [first, fraction, exp] = exponentParts(x, spec.precision ?? 6);
    body = joinFraction(first, fraction, true).replace(/\.$/, spec.alternate ? "." : "") + exponentText(exp, upper);
  } else if (type === "" && spec.precision === null) {
    body = floatRepr(Math.abs(x));
  } else {
    const addDotZero = type === "";
    body = generalFormat(x, spec.precision ?? 6, { upper, alternate: spec.alternate, addDotZero });
  }
  if (type === "%") body += "%";
  // z (3.11): a negative value that rounds to zero prints without its minus sign.
  const negative = (x < 0 || Object.is(x, -0)) && !(spec.z && Number.isFinite(x) && !/[1-9]/.test(body));
  const dot = body.search(/[.eE%]|$/);
  return padNumber(signOf(negative, spec), body.slice(0, dot), body.slice(dot), spec, 3);
}

export function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return "-";
  return spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
}

/** Group the integer digits (thousands, or fours for b/o/x with '_'), then pad; zero padding is grouped too. */
export function padNumber(prefix: string, intDigits: string, rest: string, spec: FormatSpec, groupSize: number): string {
  const zeroPad = spec.align === null ? spec.zero : spec.align === "=" && (spec.fill ?? (spec.zero ? "0" : " ")) === "0";
  if (spec.grouping !== null && /^\d+$|^[0-9a-fA-F]+$/.test(intDigits)) {
    const minWidth = zeroPad ? spec.width - prefix.length - [...rest].length : 0;
    let digits = intDigits;
    let grouped = groupDigits(digits, spec.grouping, groupSize);
    while (grouped.length < minWidth) {
      digits = "0" + digits;
      grouped = groupDigits(digits, spec.grouping, groupSize);
    }
    return pad(prefix, grouped + rest, spec, ">");
  }
  return pad(prefix, intDigits + rest, spec, ">");
}

export function groupDigits(digits: string, separator: string, size: number): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end));
  return groups.join(separator);
}

/** Pad `prefix + body` to the width: '<' left, '>' right, '^' centre (extra space on the right), '=' after the sign. */
export function pad(prefix: string, body: string, spec: FormatSpec, defaultAlign: "<" | ">"): string {
  const fill = spec.fill ?? (spec.zero ? "0" : " ");
  const align = spec.align ?? (spec.zero && defaultAlign === ">" ? "=" : defaultAlign);
  const length = [...prefix].length + [...body].length;
  const missing = Math.max(0, spec.width - length);
  if (missing === 0) return prefix + body;
  switch (align) {
    case "<":
      return prefix + body + fill.repeat(missing);
    case "^":
      return fill.repeat(Math.floor(missing / 2)) + prefix + body + fill.repeat(missing - Math.floor(missing / 2));
    case "=":
      return prefix + fill.repeat(missing) + body;
    default:
      return fill.repeat(missing) + prefix + body;
  }
}
