/** State shared by the converters of one parse: the source text and the diagnostics found so far. */
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../core/diagnostics";
import type { Expr } from "./ast";
import type { CstNode } from "./cst";

export class ConvertContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly source: string) {}

  /** Source text of a node: a slice of the input, never tree-sitter's `text` (a wasm round trip). */
  text(node: { readonly start: number; readonly end: number }): string {
    return this.source.slice(node.start, node.end);
  }

  /** An identifier: Python reads them in NFKC form (`ｗｉｄｔｈ` is `width`, micro `µ` is mu `μ`). */
  name(node: { readonly start: number; readonly end: number }): string {
    const text = this.text(node);
    return isAscii(text) ? text : text.normalize("NFKC");
  }

  error(code: DiagnosticCode, start: number, end: number, message?: string): void {
    this.diagnostics.push(diagnostic(code, this.span(start, end), message));
  }

  warn(code: DiagnosticCode, start: number, end: number, message?: string): void {
    this.diagnostics.push(diagnostic(code, this.span(start, end), message, "warning"));
  }

  /** A stand-in for an expression tree-sitter could not build; the tree error was reported already. */
  placeholder(node: { readonly start: number; readonly end: number }): Expr {
    return { kind: "Name", id: "", ctx: "Load", start: node.start, end: node.end };
  }

  /** Clamps a span into the input: every diagnostic points inside the text. */
  private span(start: number, end: number): { start: number; end: number } {
    const length = this.source.length;
    const s = Math.max(0, Math.min(start, length));
    return { start: s, end: Math.max(s, Math.min(end, length)) };
  }
}

export type ExprConverter = (cx: ConvertContext, node: CstNode) => Expr;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
