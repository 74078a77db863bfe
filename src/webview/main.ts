/// <reference lib="dom" />
/**
 * The webview: Python and TypeScript side by side (hover or select a span to see its counterpart), teaching
 * notes linked to spans, Run (a Worker, virtual or real clock) with output lines and a timeline of tasks, and
 * Compare with Python (run by the extension host). User text only ever goes through textContent.
 */
import { isToWebview, type FromWebview, type LiveTiming, type PanelMapping, type PanelModel, type PanelRefusal, type PlainRunResult, type PythonResult, type Span, type WebviewState } from "../shared/protocol";
import { differenceCards, plainComparison, refusalList, viewSwitch, type SpanLinks, type TsView } from "./plainView";
import { CodeView } from "./codeView";
import { splitOutputLines, verdict } from "../run/verdict";
import { button, el } from "./dom";
import { Run, type OutputLine, type RunOutcome } from "./runner";
import { buildTrace } from "../shared/loopTrace";
import type { TraceEvent } from "../shared/traceEvents";
import { Stepper } from "./stepper";
import { fmt, Timeline } from "./timeline";
import { renderTraceTimeline } from "./traceTimeline";
import { jsLineBase, type TimelineEvent } from "./workerShim";

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById("app") as HTMLElement;

/** The elements the panel updates after rendering (the rest is rebuilt by render()). */
interface PanelElements {
  readonly run: HTMLButtonElement;
  readonly compare: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly output: HTMLElement;
  readonly timeline: HTMLElement;
  readonly compareBox: HTMLElement;
  readonly stepper: HTMLElement;
  readonly plainBox: HTMLElement;
}

interface NoteGroup {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly spans: Span[];
}

/** Everything the panel remembers between messages and clicks: one object, typed fields. */
class PanelState {
  model: PanelModel | null = null;
  clock: "virtual" | "real" = "virtual";
  pyView: CodeView | null = null;
  tsView: CodeView | null = null;
  /** The run in progress, if any. */
  current: Run | null = null;
  lastRun: RunOutcome | null = null;
  pythonResult: PythonResult | null = null;
  comparing = false;
  noteGroups: NoteGroup[] = [];
  /** The stepper over the last run's loop trace. */
  stepper: Stepper | null = null;
  /** Null until the first render. */
  elements: PanelElements | null = null;
  /** The TypeScript pane shows the exact translation or the plain TypeScript (src/plain). */
  view: TsView = "exact";
  plainResult: PlainRunResult | null = null;
  /** "Run plain TypeScript" was pressed: its comparison waits for CPython's run and the exact translation's. */
  plainRequested = false;
  /** Live translation: while the edited Python gives no TypeScript (it does not parse), the last TypeScript it gave. */
  lastGoodTs: string | null = null;
}

const state = new PanelState();

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

// ---- rendering ---------------------------------------------------------------------------------------

function show(next: PanelModel, autoRun: boolean, live?: LiveTiming): void {
  state.current?.stop("stopped (a new translation was shown)");
  // While typing, the Python often does not parse for a moment: keep the last TypeScript on screen, marked out of date.
  state.lastGoodTs = live && !next.programTs ? (state.model?.programTs || state.lastGoodTs) : null;
  state.model = next;
  const saved = vscode.getState();
  // A live re-translation of edited code keeps the clock and the view the user chose.
  const same = saved && (live !== undefined || saved.model.python === next.python);
  state.clock = same ? saved.clock : next.settings.clock;
  state.view = same && next.plain ? (saved.view ?? "exact") : "exact";
  state.lastRun = null;
  state.pythonResult = null;
  state.comparing = false;
  state.plainResult = null;
  state.plainRequested = false;
  saveState();
  const scroll = live ? { x: window.scrollX, y: window.scrollY } : null;
  render(next);
  if (state.lastGoodTs) markStale("out of date: the Python does not translate (see the problems)", false);
  if (scroll) window.scrollTo(scroll.x, scroll.y);
  if (live) liveShown(live);
  if (autoRun) startRun();
}

