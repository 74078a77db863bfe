/**
 * Backslash escapes of non-raw string and bytes literals, as CPython's `unicode_escape` and
 * `escape_decode` codecs read them. Unknown escapes (`\d`) stay as written, as in Python.
 */
import { lookupUnicodeName } from "./unicodeNames";

/** `warning` marks problems that may be ours rather than the input's (a name missing from our table). */
export type EscapeErrorSink = (offset: number, length: number, message: string, warning?: boolean) => void;

const simpleEscapes: Readonly<Record<string, string>> = {
  "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

/**
 * Decodes the escapes of `text`. For bytes, the result holds one char per byte (code < 256);
 * `\u`, `\U` and `\N` are not escapes there.
 */
export function decodeEscapes(text: string, isBytes: boolean, onError: EscapeErrorSink): string {
  if (!text.includes("\\")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const slash = text.indexOf("\\", i);
    if (slash < 0 || slash === text.length - 1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, slash);
    const [decoded, length] = decodeOne(text, slash, isBytes, onError);
    out += decoded;
    i = slash + length;
  }
  return out;
}

/** Decodes the escape at `at` (a backslash): the text it stands for and how many chars it spans. */
function decodeOne(text: string, at: number, isBytes: boolean, onError: EscapeErrorSink): [string, number] {
  const c = text[at + 1]!;
  const simple = simpleEscapes[c];
  if (simple !== undefined) return [simple, 2];
  if (c >= "0" && c <= "7") {
    const digits = /^[0-7]{1,3}/.exec(text.slice(at + 1, at + 4))![0];
    const code = parseInt(digits, 8);
    return [String.fromCharCode(isBytes ? code & 0xff : code), 1 + digits.length];
  }
  if (c === "x") return hexEscape(text, at, 2, isBytes, onError);
  if (!isBytes && c === "u") return hexEscape(text, at, 4, isBytes, onError);
  if (!isBytes && c === "U") return hexEscape(text, at, 8, isBytes, onError);
  if (!isBytes && c === "N") return namedEscape(text, at, onError);
  return ["\\" + c, 2];
}

function hexEscape(text: string, at: number, digits: number, isBytes: boolean, onError: EscapeErrorSink): [string, number] {
  const hex = text.slice(at + 2, at + 2 + digits);
  const letter = text[at + 1]!;
  if (hex.length < digits || !/^[0-9a-fA-F]+$/.test(hex)) {
    const what = letter === "x" ? "\\xXX" : letter === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
    onError(at, 2 + hex.length, isBytes ? `(value error) invalid \\x escape at position ${at}` : unicodeError(at, `truncated ${what} escape`));
    return ["", 2];
  }
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) {
    onError(at, 2 + digits, unicodeError(at, "illegal Unicode character"));
    return ["", 2 + digits];
  }
  return [code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code), 2 + digits];
}

function namedEscape(text: string, at: number, onError: EscapeErrorSink): [string, number] {
  const close = text[at + 2] === "{" ? text.indexOf("}", at + 3) : -1;
  if (close < 0) {
    onError(at, 2, unicodeError(at, "malformed \\N character escape"));
    return ["", 2];
  }
  const name = text.slice(at + 3, close);
  const value = lookupUnicodeName(name);
  if (value === undefined) {
    // An error, not a warning: translating it to U+FFFD would print something CPython never does.
    onError(at, close + 1 - at, unicodeError(at, "unknown Unicode character name (or one asyncio-ts does not bundle)", close));
    return ["\uFFFD", close + 1 - at];
  }
  return [value, close + 1 - at];
}

function unicodeError(at: number, reason: string, last = at + 1): string {
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${last}: ${reason}`;
}
