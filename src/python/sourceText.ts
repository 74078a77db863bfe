/**
 * Python source bytes -> text, the way CPython's tokenizer reads a file (PEP 263): UTF-8 unless the
 * first or second line declares another coding, a UTF-8 byte order mark accepted (and then only a
 * UTF-8 declaration), invalid bytes a SyntaxError at their line rather than U+FFFD that runs.
 */
import { diagnostic, type Diagnostic } from "../core/diagnostics";

/** Inputs larger than this are refused by every entry point (CLI, extension, pipeline). */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export interface DecodedSource {
  /** The text; when `error` is set, the part before the bad byte is exact and the rest lossy. */
  readonly text: string;
  readonly error?: Diagnostic;
}

const BOM = [0xef, 0xbb, 0xbf] as const;
/** PEP 263's declaration, as CPython's tokenizer matches it. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodePythonSource(bytes: Uint8Array): DecodedSource {
  const hasBom = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const body = hasBom ? bytes.subarray(3) : bytes;
  const declared = declaredCoding(body);
  const coding = declared ? normalCodingName(declared.name) : "utf-8";
  if (declared && hasBom && coding !== "utf-8") {
    return failure(body, declared.lineStart, `encoding problem: ${coding} with BOM`);
  }
  if (coding === "utf-8") {
    const bad = firstInvalidUtf8(body);
    if (bad < 0) return { text: utf8(body) };
    const byte = `\\x${body[bad]!.toString(16).padStart(2, "0")}`;
    const message = declared
      ? `(unicode error) 'utf-8' codec can't decode byte 0x${body[bad]!.toString(16).padStart(2, "0")}: ${utf8Reason(body, bad)}`
      : `Non-UTF-8 code starting with '${byte}' on line ${lineOf(body, bad)}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
    return failure(body, bad, message);
  }
  if (coding === "iso-8859-1") return { text: latin1(body) };
  if (coding === "cp1252") return windows1252(body);
  if (coding === "ascii") {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad < 0) return { text: latin1(body) };
    return failure(body, bad, `(unicode error) 'ascii' codec can't decode byte 0x${body[bad]!.toString(16)}: ordinal not in range(128)`);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(coding, { fatal: true });
  } catch {
    return failure(body, declared!.lineStart, `encoding problem: ${declared!.name}`);
  }
  try {
    return { text: decoder.decode(body) };
  } catch {
    return failure(body, declared!.lineStart, `encoding problem: ${declared!.name}`);
  }
}

/** The coding named on line 1, or on line 2 when line 1 is blank or a comment (CPython's rule). */
function declaredCoding(bytes: Uint8Array): { name: string; lineStart: number } | null {
  let start = 0;
  for (let line = 0; line < 2 && start <= bytes.length; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const text = latin1(bytes.subarray(start, end));
    const match = CODING.exec(text);
    if (match) return { name: match[1]!, lineStart: start };
    if (!/^[ \t\f]*(#.*)?$/.test(text)) return null;
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  return null;
}

/** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 its tokenizer knows itself. */
function normalCodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-") || lower === "utf8") return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1|latin1|l1|iso8859-1)(-|$)/.test(lower)) return "iso-8859-1";
  if (lower === "ascii" || lower === "us-ascii" || lower === "646") return "ascii";
  if (lower === "cp1252" || lower === "windows-1252") return "cp1252";
  return lower;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (overlong, surrogate, truncated), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** The length of the valid multi-byte sequence at `i`, or 0 (ranges of RFC 3629, table 3-7 of Unicode). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function utf8Reason(bytes: Uint8Array, i: number): string {
  const b = bytes[i]!;
  if (b < 0xc2 || b > 0xf4) return "invalid start byte";
  const needed = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  return i + needed > bytes.length && bytes.subarray(i + 1).every((c) => c >= 0x80 && c <= 0xbf) ? "unexpected end of data" : "invalid continuation byte";
}

function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The text up to `at` exactly (so line:column of the diagnostic are right), the rest for display only. */
function failure(bytes: Uint8Array, at: number, message: string, before = utf8(bytes.subarray(0, at))): DecodedSource {
  const text = before + new TextDecoder("utf-8").decode(bytes.subarray(at));
  return { text, error: diagnostic("PY1027", { start: before.length, end: before.length }, message) };
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** Python's cp1252 at 0x80-0x9f ("\ufffd": undefined there, an error); elsewhere it is Latin-1. */
const CP1252_HIGH = "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** By hand: Node 20's TextDecoder("windows-1252") decodes 0x80-0x9f as Latin-1 does. */
function windows1252(bytes: Uint8Array): DecodedSource {
  let text = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const c = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    if (c === "\ufffd") return failure(bytes, i, "encoding problem: cp1252", text);
    text += c;
  }
  return { text };
}

/** ISO-8859-1 exactly (TextDecoder's "latin1" label is windows-1252, which differs at 0x80-0x9f). */
function latin1(bytes: Uint8Array): string {
  let text = "";
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return text;
}