/** The time from the edit to the new translation on screen, as a performance measure and on the body (for the UI test's figures). */
function liveShown(live: LiveTiming): void {
  const now = Date.now();
  const ms = now - live.editedAt;
  document.body.dataset.liveEditToShowMs = String(ms);
  document.body.dataset.livePostToShowMs = String(now - live.postedAt);
  document.body.dataset.liveTranslateMs = live.translateMs.toFixed(1);
  performance.mark("asyncio-ts:live-shown", { detail: { editToShowMs: ms, postToShowMs: now - live.postedAt, translateMs: live.translateMs } });
  setStatus("Live: translated again after your edit.");
}

/** The Python changed: the panel keeps what it shows, marked out of date, until the new translation comes. */
function markStale(text = "out of date: translating…", problemsToo = true): void {
  document.body.classList.add("stale");
  document.body.classList.toggle("stale-problems", problemsToo);
  const head = document.querySelector(".pane-head");
  const badge = document.getElementById("stale-badge");
  if (badge) badge.textContent = text;
  else if (head) head.append(el("span", { className: "stale-badge", text, attrs: { id: "stale-badge", role: "status" } }));
}

function saveState(): void {
  if (state.model) vscode.setState({ model: state.model, clock: state.clock, view: state.view });
}

/** The span map of what the TypeScript pane shows. */
function currentMap(): readonly PanelMapping[] {
  const m = state.model;
  if (!m) return [];
  return state.view === "plain" && m.plain ? m.plain.map : m.map;
}

function switchView(view: TsView): void {
  if (!state.model || state.view === view) return;
  state.view = view;
  saveState();
  render(state.model);
  document.getElementById(`view-${view}`)?.focus();
}

const plainLinks: SpanLinks = {
  show(py, ts, scroll) {
    if (!state.pyView || !state.tsView) return;
    state.pyView.highlight([py], "linked");
    const tsSpans = ts ? [ts] : tsSpansWithin(py);
    state.tsView.highlight(tsSpans, "linked");
    if (scroll) {
      state.pyView.scrollTo(py);
      if (tsSpans[0]) state.tsView.scrollTo(tsSpans[0]);
    }
  },
  showExact(refusal: PanelRefusal) {
    switchView("exact");
    if (refusal.exact) plainLinks.show(refusal.span, refusal.exact, true);
  },
  revealPython(span) {
    post({ type: "revealPython", span });
  },
};

