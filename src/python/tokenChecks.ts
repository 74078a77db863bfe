/**
 * The checks of CPython's tokenizer, which tree-sitter's error recovery blurs: indentation
 * (unexpected indent, dedent to no outer level, tabs against spaces, missing indented block),
 * brackets, unterminated strings, malformed numbers, stray characters. Like CPython, it stops at
 * the first error, and reports it where CPython does, in CPython's words.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../core/diagnostics";
import { numberError, parseNumber } from "./numbers";

const closers: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };
const blockHeaders: Readonly<Record<string, string>> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: "function definition", class: "class definition", match: "'match' statement",
  case: "'case' statement",
};
const stringPrefix = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;
const identifierStart = /[\p{ID_Start}_]/u;
const identifierPart = /[\p{ID_Continue}\u00b7]/u;
/** CPython's tokenizer accepts `1if x else y` (a number glued to a keyword). */
const keywordAfterNumber = /^(?:and|else|for|if|in|is|not|or)\b/;

class LexicalError extends Error {
  constructor(readonly code: DiagnosticCode, readonly at: number, message: string) {
    super(message);
  }
}

export function checkTokens(source: string): Diagnostic[] {
  try {
    new Scanner(source).run();
    return [];
  } catch (error) {
    if (!(error instanceof LexicalError)) throw error;
    const at = Math.max(0, Math.min(error.at, source.length));
    return [diagnostic(error.code, { start: at, end: Math.min(at + 1, source.length) }, error.message)];
  }
}

