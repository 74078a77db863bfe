/** Accumulates output text with indentation, and records which output range came from which Python span. */
import type { Span } from "../core/diagnostics";

export interface MappedSpan {
  /** The Python source range. */
  readonly py: Span;
  /** The generated range. */
  readonly out: Span;
}

export class Writer {
  private readonly parts: string[] = [];
  private length = 0;
  private indentLevel = 0;
  private atLineStart = true;
  readonly mappings: MappedSpan[] = [];

  constructor(private readonly indentUnit = "  ") {}

  get offset(): number {
    return this.length;
  }

  write(text: string): void {
    if (text.length === 0) return;
    if (this.atLineStart) {
      const pad = this.indentUnit.repeat(this.indentLevel);
      this.parts.push(pad);
      this.length += pad.length;
      this.atLineStart = false;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  newline(): void {
    this.parts.push("\n");
    this.length += 1;
    this.atLineStart = true;
  }

  indent(): void {
    this.indentLevel++;
  }

  dedent(): void {
    this.indentLevel--;
  }

  /** Runs `emit` and maps whatever it writes to `span`. */
  mapped(span: Span | undefined, emit: () => void): void {
    if (!span) {
      emit();
      return;
    }
    const start = this.atLineStart ? this.length + this.indentUnit.length * this.indentLevel : this.length;
    emit();
    if (this.length > start) this.mappings.push({ py: span, out: { start, end: this.length } });
  }

  toString(): string {
    return this.parts.join("");
  }
}