function render(m: PanelModel): void {
  app.replaceChildren();
  document.body.classList.remove("stale", "stale-problems");
  const plain = state.view === "plain" && m.plain ? m.plain : null;
  const plainText = plain ? plain.ts || "// No plain TypeScript form: see what the platform lacks below, and the exact translation." : "";
  const pyView = new CodeView(m.python, "python", [...m.map.map((x) => x.py), ...(plain ? plain.map.map((x) => x.py) : []), ...m.notes.map((n) => n.span), ...m.diagnostics.map((d) => d.span)], "Python source");
  const tsView = plain
    ? new CodeView(plainText, "typescript", plain.map.map((x) => x.ts), "Plain TypeScript")
    : state.lastGoodTs
      ? new CodeView(state.lastGoodTs, "typescript", [], "TypeScript translation (out of date)")
      : new CodeView(m.programTs || "// Nothing was translated: see the problems above.", "typescript", m.map.map((x) => x.ts), "TypeScript translation");
  pyView.highlight(m.notes.map((n) => n.span), "has-note");
  pyView.highlight(m.diagnostics.map((d) => d.span), "has-problem");
  state.pyView = pyView;
  state.tsView = tsView;

  const realToggle = el("input", { attrs: { type: "checkbox", id: "real-time" } });
  realToggle.checked = state.clock === "real";
  realToggle.addEventListener("change", () => {
    state.clock = realToggle.checked ? "real" : "virtual";
    saveState();
  });
  const runButton = button("▶ Run", () => (state.current?.running ? state.current.stop("stopped by you") : startRun()), { id: "run", title: "Run the translation (Alt+R)", className: "primary", keyHint: "Alt+R" });
  const compareButton = button("Compare with Python", () => startCompare(), { id: "compare", title: "Run the Python too and compare outputs (Alt+C)", keyHint: "Alt+C" });
  const runPlainButton = plain ? button("▶ Run plain TypeScript", () => startPlainRun(), { id: "run-plain", title: "Run the plain TypeScript (Node's console.log, the same clock) and diff its output against CPython's and the exact translation's" }) : null;
  if (runPlainButton && !plain?.ok) runPlainButton.disabled = true;
  const toolbar = el("div", { className: "toolbar", attrs: { role: "toolbar", "aria-label": "Translation actions" } }, [
    runButton,
    compareButton,
    runPlainButton,
    el("label", { className: "toggle", title: "Virtual clock: asyncio.sleep takes no wall time. Real time: sleeps really wait." }, [realToggle, el("span", { text: "Real time" })]),
    el("span", { className: "spacer" }),
    button("Copy", () => post({ type: "copy" }), { id: "copy", title: "Copy the TypeScript (it imports asyncio-ts/runtime, unless the standalone setting is on)" }),
    button("Copy self-contained", () => post({ type: "copySelfContained" }), { id: "copy-standalone", title: "Copy the TypeScript with the helpers it uses inlined: runs without the asyncio-ts package" }),
    button("Open in editor", () => post({ type: "openInEditor" }), { id: "open", title: "Open the TypeScript in an untitled editor" }),
    button("Save as .ts", () => post({ type: "saveAs" }), { id: "save", title: "Save the TypeScript to a file" }),
  ]);
  const status = el("div", { className: "status", attrs: { id: "status", role: "status" } });

  const problems = m.diagnostics.length
    ? el("section", { className: "problems", attrs: { "aria-label": "Problems" } }, [
        el("h2", { text: m.ok ? "Warnings" : "Not everything could be translated" }),
        el(
          "ul",
          {},
          m.diagnostics.map((d) => {
            const b = button(`${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`, () => post({ type: "revealPython", span: d.span }), { className: `link severity-${d.severity}`, title: "Show in the Python file" });
            b.addEventListener("mouseenter", () => focusPython(d.span));
            b.addEventListener("focus", () => focusPython(d.span));
            return el("li", {}, [b]);
          }),
        ),
      ])
    : null;

  const helperLines = m.helpersTs.split("\n").length;
  const helpers = helperLines > 2 ? (el("details", { className: "helpers" }, [el("summary", { text: `asyncio-ts helpers (${helperLines} lines: imported from asyncio-ts/runtime, inlined by Copy self-contained)` })]) as HTMLDetailsElement) : null;
  if (helpers) {
    // Drawn when first opened: highlighting the helpers' ~1,800 lines on every (live) render would cost most of it.
    const draw = (): void => {
      if (helpers.open && helpers.childElementCount === 1) helpers.append(new CodeView(m.helpersTs, "typescript", [], "Helpers").element);
    };
    helpers.addEventListener("toggle", draw);
    helpers.open = m.settings.showHelpers;
    draw();
  }

  const panes = el("div", { className: "panes" }, [
    el("section", { className: "pane" }, [el("h2", { text: "Python" }), pyView.element]),
    el("section", { className: "pane" }, [el("div", { className: "pane-head" }, [el("h2", { text: "TypeScript" }), viewSwitch(state.view, m.plain !== undefined, switchView)]), tsView.element, plain ? null : helpers]),
  ]);

  // One entry per kind of note; its spans are all linked.
  state.noteGroups = [];
  for (const n of m.notes) {
    const group = state.noteGroups.find((g) => g.id === n.id);
    if (group) group.spans.push(n.span);
    else state.noteGroups.push({ id: n.id, title: n.title, body: n.body, spans: [n.span] });
  }
  const notes = el("section", { className: "notes", attrs: { "aria-label": "Teaching notes" } }, [
    el("h2", { text: state.noteGroups.length ? `Notes (${state.noteGroups.length})` : "Notes" }),
    state.noteGroups.length
      ? el(
          "ol",
          {},
          state.noteGroups.map((n, i) => {
            const head = button(n.title, () => focusNote(i, true), { className: "link note-title", title: "Show where this applies" });
            head.addEventListener("mouseenter", () => focusNote(i, false));
            head.addEventListener("focus", () => focusNote(i, false));
            const where = n.spans.length > 1 ? ` (${n.spans.length} places)` : "";
            const item = el("li", { className: "note", attrs: { id: `note-${i}` } }, [head, el("span", { className: "muted-inline", text: where }), el("p", { text: n.body })]);
            return item;
          }),
        )
      : el("p", { className: "muted", text: "Nothing here behaves differently in JavaScript." }),
  ]);

  const output = el("div", { className: "output", attrs: { id: "output", role: "log", "aria-label": "Output of the TypeScript run" } }, [el("p", { className: "muted", text: "Press Run to execute the translation." })]);
  const timeline = el("div", { attrs: { id: "timeline" } });
  const compareBox = el("div", { attrs: { id: "comparison" } });
  const stepper = el("div", { attrs: { id: "stepper" } });
  const plainBox = el("div", { attrs: { id: "plain-comparison" } });
  const plainParts = plain ? [plain.ok ? null : refusalList(plain, plainLinks), plainBox, plain.ok ? differenceCards(plain, plainLinks) : null] : [];
  const results = el("section", { className: "results" }, [
    el("div", { className: "result-col" }, [el("h2", { text: "Output" }), output]),
    el("div", { className: "result-col" }, [el("h2", { text: "Tasks over time" }), timeline]),
  ]);

  state.elements = { run: runButton, compare: compareButton, status, output, timeline, compareBox, stepper, plainBox };
  app.append(el("header", {}, [el("h1", { text: `${m.fileName}` }), toolbar, status]), problems ?? "", panes, ...plainParts.filter((p): p is HTMLElement => p !== null), results, stepper, compareBox, notes);
  renderPlainComparison();
  wireHover();
}