class Scanner {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly brackets: { ch: string; at: number; line: number }[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  /** The block header the previous logical line opened (`if x:`), waiting for its indented body. */
  private pendingBlock: { what: string; line: number } | null = null;
  private firstWord = "";
  private lastToken = "";
  private lastTokenEnd = 0;
  /** Where the previous logical line ended, if it began like a block header but had no colon. */
  private previousHeader = 0;

  constructor(private readonly s: string) {}

  run(): void {
    const s = this.s;
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
    this.indentation();
    while (this.i < s.length) this.token();
    this.endOfFile();
  }

  private fail(code: DiagnosticCode, at: number, message: string): never {
    throw new LexicalError(code, at, message);
  }

  private newline(): void {
    const s = this.s;
    this.i += s[this.i] === "\r" && s[this.i + 1] === "\n" ? 2 : 1;
    this.line++;
    this.lineStart = this.i;
  }

  /** At the start of a line outside brackets: CPython's INDENT/DEDENT logic, then the block check. */
  private indentation(): void {
    const s = this.s;
    let col = 0;
    let alt = 0;
    let j = this.i;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === " ") { col++; alt++; }
      else if (c === "\t") { col = (Math.floor(col / 8) + 1) * 8; alt++; }
      else if (c === "\f") { col = 0; alt = 0; }
      else break;
    }
    this.i = j;
    const c = s[j];
    if (c === undefined || c === "\n" || c === "\r" || c === "#" || c === "\\") return; // blank lines do not count
    const top = this.indents.length - 1;
    let pushed = false;
    if (col === this.indents[top]) {
      if (alt !== this.altIndents[top]) this.fail("PY1015", this.lineStart, "inconsistent use of tabs and spaces in indentation");
    } else if (col > this.indents[top]!) {
      if (alt <= this.altIndents[top]!) this.fail("PY1015", this.lineStart, "inconsistent use of tabs and spaces in indentation");
      // `if x` + indented body: the parser stops at the header first, for want of its colon.
      if (!this.pendingBlock && this.previousHeader) this.fail("PY1001", this.previousHeader, "expected ':'");
      if (!this.pendingBlock) this.fail("PY1002", Math.max(this.lineStart, j - 1), "unexpected indent");
      // CPython's tokenizer keeps at most 100 levels (MAXINDENT), counting the module's.
      if (this.indents.length >= 100) this.fail("PY1099", this.lineStart, "too many levels of indentation");
      this.indents.push(col);
      this.altIndents.push(alt);
      pushed = true;
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.fail("PY1004", this.endOfLine(j), "unindent does not match any outer indentation level");
      }
    }
    if (this.pendingBlock && !pushed) this.missingBlock(j);
    this.pendingBlock = null;
  }

  private missingBlock(at: number): never {
    const block = this.pendingBlock!;
    return this.fail("PY1003", at, `expected an indented block after ${block.what} on line ${block.line}`);
  }

  private endOfLine(from: number): number {
    const s = this.s;
    let j = from;
    while (j < s.length && s[j] !== "\n" && s[j] !== "\r") j++;
    return j;
  }

  private token(): void {
    const s = this.s;
    const c = s[this.i]!;
    if (c === " " || c === "\t" || c === "\f") { this.i++; return; }
    if (c === "\n" || c === "\r") return this.lineEnd();
    if (c === "#") { this.i = this.endOfLine(this.i); return; }
    if (c === "\\") return this.continuation();
    if (c === "'" || c === '"') return this.string(this.i, this.i);
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(s[this.i + 1] ?? ""))) return this.number();
    if (c in closers) return this.close(c);
    if (c === "(" || c === "[" || c === "{") return this.open(c);
    if (identifierStart.test(c) || c.charCodeAt(0) > 0x7f) return this.word();
    if (c === "\0") this.fail("PY1000", this.i, "source code cannot contain null bytes");
    if (c === "$" || c === "?" || c === "`" || (c === "!" && s[this.i + 1] !== "=")) this.fail("PY1000", this.i, "invalid syntax");
    if (c.charCodeAt(0) < 0x20 && c !== "\t") this.fail("PY1016", this.i, `invalid non-printable character U+${hex(c.charCodeAt(0))}`);
    this.lastToken = c;
    this.i++;
    this.lastTokenEnd = this.i;
  }

  private lineEnd(): void {
    this.newline();
    if (this.brackets.length > 0) return;
    if (this.lastToken === ":" && blockHeaders[this.firstWord]) {
      this.pendingBlock = { what: blockHeaders[this.firstWord]!, line: this.line - 1 };
    }
    this.previousHeader = blockHeaders[this.firstWord] && this.lastToken !== ":" ? this.lastTokenEnd : 0;
    this.firstWord = "";
    this.lastToken = "";
    this.indentation();
  }

  private continuation(): void {
    const next = this.s[this.i + 1];
    if (next === undefined) this.fail("PY1000", this.i, "unexpected EOF while parsing");
    if (next !== "\n" && next !== "\r") this.fail("PY1000", this.i + 1, "unexpected character after line continuation character");
    this.i++;
    this.newline();
  }

  private word(): void {
    const s = this.s;
    const start = this.i;
    const first = String.fromCodePoint(s.codePointAt(start)!);
    if (!identifierStart.test(first)) this.badCharacter(start, first);
    this.i += first.length;
    while (this.i < s.length) {
      const ch = String.fromCodePoint(s.codePointAt(this.i)!);
      if (!identifierPart.test(ch)) break;
      this.i += ch.length;
    }
    const text = s.slice(start, this.i);
    if ((s[this.i] === "'" || s[this.i] === '"') && stringPrefix.test(text)) return this.string(start, this.i);
    if (!this.firstWord) this.firstWord = text === "async" ? "" : text;
    this.lastToken = text;
    this.lastTokenEnd = this.i;
  }

  private badCharacter(at: number, ch: string): never {
    const code = hex(ch.codePointAt(0)!);
    if (/[\p{C}\p{Z}]/u.test(ch)) return this.fail("PY1016", at, `invalid non-printable character U+${code}`);
    return this.fail("PY1016", at, `invalid character '${ch}' (U+${code})`);
  }

  private string(start: number, quoteAt: number): void {
    const s = this.s;
    const q = s[quoteAt]!;
    const triple = s.startsWith(q.repeat(3), quoteAt);
    const startLine = this.line;
    this.i = quoteAt + (triple ? 3 : 1);
    for (;;) {
      const c = s[this.i];
      if (c === undefined || (!triple && (c === "\n" || c === "\r"))) {
        const kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        // At the end of input, CPython counts the last line that has text.
        const atEnd = this.line - (/[\r\n]$/.test(s) ? 1 : 0);
        const line = c === undefined && triple ? atEnd : startLine;
        this.fail("PY1007", start, `${kind} (detected at line ${line})`);
      }
      if (c === "\\") {
        this.i++;
        if (s[this.i] === "\n" || s[this.i] === "\r") this.newline();
        else this.i++;
      } else if (c === "\n" || c === "\r") {
        this.newline();
      } else if (triple ? s.startsWith(q.repeat(3), this.i) : c === q) {
        this.i += triple ? 3 : 1;
        break;
      } else {
        this.i++;
      }
    }
    if (!this.firstWord) this.firstWord = "string";
    this.lastToken = "string";
    this.lastTokenEnd = this.i;
  }

  private number(): void {
    const s = this.s;
    const start = this.i;
    const text = numberToken(s, start);
    this.i = start + text.length;
    if (!this.firstWord) this.firstWord = "number";
    this.lastToken = "number";
    this.lastTokenEnd = this.i;
    if (parseNumber(text) !== undefined) return;
    for (let cut = text.length - 1; cut > 0; cut--) {
      if (parseNumber(text.slice(0, cut)) !== undefined && keywordAfterNumber.test(text.slice(cut))) {
        this.i = start + cut;
        this.lastTokenEnd = this.i;
        return;
      }
    }
    this.fail("PY1022", start, numberError(text) ?? "invalid decimal literal");
  }

  private open(c: string): void {
    if (this.brackets.length >= 200) this.fail("PY1099", this.i, "too many nested parentheses");
    this.brackets.push({ ch: c, at: this.i, line: this.line });
    if (!this.firstWord) this.firstWord = c;
    this.lastToken = c;
    this.i++;
    this.lastTokenEnd = this.i;
  }

  private close(c: string): void {
    const open = this.brackets.pop();
    if (!open) this.fail("PY1006", this.i, `unmatched '${c}'`);
    if (open.ch !== closers[c]) {
      const where = open.line === this.line ? "" : ` on line ${open.line}`;
      this.fail("PY1006", this.i, `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`);
    }
    this.lastToken = c;
    this.i++;
    this.lastTokenEnd = this.i;
  }

  private endOfFile(): void {
    const open = this.brackets[this.brackets.length - 1];
    if (open) this.fail("PY1005", open.at, `'${open.ch}' was never closed`);
    if (this.lastToken === ":" && blockHeaders[this.firstWord]) {
      this.pendingBlock = { what: blockHeaders[this.firstWord]!, line: this.line };
    }
    if (this.pendingBlock) this.missingBlock(this.s.length);
  }
}

/**
 * The text of the number starting at `start`, glued letters included (`1abc` is one bad token):
 * at most one `.`, none after an exponent or in 0x/0o/0b literals (`1.5e3.real`, `0x1.real`).
 */
function numberToken(s: string, start: number): string {
  const prefixed = /^0[xXoObB]/.test(s.slice(start, start + 2));
  let dots = prefixed ? 1 : 0;
  let exponent = false;
  let j = start;
  for (; j < s.length; j++) {
    const c = s[j]!;
    if (c === ".") {
      if (dots > 0 || exponent) break;
      dots++;
    } else if ((c === "+" || c === "-") && !prefixed && /[eE]/.test(s[j - 1] ?? "") && /[0-9]/.test(s[j + 1] ?? "")) {
      exponent = true;
    } else if (!/[0-9a-zA-Z_]/.test(c)) {
      break;
    } else if (!prefixed && (c === "e" || c === "E")) {
      exponent = true;
    }
  }
  return s.slice(start, j);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}
