/// <reference lib="dom" />
/**
 * The panel's plain-TypeScript parts (see src/plain): the switch between the exact translation and plain
 * TypeScript, the difference cards linked to their Python and TypeScript spans, the refusals pointing into the
 * exact translation, and the plain run's output diffed against CPython's and against the exact translation's.
 * Built with textContent only.
 */
import type { PanelDifference, PanelPlain, PanelRefusal, PlainRunResult, PythonResult, Span } from "../shared/protocol";
import { verdict } from "../run/verdict";
import { button, el } from "./dom";

export type TsView = "exact" | "plain";

/** "Exact translation" | "Plain TypeScript": a two-button switch (aria-pressed), as a toolbar group. */
export function viewSwitch(current: TsView, hasPlain: boolean, onChange: (view: TsView) => void): HTMLElement {
  const choice = (view: TsView, label: string, title: string): HTMLButtonElement => {
    const b = button(label, () => onChange(view), { id: `view-${view}`, title, className: `switch${current === view ? " selected" : ""}` });
    b.setAttribute("aria-pressed", String(current === view));
    if (view === "plain" && !hasPlain) b.disabled = true;
    return b;
  };
  return el("div", { className: "view-switch", attrs: { role: "group", "aria-label": "Which TypeScript to show" } }, [
    choice("exact", "Exact translation", "The translation that keeps CPython's semantics (imports asyncio-ts/runtime)"),
    choice("plain", "Plain TypeScript", "What a TypeScript developer writes with the platform alone: no runtime import, and where it differs from CPython"),
  ]);
}

export interface SpanLinks {
  /** Highlight the Python span and the TypeScript span (of the pane's current text), scrolling to them when asked. */
  show(py: Span, ts: Span | null, scroll: boolean): void;
  /** Switch to the exact translation and show this refusal's place there. */
  showExact(refusal: PanelRefusal): void;
  revealPython(span: Span): void;
}

/** One card per difference from CPython, linked to the spans it comes from. */
export function differenceCards(plain: PanelPlain, links: SpanLinks): HTMLElement {
  const items = plain.differences.map((d, i) => differenceCard(d, i, links));
  return el("section", { className: "notes differences", attrs: { "aria-label": "Differences from CPython", id: "differences" } }, [
    el("h2", { text: `Where plain TypeScript differs from CPython (${plain.differences.length})` }),
    items.length ? el("ol", {}, items) : el("p", { className: "muted", text: "Nothing here behaves differently: the plain TypeScript prints what CPython prints." }),
  ]);
}

function differenceCard(d: PanelDifference, i: number, links: SpanLinks): HTMLElement {
  const where = `Python ${d.line}:${d.column}${d.tsLine !== null ? ` → plain TypeScript ${d.tsLine}:${d.tsColumn}` : ""}`;
  const head = button(d.title, () => links.show(d.py, d.ts, true), { className: "link note-title", title: "Show where this comes from" });
  head.addEventListener("mouseenter", () => links.show(d.py, d.ts, false));
  head.addEventListener("focus", () => links.show(d.py, d.ts, false));
  return el("li", { className: "note difference", attrs: { id: `difference-${i}`, "data-kind": d.kind } }, [
    head,
    el("span", { className: "muted-inline", text: ` ${d.kind} · ${where}` }),
    el("p", { text: d.explanation }),
  ]);
}

/** What has no plain form: each refusal with its place, and a link to the exact translation's. */
export function refusalList(plain: PanelPlain, links: SpanLinks): HTMLElement {
  return el("section", { className: "problems refusals", attrs: { "aria-label": "No plain TypeScript form", id: "refusals" } }, [
    el("h2", { text: "No plain TypeScript form: the platform lacks what this needs" }),
    el(
      "ul",
      {},
      plain.refusals.map((r) => {
        const text = button(`${r.line}:${r.column} ${r.code} ${r.message}`, () => links.revealPython(r.span), { className: "link severity-error", title: "Show in the Python file" });
        text.addEventListener("mouseenter", () => links.show(r.span, null, false));
        const exact = r.exact ? button("Show in the exact translation", () => links.showExact(r), { className: "link", title: "Switch to the exact translation, which has this" }) : null;
        return el("li", {}, [text, exact ? el("span", { text: " " }) : null, exact]);
      }),
    ),
  ]);
}

/** The exact translation's run, as far as the comparison needs it. */
export interface ExactRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** The plain run's output, then its diff against CPython's and against the exact translation's (each once known). */
export function plainComparison(result: PlainRunResult, python: PythonResult | null, exact: ExactRun | null): HTMLElement {
  const output = el("div", { className: "output", attrs: { id: "plain-output", role: "log", "aria-label": "Output of the plain TypeScript" } }, outputLines(result.stdout, []));
  const sections: HTMLElement[] = [
    el("h2", { text: `Plain TypeScript output (exit status ${result.exitCode}, ${result.clock} clock, ${Math.round(result.wallMs)} ms)` }),
    output,
    result.stderr ? el("pre", { className: "stderr-block", text: result.stderr.trimEnd() }) : el("span"),
  ];
  const ours = { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
  sections.push(python ? diffAgainst("CPython", "plain-vs-python", ours, { ...python }) : el("p", { className: "muted progress", text: "Running Python…" }));
  sections.push(exact ? diffAgainst("the exact translation", "plain-vs-exact", ours, { python: "the exact translation", stdout: exact.stdout, stderr: exact.stderr, exitCode: exact.exitCode, timedOut: false }) : el("p", { className: "muted progress", text: "Running the exact translation…" }));
  return el("section", { className: "comparison plain-comparison", attrs: { "aria-label": "Plain TypeScript run" } }, sections);
}

function diffAgainst(
  name: string,
  id: string,
  ours: ExactRun,
  other: { python: string; stdout: string; stderr: string; exitCode: number | null; timedOut: boolean; error?: string },
): HTMLElement {
  const result = verdict(ours, other);
  return el("div", { className: "plain-diff" }, [
    el("h3", {}, [el("span", { text: `Against ${name} ` }), el("span", { className: `verdict ${result.identical ? "same" : "differs"}`, text: result.summary, attrs: { id: `${id}-verdict` } })]),
    el("div", { className: "compare-cols" }, [
      el("div", { className: "compare-col" }, [el("h3", { text: "Plain TypeScript" }), el("div", { className: "output compare-output", attrs: { role: "list" } }, outputLines(result.oursLines.join("\n"), result.oursChanged))]),
      el("div", { className: "compare-col" }, [el("h3", { text: name[0]!.toUpperCase() + name.slice(1) }), el("div", { className: "output compare-output", attrs: { role: "list" } }, outputLines(result.pythonLines.join("\n"), result.pythonChanged))]),
    ]),
  ]);
}

function outputLines(text: string, changed: readonly boolean[]): HTMLElement[] {
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  if (lines.length === 0) return [el("p", { className: "muted", text: "(no output)" })];
  return lines.map((l, i) => el("div", { className: `line${changed[i] ? " changed" : ""}`, attrs: { role: "listitem", ...(changed[i] ? { "aria-label": `differs: ${l}` } : {}) } }, [el("span", { className: "text", text: l })]));
}