// ---- span map ----------------------------------------------------------------------------------------

function innermost(side: "py" | "ts", offset: number): PanelMapping | null {
  let best: PanelMapping | null = null;
  for (const m of currentMap()) {
    const s = m[side];
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best[side].end - best[side].start)) best = m;
  }
  return best;
}

function showPair(mapping: PanelMapping | null): void {
  if (!state.pyView || !state.tsView) return;
  if (!mapping) {
    state.pyView.clear("linked");
    state.tsView.clear("linked");
    return;
  }
  state.pyView.highlight([mapping.py], "linked");
  state.tsView.highlight([mapping.ts], "linked");
}

function focusPython(span: Span): void {
  if (!state.pyView || !state.tsView || !state.model) return;
  state.pyView.highlight([span], "linked");
  state.tsView.highlight(tsSpansWithin(span), "linked");
  state.pyView.scrollTo(span);
}

function tsSpansWithin(span: Span): Span[] {
  const inside = currentMap().filter((m) => span.start <= m.py.start && m.py.end <= span.end);
  // The largest mapped pieces only (their parts are inside them anyway).
  return inside.filter((m) => !inside.some((o) => o !== m && o.ts.start <= m.ts.start && m.ts.end <= o.ts.end && o.ts.end - o.ts.start > m.ts.end - m.ts.start)).map((m) => m.ts);
}

function focusNote(i: number, scroll: boolean): void {
  const note = state.noteGroups[i];
  if (!note || !state.tsView || !state.pyView) return;
  state.pyView.highlight(note.spans, "linked");
  const tsSpans = note.spans.flatMap(tsSpansWithin);
  state.tsView.highlight(tsSpans, "linked");
  if (note.spans[0]) state.pyView.scrollTo(note.spans[0]);
  document.querySelectorAll(".note.active").forEach((n) => n.classList.remove("active"));
  document.getElementById(`note-${i}`)?.classList.add("active");
  const first = tsSpans[0];
  if (scroll && first) state.tsView.scrollTo(first);
}

