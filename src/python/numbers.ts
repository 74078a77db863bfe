/**
 * Number literals: ints become bigints (Python ints are unbounded), floats JS numbers (both are
 * IEEE doubles and both parsers round correctly), imaginary literals complex numbers with a zero
 * real part, as CPython builds them (`1j` is `complex(0, 1.0)`; `1+2j` stays a BinOp).
 */
import type { ConstantValue } from "./ast";

const decimalInt = /^(?:[1-9](?:_?\d)*|0(?:_?0)*)$/;
const prefixedInt = /^0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)$/;
const digitPart = String.raw`\d(?:_?\d)*`;
const exponent = String.raw`[eE][+-]?${digitPart}`;
const floatBody = String.raw`(?:${digitPart}\.(?:${digitPart})?|\.${digitPart}|${digitPart})(?:${exponent})?`;
/** A float needs a point or an exponent (`0777` is no float); an imaginary number does not (`0777j` is fine). */
const floatLiteral = new RegExp(String.raw`^(?:(?:${digitPart}\.(?:${digitPart})?|\.${digitPart})(?:${exponent})?|${digitPart}${exponent})$`);
const imaginaryLiteral = new RegExp(`^(${floatBody})[jJ]$`);

/** The value of a Python number literal, or `undefined` when the text is not a valid literal. */
export function parseNumber(text: string): ConstantValue | undefined {
  if (decimalInt.test(text) || prefixedInt.test(text)) return BigInt(text.replace(/_/g, ""));
  if (floatLiteral.test(text)) return Number(text.replace(/_/g, ""));
  const imaginary = imaginaryLiteral.exec(text);
  if (imaginary) return { type: "complex", real: 0, imag: Number(imaginary[1]!.replace(/_/g, "")) };
  return undefined;
}

/** CPython's tokenizer message for a malformed number, or `undefined` when it is well formed. */
export function numberError(text: string): string | undefined {
  if (parseNumber(text) !== undefined) return undefined;
  if (/^0\d/.test(text) && /^[\d_]+$/.test(text)) {
    return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
  }
  if (/^0[xX]/.test(text)) return "invalid hexadecimal literal";
  if (/^0[oO]/.test(text)) {
    const bad = /[89]/.exec(text);
    return bad ? `invalid digit '${bad[0]}' in octal literal` : "invalid octal literal";
  }
  if (/^0[bB]/.test(text)) {
    const bad = /[2-9]/.exec(text);
    return bad ? `invalid digit '${bad[0]}' in binary literal` : "invalid binary literal";
  }
  if (/[jJ]$/.test(text)) return "invalid imaginary literal";
  return "invalid decimal literal";
}
