/**
 * Every user-facing problem is a Diagnostic: a stable code, a message and a span of the input.
 * Offsets (UTF-16 code units into the source text) are the truth; line/column are derived for display.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}

/**
 * The catalog. PY1xxx: the Python text cannot be parsed or is not valid Python.
 * TR2xxx: valid Python the translator does not support. TR3xxx: translated, but the output
 * may differ from CPython's (the tool says so rather than pretending), or, as information, what was left out
 * without changing the output. PT4xxx: the plain-TypeScript view
 * (src/plain) has no platform form for it; the exact translation has one.
 */
export const DiagnosticCodes = {
  PY1000: "invalid syntax",
  PY1001: "expected ':'",
  PY1002: "unexpected indent",
  PY1003: "expected an indented block",
  PY1004: "unindent does not match any outer indentation level",
  PY1005: "unclosed bracket",
  PY1006: "unmatched closing bracket",
  PY1007: "unterminated string literal",
  PY1008: "invalid target",
  PY1009: "'await' outside async function",
  PY1010: "'return' with value in async generator",
  PY1011: "'return' outside function",
  PY1012: "'break' outside loop",
  PY1013: "'continue' not properly in loop",
  PY1014: "'yield' outside function",
  PY1015: "inconsistent use of tabs and spaces in indentation",
  PY1016: "invalid character",
  PY1017: "duplicate argument in function definition",
  PY1018: "non-default argument follows default argument",
  PY1019: "positional argument follows keyword argument",
  PY1020: "'async for' / 'async with' outside async function",
  PY1021: "nonlocal or global declaration problem",
  PY1022: "invalid number literal",
  PY1023: "invalid f-string",
  PY1024: "keyword argument repeated",
  PY1025: "starred expression not allowed here",
  PY1026: "invalid string or bytes literal",
  PY1027: "source encoding problem",
  PY1099: "input too large or too deeply nested",
  TR2001: "unsupported statement",
  TR2002: "unsupported expression",
  TR2003: "unsupported asyncio or standard-library name",
  TR2004: "unsupported context manager",
  TR2005: "unsupported builtin or method",
  TR2006: "unsupported argument form",
  TR2007: "unsupported class feature",
  TR2008: "unsupported import",
  TR2009: "not possible in JavaScript",
  TR3001: "output may differ from CPython",
  TR3002: "int or float cannot be told apart here",
  TR3003: "name is not defined",
  TR3004: "float or tuple inside a value of unknown type",
  TR3005: "left out: a function that is never called",
  PT4001: "no plain TypeScript form",
} as const;

export type DiagnosticCode = keyof typeof DiagnosticCodes;

/** Codes that tell what the translation did without any effect on the output. */
export const informationCodes: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(["TR3005"]);

export function diagnostic(code: DiagnosticCode, span: Span, message?: string, severity?: Severity): Diagnostic {
  const defaultSeverity: Severity = informationCodes.has(code) ? "info" : code.startsWith("TR3") ? "warning" : "error";
  return { code, severity: severity ?? defaultSeverity, message: message ?? DiagnosticCodes[code], span };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