function activateNotesAt(offset: number): void {
  state.noteGroups.forEach((n, i) => document.getElementById(`note-${i}`)?.classList.toggle("active", n.spans.some((s) => s.start <= offset && offset < s.end)));
}

function wireHover(): void {
  const views: [CodeView | null, "py" | "ts"][] = [
    [state.pyView, "py"],
    [state.tsView, "ts"],
  ];
  for (const [view, side] of views) {
    if (!view) continue;
    view.element.addEventListener("mouseover", (e) => {
      const offset = view.offsetOf(e.target);
      if (offset === null) return;
      const mapping = innermost(side, offset);
      showPair(mapping);
      activateNotesAt(side === "py" ? offset : (mapping?.py.start ?? -1));
    });
    view.element.addEventListener("mouseleave", () => showPair(null));
  }
}

document.documentElement.addEventListener("mouseleave", () => showPair(null));

document.addEventListener("selectionchange", () => {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode) return;
  for (const [view, side] of [
    [state.pyView, "py"],
    [state.tsView, "ts"],
  ] as const) {
    if (!view || !view.element.contains(sel.anchorNode)) continue;
    const offset = view.offsetAt(sel.anchorNode, sel.anchorOffset);
    if (offset !== null) showPair(innermost(side, offset));
  }
});

// ---- run ---------------------------------------------------------------------------------------------

function startRun(): void {
  const elements = state.elements;
  if (!state.model || !elements) return;
  if (!state.model.js) {
    setStatus("There is nothing to run: the translation failed (see the problems above).");
    return;
  }
  state.current?.stop("stopped (restarted)");
  state.lastRun = null;
  const output = elements.output;
  output.replaceChildren();
  const timeline = new Timeline();
  const events: (TimelineEvent | TraceEvent)[] = [];
  const model = state.model;
  const clock = state.clock;
  state.stepper = null;
  elements.stepper.replaceChildren();
  const lineNodes = new Map<OutputLine, HTMLElement>();
  let pendingTimeline = false;
  const redrawTimeline = (): void => {
    if (pendingTimeline) return;
    pendingTimeline = true;
    requestAnimationFrame(() => {
      pendingTimeline = false;
      elements.timeline.replaceChildren(timeline.size ? timeline.render() : el("p", { className: "muted", text: "No tasks were created." }));
    });
  };
  // Run click (or auto-run) to the last output line on screen, for the UI test's figures (docs/performance.md).
  const clicked = performance.mark("asyncio-ts:run-start").startTime;
  let lastLineShown = clicked;
  setRunning(true);
  setStatus(`Running with the ${state.clock === "virtual" ? "virtual clock (sleeps take no time)" : "real clock"}…`);
  state.current = new Run(state.model.js, { clock: state.clock, timeLimitMs: state.model.settings.timeLimitMs, maxOutputBytes: state.model.settings.maxOutputBytes }, {
    onLine(line, isNew) {
      let node = lineNodes.get(line);
      if (isNew || !node) {
        const time = state.model?.settings.showTimestamps ? el("span", { className: "time", text: `${fmt(line.time)} s` }) : null;
        node = el("div", { className: `line ${line.stream}` }, [time, el("span", { className: "text" })]);
        lineNodes.set(line, node);
        if (lineNodes.size <= 5000) output.append(node);
      }
      (node.querySelector(".text") as HTMLElement).textContent = line.text;
      lastLineShown = performance.now();
    },
    onEvent(e) {
      events.push(e);
      timeline.add(e);
      redrawTimeline();
    },
    onExit(result) {
      const measure = performance.measure("asyncio-ts:run-to-last-line", { start: clicked, end: lastLineShown });
      document.body.dataset.runToLastLineMs = measure.duration.toFixed(1);
      document.body.dataset.runToExitMs = (performance.now() - clicked).toFixed(1);
      state.lastRun = result;
      state.current = null;
      setRunning(false);
      if (lineNodes.size === 0) output.append(el("p", { className: "muted", text: "(no output)" }));
      if (lineNodes.size > 5000) output.append(el("p", { className: "muted", text: `… ${lineNodes.size - 5000} more lines not shown` }));
      redrawTimeline();
      showTrace(events, model, clock);
      const lines = splitOutputLines(result.stdout).length;
      setStatus(
        result.stopped
          ? `Stopped: ${result.stopped}.`
          : `Finished with exit status ${result.exitCode}: ${lines} line${lines === 1 ? "" : "s"} of output in ${Math.round(result.wallMs)} ms of wall time.`,
      );
      post({ type: "runFinished", exitCode: result.exitCode, lines, stopped: result.stopped });
      if (state.comparing) renderComparison();
      renderPlainComparison();
    },
  });
}

