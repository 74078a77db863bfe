/**
 * Python's `repr` for the constant values of the AST: str, bytes, int, float, complex, None,
 * booleans and Ellipsis, character for character as CPython 3.11 prints them.
 */
import type { ConstantValue } from "./ast";

export function reprConstant(value: ConstantValue): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return reprFloat(value);
  if (typeof value === "string") return reprStr(value);
  if (value.type === "complex") return reprComplex(value.real, value.imag);
  if (value.type === "bytes") return reprBytes(value.bytes);
  return "Ellipsis";
}

/**
 * `repr(float)`: the shortest digits that round-trip (JS finds the same ones), laid out as
 * CPython's `format_float_short` does: exponent form when the decimal point would sit more than
 * 16 places right or 4 places left of the first digit, a `.0` for integral values.
 */
export function reprFloat(x: number): string {
  return formatFloat(x, true);
}

function formatFloat(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mantissa, exponent] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const point = Number(exponent) + 1; // digits are 0.d1d2... * 10**point
  if (point > 16 || point < -3) {
    const rest = digits.length > 1 ? "." + digits.slice(1) : "";
    const e = point - 1;
    return `${sign}${digits[0]}${rest}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}${addDotZero ? ".0" : ""}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `repr(complex)`; literals only ever have a +0.0 real part, printed as `<imag>j`. */
export function reprComplex(real: number, imag: number): string {
  const imagText = formatFloat(imag, false) + "j";
  if (real === 0 && !Object.is(real, -0)) return imagText;
  const sign = imag < 0 || Object.is(imag, -0) || Number.isNaN(imag) ? "" : "+";
  return `(${formatFloat(real, false)}${sign}${imagText})`;
}

/** Python's `str.isprintable()` is false for these general categories (space excepted). */
const nonPrintable = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** `repr(str)`: single quotes unless the text has a `'` and no `"`; unprintables escaped. */
export function reprStr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + hex(code, 2);
    else if (code < 0x7f || !nonPrintable.test(ch)) out += ch;
    else if (code <= 0xff) out += "\\x" + hex(code, 2);
    else if (code <= 0xffff) out += "\\u" + hex(code, 4);
    else out += "\\U" + hex(code, 8);
  }
  return out + quote;
}

/** `repr(bytes)`: printable ASCII as is, everything else as `\xNN`. */
export function reprBytes(bytes: readonly number[]): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + hex(b, 2);
    else out += ch;
  }
  return out + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
