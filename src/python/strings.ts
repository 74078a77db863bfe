/**
 * String literals: prefixes, escapes, implicit concatenation and f-strings, built exactly as
 * CPython 3.11 builds them (`_PyPegen_concatenate_strings` and its f-string parser):
 * - without an f-string, the pieces are joined into one Constant (`kind="u"` when the first
 *   piece is u-prefixed);
 * - with one, a JoinedStr whose literal text is merged across pieces and flushed as one Constant
 *   before each FormattedValue (empty text is dropped, so `f""` is `JoinedStr([])`);
 * - `{x=}` adds the expression text (with its spaces) as literal text, and defaults to `!r`
 *   unless a format spec is given.
 */
import type { Constant, ConstantValue, Expr, FormattedValue, JoinedStr } from "./ast";
import { field, type CstNode } from "./cst";
import { decodeEscapes } from "./escapes";

export interface StringHost {
  readonly source: string;
  error(start: number, end: number, message: string, warning?: boolean): void;
  convertExpr(node: CstNode): Expr;
}

interface Piece {
  readonly text?: string;
  readonly value?: FormattedValue;
}

interface Literal {
  readonly prefix: string;
  readonly quote: string;
  readonly node: CstNode;
}

/** Converts a `string` or `concatenated_string` node. */
export function convertString(host: StringHost, node: CstNode): Constant | JoinedStr {
  const parts = node.type === "concatenated_string" ? node.children.filter((c) => c.type === "string") : [node];
  const literals = parts.map((p) => literalOf(host.source, p));
  const bytes = literals.map((l) => l.prefix.includes("b"));
  if (bytes.some((b) => b !== bytes[0])) host.error(node.start, node.end, "cannot mix bytes and nonbytes literals");
  const kind = literals[0]?.prefix.startsWith("u") ? "u" : null;
  if (bytes[0]) return constant(node, { type: "bytes", bytes: bytesOf(host, literals) }, null);
  if (!literals.some((l) => l.prefix.includes("f"))) {
    return constant(node, literals.map((l) => plainText(host, l)).join(""), kind);
  }
  const pieces: Piece[] = [];
  for (const literal of literals) {
    if (literal.prefix.includes("f")) pieces.push(...fstringPieces(host, literal));
    else pieces.push({ text: plainText(host, literal) });
  }
  return joined(node.start, node.end, pieces, kind);
}