/** After a run: the trace's timeline (one lane per task, gather's children too) and the stepper over its loop steps. */
function showTrace(events: readonly (TimelineEvent | TraceEvent)[], model: PanelModel, clock: "virtual" | "real"): void {
  const elements = state.elements;
  if (!elements || state.model !== model) return;
  const trace = buildTrace(events, { python: model.python, js: model.js, jsLineBase: jsLineBase(clock), ...model.traceMap });
  if (trace.steps.length === 0) return;
  const stepper = new Stepper(trace, showStepLine);
  state.stepper = stepper;
  elements.stepper.replaceChildren(stepper.element);
  // After the live timeline's pending redraw, which would otherwise replace this one.
  requestAnimationFrame(() => {
    if (state.stepper === stepper) elements.timeline.replaceChildren(renderTraceTimeline(trace, (step) => stepper.go(step)));
  });
}

/** Highlight a Python line and the TypeScript it became (the span map), as the stepper's current line. */
function showStepLine(line: number | null): void {
  const { pyView, tsView, model } = state;
  if (!pyView || !tsView || !model) return;
  if (line === null) {
    pyView.clear("step-line");
    tsView.clear("step-line");
    return;
  }
  const lines = model.python.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const text = lines[line - 1] ?? "";
  const indent = text.length - text.trimStart().length;
  const span = { start: start + indent, end: start + text.length };
  pyView.highlight([span], "step-line");
  const tsSpans = tsSpansWithin(span);
  tsView.highlight(tsSpans, "step-line");
  pyView.scrollTo(span);
  if (tsSpans[0]) tsView.scrollTo(tsSpans[0]);
}

function setRunning(running: boolean): void {
  const run = state.elements?.run;
  if (!run) return;
  run.textContent = running ? "■ Stop" : "▶ Run";
  run.classList.toggle("running", running);
}

function setStatus(text: string): void {
  if (state.elements) state.elements.status.textContent = text;
}

// ---- compare -----------------------------------------------------------------------------------------

function startCompare(): void {
  if (!state.model || !state.elements) return;
  state.comparing = true;
  state.pythonResult = null;
  state.elements.compareBox.replaceChildren(el("p", { className: "muted progress", text: "Running Python…" }));
  if (!state.lastRun && !state.current?.running) startRun();
  post({ type: "compare" });
}

