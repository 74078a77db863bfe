/// <reference lib="dom" />
/** A read-only code pane: line numbers, token colours, and spans that can be highlighted by offset. */
import type { Span } from "../shared/protocol";
import { el } from "./dom";
import { tokenize } from "./highlight";

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly node: HTMLSpanElement;
}

export class CodeView {
  readonly element: HTMLElement;
  private readonly segments: Segment[] = [];
  private readonly code: HTMLElement;

  constructor(
    readonly text: string,
    language: "python" | "typescript",
    /** Extra boundaries (the mapped spans), so any mapped span can be highlighted exactly. */
    spans: readonly Span[],
    label: string,
  ) {
    const tokens = tokenize(text, language);
    const cuts = new Set<number>([0, text.length]);
    for (const t of tokens) cuts.add(t.start).add(t.end);
    for (const s of spans) cuts.add(s.start).add(s.end);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) cuts.add(i).add(i + 1);
    const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    this.code = el("code", { className: `language-${language}` });
    let t = 0;
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i] as number;
      const end = sorted[i + 1] as number;
      while (t < tokens.length && (tokens[t] as { end: number }).end <= start) t++;
      const token = tokens[t];
      const kind = token && token.start <= start && end <= token.end ? token.kind : null;
      const node = el("span", { className: kind ? `tok-${kind}` : "", text: text.slice(start, end) });
      node.dataset.offset = String(start);
      this.code.append(node);
      this.segments.push({ start, end, node });
    }
    const lineCount = text === "" ? 1 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    const gutter = el("div", { className: "gutter", attrs: { "aria-hidden": "true" }, text: Array.from({ length: lineCount }, (_, i) => String(i + 1)).join("\n") });
    const pre = el("pre", { className: "code" }, [this.code]);
    this.element = el("div", { className: "code-view", attrs: { tabindex: "0", role: "region", "aria-label": label } }, [gutter, pre]);
  }

  /** The text offset under a DOM node inside this view, or null. */
  offsetOf(node: EventTarget | null): number | null {
    if (!(node instanceof HTMLElement) || !this.code.contains(node) || node.dataset.offset === undefined) return null;
    return Number(node.dataset.offset);
  }

  /** Offset of a point given by a DOM selection (node + offset inside it). */
  offsetAt(node: Node, offset: number): number | null {
    const span = node instanceof HTMLElement ? node : node.parentElement;
    const base = this.offsetOf(span);
    return base === null ? null : base + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }

  highlight(spans: readonly Span[], className: string): void {
    for (const s of this.segments) {
      const on = spans.some((span) => s.start < span.end && span.start < s.end);
      s.node.classList.toggle(className, on);
    }
  }

  clear(className: string): void {
    for (const s of this.segments) s.node.classList.remove(className);
  }

  scrollTo(span: Span): void {
    const first = this.segments.find((s) => s.end > span.start && s.start < span.end);
    first?.node.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}