function literalOf(source: string, node: CstNode): Literal {
  const startToken = node.children[0];
  const opening = startToken ? source.slice(startToken.start, startToken.end) : '"';
  const quoteAt = opening.search(/['"]/);
  const prefix = opening.slice(0, Math.max(quoteAt, 0)).toLowerCase();
  return { prefix, quote: quoteAt < 0 ? '"' : opening.slice(quoteAt), node };
}

/** The text between the quotes. tree-sitter puts the backslashes of `r'\\'` into string_end: trust only its last chars. */
function bodyRange(literal: Literal): [number, number] {
  const children = literal.node.children;
  const first = children[0];
  const last = children[children.length - 1];
  const start = first ? first.end : literal.node.start;
  const end = last && last.type === "string_end" && !last.missing ? last.end - literal.quote.length : literal.node.end;
  return [start, Math.max(start, end)];
}

function plainText(host: StringHost, literal: Literal): string {
  const [start, end] = bodyRange(literal);
  return decode(host, literal, start, end);
}

/** Decodes a slice of a literal's body; CPython reads sources with universal newlines. */
function decode(host: StringHost, literal: Literal, start: number, end: number): string {
  const text = host.source.slice(start, end).replace(/\r\n?/g, "\n");
  if (literal.prefix.includes("r")) return text;
  return decodeEscapes(text, literal.prefix.includes("b"), (offset, length, message, warning) =>
    host.error(start + offset, start + offset + length, message, warning),
  );
}

function bytesOf(host: StringHost, literals: readonly Literal[]): number[] {
  const out: number[] = [];
  for (const literal of literals) {
    const [start, end] = bodyRange(literal);
    if (/[^\0-\x7f]/.test(host.source.slice(start, end))) {
      host.error(literal.node.start, literal.node.end, "bytes can only contain ASCII literal characters");
    }
    const text = decode(host, literal, start, end);
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  }
  return out;
}

function constant(span: { start: number; end: number }, value: ConstantValue, constKind: "u" | null): Constant {
  return { kind: "Constant", value, constKind, start: span.start, end: span.end };
}

/** Merges literal text and flushes it before each formatted value, as CPython's FstringParser does. */
function joined(start: number, end: number, pieces: readonly Piece[], kind: "u" | null): JoinedStr {
  const values: Expr[] = [];
  let text = "";
  for (const piece of pieces) {
    if (piece.text !== undefined) text += piece.text;
    if (piece.value) {
      if (text) values.push(constant(piece.value, text, kind));
      text = "";
      values.push(piece.value);
    }
  }
  if (text) values.push(constant({ start, end }, text, kind));
  return { kind: "JoinedStr", values, start, end };
}

// ---------------------------------------------------------------------------------------------
// f-strings

function fstringPieces(host: StringHost, literal: Literal): Piece[] {
  const [bodyStart, bodyEnd] = bodyRange(literal);
  const pieces: Piece[] = [];
  let at = bodyStart;
  for (const child of literal.node.children) {
    if (child.type !== "interpolation") continue;
    pieces.push({ text: fstringText(host, literal, at, child.start) });
    pieces.push(...interpolation(host, literal, child, 0));
    at = child.end;
  }
  pieces.push({ text: fstringText(host, literal, at, bodyEnd) });
  return pieces;
}

/** Literal f-string text: `{{`/`}}` stand for one brace; the text between is decoded as in plain strings. */
function fstringText(host: StringHost, literal: Literal, start: number, end: number): string {
  if (start >= end) return "";
  const slice = host.source.slice(start, end);
  let text = "";
  let at = 0;
  for (const m of slice.matchAll(/\{\{|\}\}/g)) {
    text += decode(host, literal, start + at, start + m.index) + m[0][0];
    at = m.index + 2;
  }
  return text + decode(host, literal, start + at, end);
}

/** One `{...}` of an f-string (or of a format spec, one level down): the debug text and the value. */
function interpolation(host: StringHost, literal: Literal, node: CstNode, depth: number): Piece[] {
  const open = node.children[0];
  let expression = field(node, "expression");
  let spec = field(node, "format_specifier");
  let walrusSpec: [number, number] | undefined;
  if (!expression || !open) {
    host.error(node.start, node.end, "f-string: empty expression not allowed");
    return [];
  }
  // Inside an f-string, `{x:=5}` is `x` with the format spec `=5`, not a walrus.
  if (expression.type === "named_expression") {
    const name = field(expression, "name");
    if (name) {
      walrusSpec = [name.end + 1, node.children[node.children.length - 1]!.start];
      expression = name;
      spec = undefined;
    }
  }
  checkExpressionText(host, literal, open.end, expression.end);
  const conversionNode = field(node, "type_conversion");
  const debug = node.children.find((c) => !c.named && c.type === "=" && c.start >= expression.end);
  const pieces: Piece[] = [];
  // The debug text runs from `{` up to the conversion, the spec or `}`: spaces after `=` included.
  const afterDebug = debug && node.children.find((c) => c.start >= debug.end);
  if (debug) pieces.push({ text: host.source.slice(open.end, afterDebug ? afterDebug.start : debug.end) });
  let conversion = conversionNode ? conversionCode(host, conversionNode) : -1;
  if (debug && conversion === -1 && !spec && !walrusSpec) conversion = 114;
  let formatSpec: JoinedStr | null = null;
  if (spec) formatSpec = formatSpecOf(host, literal, spec, node, depth);
  else if (walrusSpec) {
    formatSpec = joined(walrusSpec[0], walrusSpec[1], [{ text: host.source.slice(walrusSpec[0], walrusSpec[1]) }], null);
  }
  const value = host.convertExpr(expression);
  pieces.push({ value: { kind: "FormattedValue", value, conversion, format_spec: formatSpec, start: node.start, end: node.end } });
  return pieces;
}

function conversionCode(host: StringHost, node: CstNode): number {
  const letter = host.source.slice(node.start + 1, node.end);
  if (letter === "r" || letter === "s" || letter === "a") return letter.charCodeAt(0);
  host.error(node.start, node.end, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  return -1;
}

function formatSpecOf(host: StringHost, literal: Literal, spec: CstNode, owner: CstNode, depth: number): JoinedStr {
  if (depth >= 1 && spec.children.some((c) => c.type === "format_expression")) {
    host.error(spec.start, spec.end, "f-string: expressions nested too deeply");
  }
  const close = owner.children[owner.children.length - 1];
  const specEnd = close && close.type === "}" ? close.start : spec.end;
  const pieces: Piece[] = [];
  let at = spec.children[0]?.type === ":" ? spec.children[0].end : spec.start;
  for (const child of spec.children) {
    if (child.type !== "format_expression") continue;
    pieces.push({ text: fstringText(host, literal, at, child.start) });
    pieces.push(...interpolation(host, literal, child, depth + 1));
    at = child.end;
  }
  pieces.push({ text: fstringText(host, literal, at, specEnd) });
  return joined(spec.start, specEnd, pieces, null);
}

/**
 * Python 3.11 f-strings are tokenized as one string: the expression part cannot contain a
 * backslash or a `#`, and the string's own quote ends the whole literal there (3.12 lifted all
 * three, and tree-sitter follows 3.12). CPython then reports what is left open at that quote, at
 * the token after it.
 */
function checkExpressionText(host: StringHost, literal: Literal, start: number, end: number): void {
  const text = host.source.slice(start, end);
  const cut = text.indexOf(literal.quote);
  const problem = expressionProblem(text.slice(0, cut === -1 ? text.length : cut), cut !== -1);
  if (!problem) return;
  if (cut === -1 || !problem.startsWith("f-string:")) host.error(start, end, problem);
  else {
    const after = start + cut + literal.quote.length;
    host.error(after, after + 1, problem);
  }
}

const CLOSER_OF: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** CPython 3.11's scan of an f-string expression (`fstring_find_expr`), in its order. */
function expressionProblem(text: string, endsAtQuote: boolean): string | undefined {
  const open: string[] = [];
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") return "f-string expression part cannot include a backslash";
    if (quote) {
      if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = "";
      }
    } else if (ch === "'" || ch === '"') {
      quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length - 1;
    } else if (ch === "#") {
      return "f-string expression part cannot include '#'";
    } else if (ch in CLOSER_OF) {
      open.push(ch);
    } else if (ch === ")" || ch === "]" || ch === "}") {
      const opener = open.pop();
      if (!opener) return `f-string: unmatched '${ch}'`;
      if (CLOSER_OF[opener] !== ch) {
        return `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opener}'`;
      }
    }
  }
  if (!endsAtQuote) return undefined;
  if (quote) return "f-string: unterminated string";
  const last = open[open.length - 1];
  return last ? `f-string: unmatched '${last}'` : "f-string: expecting '}'";
}