function renderComparison(): void {
  const box = state.elements?.compareBox;
  if (!box) return;
  if (!state.pythonResult || !state.lastRun) {
    box.replaceChildren(el("p", { className: "muted progress", text: !state.pythonResult ? "Running Python…" : "Running the TypeScript…" }));
    return;
  }
  const py = state.pythonResult;
  const result = verdict(state.lastRun, py);
  const identical = result.identical;
  const column = (title: string, lines: readonly string[], changed: readonly boolean[], stderr: string): HTMLElement =>
    el("div", { className: "compare-col" }, [
      el("h3", { text: title }),
      el(
        "div",
        { className: "output compare-output", attrs: { role: "list" } },
        lines.map((l, i) => el("div", { className: `line${changed[i] ? " changed" : ""}`, attrs: { role: "listitem", ...(changed[i] ? { "aria-label": `differs: ${l}` } : {}) } }, [el("span", { className: "text", text: l })])),
      ),
      stderr ? el("pre", { className: "stderr-block", text: stderr.trimEnd() }) : null,
    ]);
  box.replaceChildren(
    el("section", { className: "comparison", attrs: { "aria-label": "Comparison with Python" } }, [
      el("h2", {}, [el("span", { text: "Compared with Python " }), el("span", { className: `verdict ${identical ? "same" : "differs"}`, text: result.summary, attrs: { id: "compare-verdict" } })]),
      el("div", { className: "compare-cols" }, [column("TypeScript (this panel)", result.oursLines, result.oursChanged, state.lastRun.stderr), column(`Python (${py.python}, ${py.ms} ms)`, result.pythonLines, result.pythonChanged, py.stderr)]),
    ]),
  );
}

// ---- plain TypeScript --------------------------------------------------------------------------------

/** Run the plain TypeScript (by the host: Node's console.log), and CPython and the exact translation to diff against. */
function startPlainRun(): void {
  const m = state.model;
  if (!m?.plain?.ok || !state.elements) return;
  state.plainRequested = true;
  state.plainResult = null;
  state.elements.plainBox.replaceChildren(el("p", { className: "muted progress", text: "Running the plain TypeScript…" }));
  post({ type: "runPlain", clock: state.clock });
  if (!state.pythonResult) post({ type: "compare" });
  if (!state.lastRun && !state.current?.running) startRun();
}

function renderPlainComparison(): void {
  const box = state.elements?.plainBox;
  if (!box || !state.plainRequested || state.view !== "plain") return;
  if (!state.plainResult) {
    box.replaceChildren(el("p", { className: "muted progress", text: "Running the plain TypeScript…" }));
    return;
  }
  box.replaceChildren(plainComparison(state.plainResult, state.pythonResult, state.lastRun));
  setStatus(`Plain TypeScript finished with exit status ${state.plainResult.exitCode}.`);
}

// ---- messages and keys -------------------------------------------------------------------------------

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  const msg = event.data;
  if (!isToWebview(msg)) {
    console.warn("asyncio-ts: ignored a malformed message from the extension host:", JSON.stringify(msg)?.slice(0, 200));
    return;
  }
  switch (msg.type) {
    case "show":
      return show(msg.model, msg.autoRun, msg.live);
    case "stale":
      return markStale();
    case "liveEnded": {
      const badge = document.getElementById("stale-badge");
      if (badge) badge.textContent = "out of date: live translation ended";
      return setStatus(msg.text);
    }
    case "run":
      return startRun();
    case "compareStarted":
      state.elements?.compareBox.replaceChildren(el("p", { className: "muted progress", text: `Running ${msg.python}…` }));
      return;
    case "pythonResult":
      state.pythonResult = msg.result;
      renderPlainComparison();
      return renderComparison();
    case "plainResult":
      state.plainResult = msg.result;
      return renderPlainComparison();
    case "status":
      return setStatus(msg.text);
  }
});

document.addEventListener("keydown", (e) => {
  if (!e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === "r" || e.key === "R") {
    e.preventDefault();
    state.elements?.run.click();
  } else if (e.key === "c" || e.key === "C") {
    e.preventDefault();
    state.elements?.compare.click();
  }
});

// Restore what was shown before the panel was hidden or the window reloaded, then tell the host we are here.
const restored = vscode.getState();
if (restored?.model) {
  state.model = restored.model;
  state.clock = restored.clock;
  state.view = restored.view === "plain" && restored.model.plain ? "plain" : "exact";
  render(restored.model);
}
post({ type: "ready" });
